// Vertically stacked upright letters (one letter per line, e.g. a word down a carton's spine). Tesseract cannot read
// them as laid out; detected by geometry only (notes/ocr.md: low confidence at every rotation is NOT a reliable
// test), cut into rows and re-laid on one line, which Tesseract then reads as a single line.
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace tern::ocr {

// The rows (full column width) of a stacked column, or an empty vector when the glyphs are not one: a single
// column at least twice as tall as wide, >= 3 rows of <= 3 components each, upright (taller than wide) glyphs.
std::vector<cv::Rect> stacked_rows(const std::vector<cv::Rect>& glyphs);

// The rows' pixels pasted left to right on one baseline on a white canvas (input: dark text on light).
cv::Mat compose_line(const cv::Mat& gray, const std::vector<cv::Rect>& rows);

} // namespace tern::ocr
