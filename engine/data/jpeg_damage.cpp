#include "engine/data/jpeg_damage.h"

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <jerror.h>
#include <jpeglib.h>

namespace tern::data {

namespace {

// libjpeg's error manager, first member so that libjpeg's pointer to it is a pointer to the whole.
struct ErrorTrap {
    jpeg_error_mgr manager;
    std::jmp_buf jump;
    char damage[JMSG_LENGTH_MAX] = {};
};

// Warnings that say the compressed data is damaged; the others (JWRN_EXTRANEOUS_DATA and the like) come from
// cameras and editors whose images decode whole.
bool is_damage(int code)
{
    return code == JWRN_HIT_MARKER || code == JWRN_HUFF_BAD_CODE ||
           code == JWRN_JPEG_EOF || code == JWRN_MUST_RESYNC || code == JWRN_BOGUS_PROGRESSION;
}

void on_message(j_common_ptr info, int level)
{
    auto* trap = reinterpret_cast<ErrorTrap*>(info->err);
    if (level < 0 && trap->damage[0] == '\0' && is_damage(info->err->msg_code))
        info->err->format_message(info, trap->damage);
}

// A fatal error: libjpeg cannot go on. Back to jpeg_damage's setjmp; the message is kept as the damage.
[[noreturn]] void on_fatal(j_common_ptr info)
{
    auto* trap = reinterpret_cast<ErrorTrap*>(info->err);
    if (trap->damage[0] == '\0')
        info->err->format_message(info, trap->damage);
    std::longjmp(trap->jump, 1);
}

} // namespace

// No C++ object changes between setjmp and a longjmp back to it (the scanline is libjpeg's own memory): after the
// jump, such an object's value would be indeterminate.
Message jpeg_damage(std::string_view jpeg)
{
    ErrorTrap trap;
    jpeg_decompress_struct info{};
    info.err = jpeg_std_error(&trap.manager);
    trap.manager.emit_message = on_message;
    trap.manager.error_exit = on_fatal;
    if (setjmp(trap.jump) == 0) {
        jpeg_create_decompress(&info);
        jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(jpeg.data()), static_cast<unsigned long>(jpeg.size()));
        jpeg_read_header(&info, TRUE);
        info.scale_num = 1;
        info.scale_denom = 8;
        info.dct_method = JDCT_IFAST;
        info.do_fancy_upsampling = FALSE;
        if (info.jpeg_color_space == JCS_YCbCr || info.jpeg_color_space == JCS_GRAYSCALE)
            info.out_color_space = JCS_GRAYSCALE; // no colour conversion; every component's data is read all the same
        jpeg_start_decompress(&info);
        JSAMPARRAY row =
            (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                      info.output_width * static_cast<JDIMENSION>(info.output_components), 1);
        while (info.output_scanline < info.output_height)
            jpeg_read_scanlines(&info, row, 1);
        jpeg_finish_decompress(&info);
    }
    jpeg_destroy_decompress(&info);
    if (trap.damage[0] == '\0')
        return {};
    return Message(TERN_TEXT("EngineText", "damaged JPEG data (%1)"), std::string(trap.damage));
}

} // namespace tern::data
