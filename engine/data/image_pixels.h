// Decoded images brought to the one form every reader of pixels takes (OCR, the image models): 8 bits per channel,
// and transparent pixels on white paper, as a product photo with a transparent background is meant to be seen.
#pragma once

#include <opencv2/core.hpp>

namespace tern::data {

// Any depth to 8 bits: 16-bit scaled by 1/257, floats in [0, 1] (or their own range) stretched to 0..255.
cv::Mat to_depth8(const cv::Mat& image);

// 1, 2, 3 or 4 channels (gray, gray + alpha, BGR, BGRA), any depth, to 8-bit BGR with alpha composited on white.
cv::Mat to_bgr8_on_white(const cv::Mat& image);

} // namespace tern::data
