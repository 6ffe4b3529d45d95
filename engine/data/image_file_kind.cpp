#include "engine/data/image_file_kind.h"

#include <cerrno>
#include <filesystem>

namespace tern::data {

namespace fs = std::filesystem;

Message not_an_image_file(const std::string& path)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec.value() == ELOOP)
        return Message(TERN_TEXT("EngineText", "a symbolic link that loops, not an image file"));
    if (fs::is_regular_file(status))
        return {};
    if (fs::is_directory(status))
        if (const fs::directory_iterator listing(path, ec); ec)
            return Message(TERN_TEXT("EngineText", "a folder that cannot be read (%1)"), ec.message());
    if (fs::exists(status))
        return Message(TERN_TEXT("EngineText", "not a regular file (a device, pipe or folder)"));
    if (fs::is_symlink(fs::symlink_status(path, ec)))
        return Message(TERN_TEXT("EngineText", "a symbolic link to a missing file (%1)"), fs::read_symlink(path, ec).string());
    return Message(TERN_TEXT("EngineText", "no such image file"));
}

} // namespace tern::data
