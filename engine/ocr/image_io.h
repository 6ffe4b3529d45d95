// Loading product images for OCR: png, jpg, tiff, bmp, webp through OpenCV, any bit depth and alpha, always
// returned as one 8-bit grayscale plane (recognition never needs colour; notes/ocr.md: gray beats colour).
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>

namespace tern::ocr {

// File extensions the batch walker treats as images: those of data::has_image_extension, and .jpe and .pgm.
bool has_image_extension(const std::string& path);

// Decodes the file into 8-bit gray. Throws tern::DataError(file, what) for a missing, empty, truncated, too large,
// corrupt or non-image file (a PDF is named as such), so that a batch can record the error and go on.
cv::Mat load_gray(const std::string& path);

// The same conversion for an image already in memory (any depth, 1/3/4 channels); alpha is composited on white.
cv::Mat to_gray8(const cv::Mat& image);

} // namespace tern::ocr
