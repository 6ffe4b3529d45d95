// Loading product images for OCR: png, jpg, tiff, bmp, webp through OpenCV, any bit depth and alpha, always
// returned as one 8-bit grayscale plane (recognition never needs colour; notes/ocr.md: gray beats colour).
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace tern::ocr {

// File extensions the batch walker treats as images: those of data::has_image_extension, and .jpe and .pgm.
bool has_image_extension(const std::string& path);

// Decodes the file into 8-bit gray pages: one for most files, every page of a multi-page TIFF. Throws
// tern::DataError(file, what) for a missing, empty, truncated, too large, corrupt or non-image file (a PDF is named
// as such), so that a batch can record the error and go on.
std::vector<cv::Mat> load_gray_pages(const std::string& path);

// Pages stacked top to bottom, left-aligned on white (one page as it is): the image a multi-page result's word
// boxes refer to, as the OCR page shows it.
cv::Mat stack_pages(const std::vector<cv::Mat>& pages);

// load_gray_pages, stacked.
cv::Mat load_gray(const std::string& path);

// The same conversion for an image already in memory (any depth, 1/3/4 channels); alpha is composited on white.
cv::Mat to_gray8(const cv::Mat& image);

} // namespace tern::ocr
