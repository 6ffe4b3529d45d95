#include "engine/search/image_table.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/file_walker.h"
#include "engine/data/image_header.h"
#include "engine/data/image_pixels.h"
#include "engine/data/jpeg_damage.h"

#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace tern::search {

namespace {

constexpr int pixels = image_side * image_side;
constexpr int colour_cells = image_colour_side * image_colour_side;
constexpr const char* channel_names[] = {"blue", "green", "red"}; // OpenCV's order

// JPEG is where phones write their EXIF orientation, which only the colour decode applies; the other formats may
// carry transparency, which only the unchanged decode keeps.
int decode_flags(const std::string& path)
{
    const std::string ext = data::lower_extension(path);
    return ext == ".jpg" || ext == ".jpeg" ? cv::IMREAD_COLOR | cv::IMREAD_ANYDEPTH : cv::IMREAD_UNCHANGED;
}

// The image as OpenCV decodes it, read once. A PNG or JPEG is checked before decoding (data::png_damage,
// data::jpeg_damage): libpng and libjpeg print their own complaint about damaged data on stderr, and libjpeg decodes
// the rest as grey. `damage` says what is wrong; the image is empty.
cv::Mat decode(const std::string& path, Message& damage)
{
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.empty())
        return {};
    // By content, not name: a PNG saved as .jpg is common in downloaded sets, and decodes.
    damage = bytes.starts_with("\xFF\xD8") ? data::jpeg_damage(bytes) : data::png_damage(bytes);
    if (!damage.empty())
        return {};
    return cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.data())),
                        decode_flags(path));
}

// Pixel columns being filled, one image (row) at a time: the gray grid, then each colour cell's channels.
struct PixelColumns {
    std::vector<std::vector<double>> values = std::vector<std::vector<double>>(pixels + 3 * colour_cells);

    // False (with the reason in `skipped`) when the file cannot be decoded: a header can be well formed over
    // damaged data, and the decoder's own size and format checks throw.
    bool add(const std::string& path, std::vector<data::UnreadableFile>& skipped)
    {
        cv::Mat bgr;
        Message damage;
        try {
            bgr = data::to_bgr8_on_white(decode(path, damage));
        } catch (const cv::Exception& e) {
            skipped.push_back({path, Message(TERN_TEXT("EngineText", "cannot be decoded (%1)"), e.err)});
            return false;
        }
        if (!damage.empty()) {
            skipped.push_back({path, std::move(damage)});
            return false;
        }
        if (bgr.empty()) {
            skipped.push_back({path, Message(TERN_TEXT("EngineText", "cannot be decoded (damaged image data)"))});
            return false;
        }
        cv::Mat gray, small, colour;
        cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
        cv::resize(gray, small, cv::Size(image_side, image_side), 0, 0, cv::INTER_AREA);
        for (int r = 0; r < image_side; ++r)
            for (int c = 0; c < image_side; ++c)
                values[static_cast<std::size_t>(r * image_side + c)].push_back(small.at<std::uint8_t>(r, c) / 255.0f);
        cv::resize(bgr, colour, cv::Size(image_colour_side, image_colour_side), 0, 0, cv::INTER_AREA);
        for (int r = 0; r < image_colour_side; ++r)
            for (int c = 0; c < image_colour_side; ++c)
                for (int ch = 0; ch < 3; ++ch)
                    values[static_cast<std::size_t>(pixels + ch * colour_cells + r * image_colour_side + c)].push_back(
                        colour.at<cv::Vec3b>(r, c)[ch] / 255.0f);
        return true;
    }

    std::vector<data::Column> take()
    {
        std::vector<data::Column> cols;
        for (int p = 0; p < pixels; ++p)
            cols.push_back(data::Column::numeric(fmt::format("px_{}_{}", p / image_side, p % image_side),
                                                 std::move(values[static_cast<std::size_t>(p)])));
        for (int ch = 0; ch < 3; ++ch)
            for (int p = 0; p < colour_cells; ++p)
                cols.push_back(data::Column::numeric(
                    fmt::format("{}_{}_{}", channel_names[ch], p / image_colour_side, p % image_colour_side),
                    std::move(values[static_cast<std::size_t>(pixels + ch * colour_cells + p)])));
        return cols;
    }
};

}  // namespace

data::Table image_table(const std::string& folder, const std::vector<std::string>& classes, const JobControl& control,
                        std::vector<data::UnreadableFile>* skipped)
{
    const data::ImageFolder images = data::read_image_folder(folder, control);
    std::vector<data::UnreadableFile> left_out = images.unreadable;
    std::vector<std::string> levels = classes.empty() ? images.classes : classes;
    std::map<std::string, std::int32_t> code;
    for (std::size_t i = 0; i < levels.size(); ++i)
        code.emplace(levels[i], static_cast<std::int32_t>(i));
    for (const auto& name : images.classes)
        if (code.emplace(name, static_cast<std::int32_t>(levels.size())).second)
            levels.push_back(name);
    PixelColumns columns;
    std::vector<std::int32_t> target;
    for (const auto& entry : images.images) {
        if (control.stop_requested())
            throw Cancelled();
        if (columns.add(entry.path, left_out))
            target.push_back(code.at(entry.class_name));
    }
    if (target.empty())
        throw InputError(fmt::format("{}: no readable image", folder));
    std::vector<data::Column> cols = columns.take();
    cols.push_back(data::Column::categorical(image_target, std::move(target), std::move(levels)));
    if (skipped)
        *skipped = std::move(left_out);
    return data::Table(std::move(cols));
}

data::Table image_rows(const std::string& path, std::vector<std::string>& files,
                       std::vector<data::UnreadableFile>& skipped, const JobControl& control)
{
    data::FileWalker walker({path}, data::has_image_extension);
    PixelColumns columns;
    while (const auto file = walker.next()) {
        if (control.stop_requested())
            throw Cancelled();
        Message reason;
        if (!data::read_image_header(*file, reason))
            skipped.push_back({*file, reason});
        else if (columns.add(*file, skipped))
            files.push_back(*file);
    }
    if (files.empty())
        throw DataError(path, skipped.empty()
                                  ? Message(TERN_TEXT("EngineText", "no image (png, jpg, bmp, tif, webp) in it"))
                                  : Message(TERN_TEXT("EngineText", "no readable image (%1: %2)"), skipped.front().path,
                                            skipped.front().reason));
    return data::Table(columns.take());
}

}  // namespace tern::search
