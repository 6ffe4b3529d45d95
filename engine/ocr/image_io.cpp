// Image loading: decode with OpenCV, flatten alpha onto white, scale 16-bit and float data to 8 bits, gray.
#include "engine/ocr/image_io.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/image_file_kind.h"
#include "engine/data/image_header.h"
#include "engine/data/image_pixels.h"
#include "engine/data/jpeg_damage.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string_view>
#include <vector>

namespace tern::ocr {

bool has_image_extension(const std::string& path)
{
    const std::string ext = data::lower_extension(path);
    return data::has_image_extension(path) || ext == ".jpe" || ext == ".pgm";
}

cv::Mat to_gray8(const cv::Mat& image)
{
    if (image.empty())
        return {};
    if (image.channels() == 1)
        return data::to_depth8(image);
    // Transparent pixels become white paper, so transparent-background labels read as dark text on light.
    cv::Mat gray;
    cv::cvtColor(data::to_bgr8_on_white(image), gray, cv::COLOR_BGR2GRAY);
    return gray;
}

namespace {

// Every page of a multi-page TIFF (a scanned sheet of labels), in gray. OpenCV's decode of the bytes gives the
// first page only, which left the others out without a word. Empty for a single page.
std::vector<cv::Mat> tiff_pages(const std::string& path)
{
    std::vector<cv::Mat> pages;
    try {
        if (cv::imcount(path, cv::IMREAD_UNCHANGED) < 2 || !cv::imreadmulti(path, pages, cv::IMREAD_UNCHANGED) ||
            pages.size() < 2)
            return {};
    } catch (const cv::Exception&) {
        return {}; // the first page, decoded on its own, is read
    }
    std::int64_t pixels = 0;
    for (auto& page : pages) {
        page = to_gray8(page);
        pixels += std::int64_t(page.cols) * page.rows;
    }
    if (pixels > data::max_image_pixels)
        throw DataError(path, Message(TERN_TEXT("EngineText", "too large: %1 pages of %2 megapixels in all (Tern reads "
                                                              "up to %3)"),
                                      pages.size(), pixels / 1'000'000, data::max_image_pixels / 1'000'000));
    return pages;
}

} // namespace

cv::Mat stack_pages(const std::vector<cv::Mat>& pages)
{
    if (pages.size() == 1)
        return pages.front();
    int width = 0;
    for (const auto& page : pages)
        width = std::max(width, page.cols);
    std::vector<cv::Mat> rows;
    for (const auto& page : pages) {
        cv::Mat row(page.rows, width, CV_8UC1, cv::Scalar(255));
        page.copyTo(row(cv::Rect(0, 0, page.cols, page.rows)));
        rows.push_back(row);
    }
    cv::Mat stack;
    cv::vconcat(rows, stack);
    return stack;
}

cv::Mat load_gray(const std::string& path)
{
    return stack_pages(load_gray_pages(path));
}

std::vector<cv::Mat> load_gray_pages(const std::string& path)
{
    if (const Message why = data::not_an_image_file(path); !why.empty())
        throw DataError(path, why);
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) == 0)
        throw DataError(path, Message(TERN_TEXT("EngineText", "empty file")));
    // Read the bytes ourselves: imread cannot open some non-ASCII paths and gives no reason on failure.
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        throw DataError(path, Message(TERN_TEXT("EngineText", "cannot read file")));
    // Refused before decoding, from the header in the bytes read: a 1.6 MB PNG of 30000 x 30000 pixels took 8 GB
    // to decode, and a download that broke off decodes to a grey rest that reads as nothing without saying why.
    // Truncated means no end marker anywhere: a phone's motion photo carries a video after its JPEG's end.
    if (bytes.size() >= 5 && std::equal(bytes.begin(), bytes.begin() + 5, "%PDF-"))
        throw DataError(path, Message(TERN_TEXT("EngineText", "a PDF, not an image: save its pages as PNG or JPEG")));
    Message reason;
    const auto header = data::parse_image_header(
        std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), reason);
    if (header)
        if (const Message oversize = data::oversize_reason(*header); !oversize.empty())
            throw DataError(path, oversize);
    const auto holds = [&bytes](std::string_view marker) {
        return std::search(bytes.begin(), bytes.end(), marker.begin(), marker.end(),
                           [](unsigned char b, char m) { return b == static_cast<unsigned char>(m); }) != bytes.end();
    };
    if (header && header->format == "png" && !holds("IEND"))
        throw DataError(path, Message(TERN_TEXT("EngineText", "truncated PNG (no IEND chunk)")));
    // Refused here, before libpng prints its own complaint on stderr: a PNG whose header gives no size, or whose
    // chunks are damaged.
    const std::string_view view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    if (!header && !reason.empty() && view.starts_with("\x89PNG"))
        throw DataError(path, Message(TERN_TEXT("EngineText", "not a readable image (%1)"), reason));
    if (const Message damage = data::png_damage(view); !damage.empty())
        throw DataError(path, damage);
    if (header && header->format == "jpeg" && !holds("\xFF\xD9"))
        throw DataError(path, Message(TERN_TEXT("EngineText", "truncated JPEG (no end-of-image marker)")));
    if (header && header->format == "jpeg")
        if (Message damage = data::jpeg_damage(view); !damage.empty())
            throw DataError(path, std::move(damage));
    if (header && header->format == "tiff")
        if (std::vector<cv::Mat> pages = tiff_pages(path); !pages.empty())
            return pages;
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        decoded.release();
    }
    // One pixel wide or high decodes but holds no letter, and Leptonica refuses it.
    if (!decoded.empty() && (decoded.cols < 2 || decoded.rows < 2))
        throw DataError(path, Message(TERN_TEXT("EngineText", "an image of %1 x %2 pixels is too small to hold text"),
                                      decoded.cols, decoded.rows));
    if (decoded.empty())
        throw DataError(path, reason.empty()
                                  ? Message(TERN_TEXT("EngineText", "not a readable image (corrupt or unsupported "
                                                                    "format)"))
                                  : Message(TERN_TEXT("EngineText", "not a readable image (%1)"), reason));
    return {to_gray8(decoded)};
}

} // namespace tern::ocr
