// Image size and channel count from the first bytes of a file (PNG, JPEG, BMP, TIFF, WebP), without decoding:
// describing a folder of 100,000 images must not read their pixels.
#pragma once

#include "engine/core/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tern::data {

struct ImageHeader {
    std::string format; // "png", "jpeg", "bmp", "tiff", "webp"
    int width = 0;
    int height = 0;
    int channels = 0;
};

// Larger images are refused before decoding: a 10,000 x 10,000 photo takes about 1 GB to decode, a 1.6 MB PNG of
// 40,000 x 40,000 pixels 8 GB, and OpenCV refuses anything above 2^30 pixels with an assertion.
inline constexpr std::int64_t max_image_pixels = 100'000'000;

// Why `header` is refused for its size ("too large (W x H pixels; ...)"), or empty when it is within the limit.
Message oversize_reason(const ImageHeader& header);

// nullopt + reason when the bytes are not a well-formed header of a supported format.
std::optional<ImageHeader> parse_image_header(std::string_view bytes, Message& reason);

// What is wrong with a PNG's chunks (a type that is not four letters, a checksum that does not match, a chunk that
// runs past the end), found without decoding; empty for sound chunks and for bytes that are not a PNG. libpng
// prints its own complaint about such a chunk on stderr, which a one-line error must not be preceded by.
Message png_damage(std::string_view bytes);

// Reads up to the first 64 KiB of `path` (more when a JPEG header sits after a large EXIF block) and parses them;
// a PNG without IEND or a JPEG without its end marker is reported as truncated, an image above max_image_pixels as
// too large.
std::optional<ImageHeader> read_image_header(const std::string& path, Message& reason);

// A path's extension in lower case, with its dot (".jpg" for "IMG_0001.JPG"); empty without one.
std::string lower_extension(const std::string& path);

// True for the extensions Tern reads as images: png jpg jpeg bmp tif tiff webp (any case).
bool has_image_extension(const std::string& path);

} // namespace tern::data
