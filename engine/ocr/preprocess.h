// Image clean-up before recognition (measured in notes/ocr.md): gray, dark text on light, contrast stretched,
// light denoising, small text upscaled (never shrunk), skew removed by a projection-profile search.
#pragma once

#include <opencv2/core.hpp>

namespace tern::ocr {

// Makes the text dark on a light background: the Otsu class that covers most of the border is the background.
// Returns true when the image was inverted.
bool normalise_polarity(cv::Mat& gray);

// Maps the 1st..99th percentile to 0..255 (low-contrast prints, glare).
void stretch_contrast(cv::Mat& gray);

// A 3x3 median when the image is visibly noisy (sensor/JPEG noise), nothing otherwise: it costs thin strokes.
void denoise_light(cv::Mat& gray);

// Ink mask (text = 255) of a dark-on-light image, Otsu.
cv::Mat ink_mask(const cv::Mat& gray);

// Factor that brings glyphs of median size `glyph_px` to about `target_px`; never below 1 (never shrink) and
// capped so that the result stays under max_pixels.
double upscale_factor(double glyph_px, cv::Size size, double target_px = 32.0, double max_pixels = 9e6);

// The rotation (degrees, counter-clockwise positive as cv::getRotationMatrix2D / rotate_small take it) that makes
// text lines horizontal, found by searching +-max_deg for the sharpest horizontal projection profile of the ink.
// 0 when unsure.
double estimate_skew(const cv::Mat& ink, double max_deg = 15.0);

} // namespace tern::ocr
