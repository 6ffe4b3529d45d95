#include "engine/data/image_header.h"

#include "engine/core/crc32.h"
#include "engine/core/message.h"
#include "engine/data/image_file_kind.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>

namespace tern::data {

namespace {

struct Bytes {
    std::string_view s;
    bool has(std::size_t at, std::size_t n) const { return at + n <= s.size(); }
    unsigned u8(std::size_t at) const { return static_cast<unsigned char>(s[at]); }
    unsigned be16(std::size_t at) const { return (u8(at) << 8) | u8(at + 1); }
    unsigned le16(std::size_t at) const { return u8(at) | (u8(at + 1) << 8); }
    std::uint32_t be32(std::size_t at) const { return (std::uint32_t(be16(at)) << 16) | be16(at + 2); }
    std::uint32_t le32(std::size_t at) const { return le16(at) | (std::uint32_t(le16(at + 2)) << 16); }
};

std::optional<ImageHeader> png(const Bytes& b, Message& reason)
{
    if (!b.has(0, 26) || b.s.substr(12, 4) != "IHDR") {
        reason = Message(TERN_TEXT("EngineText", "truncated or damaged PNG header"));
        return std::nullopt;
    }
    static const int channels[] = {1, 0, 3, 3, 2, 0, 4};
    unsigned type = b.u8(25);
    if (type > 6 || channels[type] == 0) {
        reason = Message(TERN_TEXT("EngineText", "PNG header with an invalid colour type"));
        return std::nullopt;
    }
    return ImageHeader{"png", int(b.be32(16)), int(b.be32(20)), channels[type]};
}

std::optional<ImageHeader> jpeg(const Bytes& b, Message& reason)
{
    std::size_t i = 2;
    while (b.has(i, 4)) {
        if (b.u8(i) != 0xFF) {
            reason = Message(TERN_TEXT("EngineText", "damaged JPEG: marker expected"));
            return std::nullopt;
        }
        unsigned m = b.u8(i + 1);
        if (m == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
            i += 2;
            continue;
        }
        if (m == 0xD9 || m == 0xDA)
            break; // end of image or start of scan before any frame header
        bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
        if (sof) {
            if (!b.has(i + 2, 8))
                break;
            return ImageHeader{"jpeg", int(b.be16(i + 7)), int(b.be16(i + 5)), int(b.u8(i + 9))};
        }
        i += 2 + b.be16(i + 2);
    }
    reason = Message(TERN_TEXT("EngineText", "truncated or damaged JPEG: no frame header"));
    return std::nullopt;
}

std::optional<ImageHeader> bmp(const Bytes& b, Message& reason)
{
    if (!b.has(0, 26)) {
        reason = Message(TERN_TEXT("EngineText", "truncated BMP header"));
        return std::nullopt;
    }
    std::uint32_t dib = b.le32(14);
    int w, h, bpp;
    if (dib == 12) {
        w = int(b.le16(18));
        h = int(b.le16(20));
        bpp = int(b.le16(24));
    } else {
        if (!b.has(0, 30)) {
            reason = Message(TERN_TEXT("EngineText", "truncated BMP header"));
            return std::nullopt;
        }
        w = std::int32_t(b.le32(18));
        h = std::abs(std::int32_t(b.le32(22)));
        bpp = int(b.le16(28));
    }
    return ImageHeader{"bmp", w, h, bpp == 32 ? 4 : bpp >= 16 ? 3 : 1};
}

std::optional<ImageHeader> tiff(const Bytes& b, Message& reason)
{
    bool le = b.s[0] == 'I';
    auto r16 = [&](std::size_t at) { return le ? b.le16(at) : b.be16(at); };
    auto r32 = [&](std::size_t at) { return le ? b.le32(at) : b.be32(at); };
    std::size_t ifd = r32(4);
    if (!b.has(ifd, 2)) {
        reason = Message(TERN_TEXT("EngineText", "truncated TIFF: directory not found"));
        return std::nullopt;
    }
    unsigned entries = r16(ifd);
    ImageHeader h{"tiff", 0, 0, 1};
    for (unsigned e = 0; e < entries && b.has(ifd + 2 + 12 * e, 12); ++e) {
        std::size_t at = ifd + 2 + 12 * e;
        unsigned tag = r16(at), type = r16(at + 2);
        std::uint32_t value = type == 3 ? r16(at + 8) : r32(at + 8);
        if (tag == 256)
            h.width = int(value);
        if (tag == 257)
            h.height = int(value);
        if (tag == 277)
            h.channels = int(value);
    }
    return h;
}

std::optional<ImageHeader> webp(const Bytes& b, Message& reason)
{
    reason = Message(TERN_TEXT("EngineText", "truncated or damaged WebP header"));
    if (!b.has(0, 30))
        return std::nullopt;
    std::string_view chunk = b.s.substr(12, 4);
    const std::size_t d = 20;
    if (chunk == "VP8 " && b.u8(d + 3) == 0x9D && b.u8(d + 4) == 0x01 && b.u8(d + 5) == 0x2A)
        return ImageHeader{"webp", int(b.le16(d + 6) & 0x3FFF), int(b.le16(d + 8) & 0x3FFF), 3};
    if (chunk == "VP8L" && b.u8(d) == 0x2F) {
        std::uint32_t bits = b.le32(d + 1);
        return ImageHeader{"webp", int((bits & 0x3FFF) + 1), int(((bits >> 14) & 0x3FFF) + 1),
                           (bits >> 28) & 1 ? 4 : 3};
    }
    if (chunk == "VP8X") {
        int w = int((b.u8(d + 4) | (b.u8(d + 5) << 8) | (b.u8(d + 6) << 16)) + 1);
        int h = int((b.u8(d + 7) | (b.u8(d + 8) << 8) | (b.u8(d + 9) << 16)) + 1);
        return ImageHeader{"webp", w, h, (b.u8(d) & 0x10) ? 4 : 3};
    }
    return std::nullopt;
}

// A PNG ends with its IEND chunk and a JPEG with the EOI marker (give or take trailing bytes): a cheap test that
// catches truncated downloads without decoding.
bool has_end_marker(std::ifstream& in, const std::string& format)
{
    if (format != "png" && format != "jpeg")
        return true;
    in.clear();
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    std::streamoff tail = std::min<std::streamoff>(size, 1024);
    std::string bytes(std::size_t(tail), '\0');
    in.seekg(size - tail);
    in.read(bytes.data(), tail);
    if (format == "png")
        return bytes.find("IEND") != std::string::npos;
    return bytes.find("\xFF\xD9") != std::string::npos;
}

} // namespace

std::optional<ImageHeader> parse_image_header(std::string_view bytes, Message& reason)
{
    Bytes b{bytes};
    std::optional<ImageHeader> h;
    if (bytes.empty()) {
        reason = Message(TERN_TEXT("EngineText", "empty file"));
        return std::nullopt;
    }
    if (bytes.starts_with("\x89PNG\r\n\x1A\n"))
        h = png(b, reason);
    else if (bytes.starts_with("\xFF\xD8\xFF"))
        h = jpeg(b, reason);
    else if (bytes.starts_with("BM"))
        h = bmp(b, reason);
    else if (b.has(0, 8) &&
             (bytes.starts_with(std::string_view("II*\0", 4)) || bytes.starts_with(std::string_view("MM\0*", 4))))
        h = tiff(b, reason);
    else if (b.has(0, 12) && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP")
        h = webp(b, reason);
    else
        reason = Message(TERN_TEXT("EngineText", "not a PNG, JPEG, BMP, TIFF or WebP image"));
    if (h && (h->width <= 0 || h->height <= 0)) {
        reason = Message(TERN_TEXT("EngineText", "image header gives no size"));
        return std::nullopt;
    }
    return h;
}

Message png_damage(std::string_view bytes)
{
    constexpr std::string_view signature("\x89PNG\r\n\x1A\n", 8);
    if (!bytes.starts_with(signature))
        return {};
    const Bytes b{bytes};
    std::size_t at = signature.size();
    while (b.has(at, 8)) {
        const std::size_t length = b.be32(at);
        const std::string_view type = bytes.substr(at + 4, 4);
        const bool letters = std::all_of(type.begin(), type.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        });
        if (!letters)
            return Message(TERN_TEXT("EngineText", "damaged PNG (no chunk type at byte %1)"), at + 4);
        if (length > bytes.size() || !b.has(at + 8, length + 4))
            return Message(TERN_TEXT("EngineText", "damaged PNG (its %1 chunk runs past the end of the file)"), type);
        if (crc32(bytes.substr(at + 4, length + 4)) != b.be32(at + 8 + length))
            return Message(TERN_TEXT("EngineText", "damaged PNG (its %1 chunk at byte %2 fails its checksum)"), type,
                           at);
        if (type == "IEND")
            return {};
        at += 12 + length;
    }
    return {};
}

Message oversize_reason(const ImageHeader& header)
{
    if (std::int64_t(header.width) * header.height <= max_image_pixels)
        return {};
    return Message(TERN_TEXT("EngineText", "too large (%1 x %2 pixels; Tern reads images of up to %3 megapixels)"),
                   header.width, header.height, max_image_pixels / 1'000'000);
}

std::optional<ImageHeader> read_image_header(const std::string& path, Message& reason)
{
    if (reason = not_an_image_file(path); !reason.empty())
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        reason = Message(TERN_TEXT("EngineText", "cannot open the file"));
        return std::nullopt;
    }
    std::string bytes;
    for (std::size_t want : {std::size_t(64) << 10, std::size_t(4) << 20}) {
        bytes.resize(want);
        in.clear();
        in.seekg(0);
        in.read(bytes.data(), std::streamsize(want));
        bytes.resize(std::size_t(in.gcount()));
        auto h = parse_image_header(bytes, reason);
        if (h && !(reason = oversize_reason(*h)).empty())
            return std::nullopt;
        if (h && !has_end_marker(in, h->format)) {
            reason = h->format == "png" ? Message(TERN_TEXT("EngineText", "truncated PNG (no IEND chunk)"))
                                        : Message(TERN_TEXT("EngineText", "truncated JPEG (no end-of-image marker)"));
            return std::nullopt;
        }
        if (h || bytes.size() < want)
            return h; // parsed, or the whole file was read: no point in reading more
    }
    return std::nullopt;
}

std::string lower_extension(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

bool has_image_extension(const std::string& path)
{
    const std::string ext = lower_extension(path);
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".tif" || ext == ".tiff" ||
           ext == ".webp";
}

} // namespace tern::data
