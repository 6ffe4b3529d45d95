// Glyph candidates (connected components of the ink) and what their geometry says: typical glyph size, whether the
// text runs horizontally or vertically. Orientation decisions start here, before any recognition (notes/ocr.md:
// deciding the line direction first halves the number of readings).
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace tern::ocr {

// Components of an ink mask (text = 255) that could be glyphs: not specks, not frames or background blobs.
std::vector<cv::Rect> find_glyphs(const cv::Mat& ink);

// Median of max(width, height) over glyph-sized components: rotation-invariant glyph size in pixels (0 if none).
double glyph_size(const std::vector<cv::Rect>& glyphs);

// Glyphs whose size is within [lo, hi] x the median size (drops punctuation, specks and merged blobs).
std::vector<cv::Rect> typical_glyphs(const std::vector<cv::Rect>& glyphs, double lo = 0.4, double hi = 2.5);

enum class Direction { Horizontal, Vertical };

struct DirectionVote {
    Direction direction = Direction::Horizontal;
    double confidence = 0; // share of nearest-neighbour pairs agreeing, 0.5..1 (0 = no evidence)
};

// Nearest-neighbour direction of glyph centres: letters of a line are each other's nearest neighbours.
DirectionVote line_direction(const std::vector<cv::Rect>& glyphs);

} // namespace tern::ocr
