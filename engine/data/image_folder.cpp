// Image folders: one sub-folder per class. Only headers are read (see image_header.h), so a folder of 100,000
// images is described in seconds and never held in memory; a damaged file is listed with its reason and skipped.
#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/image_header.h"
#include "engine/data/readers.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <map>

namespace tern::data {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p)
{
    return p.filename().string().starts_with('.');
}

std::vector<fs::path> sorted_entries(const fs::path& dir, bool directories, std::error_code& ec)
{
    std::vector<fs::path> out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        bool is_dir = it->is_directory(type_ec);
        if (hidden(it->path()) || is_dir != directories)
            continue;
        if (!directories && !has_image_extension(it->path().string()))
            continue;
        out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The images of one class folder, in order; what else it holds is described in `ignored` (a nested folder, files
// of a format Tern does not read), since a user who counted 50 images and sees 30 must hear why.
std::vector<fs::path> class_images(const fs::path& dir, std::vector<Message>& ignored, std::error_code& ec)
{
    std::vector<fs::path> images;
    std::map<std::string, std::size_t> other_formats; // extension -> files
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (hidden(it->path()))
            continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec))
            ignored.push_back(Message(TERN_TEXT("EngineText", "%1/%2: a folder inside a class folder; its images are "
                                                              "not read"),
                                      dir.filename().string(), it->path().filename().string()));
        else if (has_image_extension(it->path().string()))
            images.push_back(it->path());
        else
            ++other_formats[it->path().extension().string()];
    }
    std::sort(images.begin(), images.end());
    for (const auto& [extension, files] : other_formats)
        ignored.push_back(
            extension.empty()
                ? Message(TERN_TEXT("EngineText", "%1: %2 extensionless file(s) not read (Tern reads png, "
                                                  "jpg, bmp, tif, webp)"),
                          dir.filename().string(), files)
                : Message(TERN_TEXT("EngineText", "%1: %2 %3 file(s) not read (Tern reads png, jpg, bmp, "
                                                  "tif, webp)"),
                          dir.filename().string(), files, extension));
    return images;
}

bool holds_images(const fs::path& dir)
{
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (!hidden(it->path()) && !it->is_directory(type_ec) && has_image_extension(it->path().string()))
            return true;
    }
    return false;
}

} // namespace

bool is_image_folder(const std::string& path)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return false;
    for (const fs::path& sub : sorted_entries(path, true, ec))
        if (holds_images(sub))
            return true;
    return false;
}

ImageFolder read_image_folder(const std::string& path, const JobControl& control)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw DataError(path, Message(TERN_TEXT("EngineText", "no such folder")));
    if (!fs::is_directory(path, ec))
        throw DataError(path, Message(TERN_TEXT("EngineText", "not a folder")));
    ImageFolder folder;
    folder.root = path;
    std::vector<fs::path> subdirs = sorted_entries(path, true, ec);
    if (ec)
        throw DataError(path, Message::verbatim(ec.message()));

    std::vector<std::pair<std::string, std::vector<fs::path>>> classes;
    std::size_t total = 0;
    for (const fs::path& sub : subdirs) {
        std::error_code sub_ec;
        std::vector<fs::path> files = class_images(sub, folder.ignored, sub_ec);
        if (sub_ec) {
            folder.unreadable.push_back({sub.string(), Message::verbatim(sub_ec.message())});
            continue;
        }
        if (files.empty()) {
            folder.ignored.push_back(
                Message(TERN_TEXT("EngineText", "%1: no image in it, so not a class"), sub.filename().string()));
            continue;
        }
        total += files.size();
        classes.emplace_back(sub.filename().string(), std::move(files));
    }
    if (classes.empty()) {
        bool loose = !sorted_entries(path, false, ec).empty();
        throw DataError(path, loose ? Message(TERN_TEXT("EngineText", "not an image folder: the images must sit in "
                                                                      "one sub-folder per class"))
                                    : Message(TERN_TEXT("EngineText", "not an image folder: expected one sub-folder "
                                                                      "per class holding images (png, jpg, bmp, tif, "
                                                                      "webp)")));
    }
    if (const std::size_t loose = sorted_entries(path, false, ec).size(); loose > 0)
        folder.ignored.push_back(
            Message(TERN_TEXT("EngineText", "%1 image(s) beside the class folders, in no class, are not read"), loose));

    std::size_t done = 0;
    control.report(0.0);
    for (auto& [name, files] : classes) {
        folder.classes.push_back(name);
        for (const fs::path& file : files) {
            Message reason;
            if (auto h = read_image_header(file.string(), reason))
                folder.images.push_back({file.string(), name, h->width, h->height, h->channels});
            else
                folder.unreadable.push_back({file.string(), reason});
            if (++done % 1024 == 0) {
                if (control.stop_requested())
                    throw Cancelled();
                control.report(double(done) / double(total));
            }
        }
    }
    control.report(1.0);
    return folder;
}

} // namespace tern::data
