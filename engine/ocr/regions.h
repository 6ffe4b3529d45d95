// Text blocks of a photo: glyph-like components of both polarities (dark on light and light on dark, from a local
// threshold), linked to their neighbours when of similar size and closer than a glyph, grouped, and merged where
// the two polarities overlap. Each block then gets its own orientation decision (packages mix 0/90/180/270 and
// stacked letters on one face). Weight-free: Debian ships no text-detection network weights.
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace tern::ocr {

struct TextBlock {
    cv::Rect box;        // with a margin, clipped to the image
    int glyphs = 0;      // components grouped into it
    double glyph_px = 0; // median component size
};

// Blocks, largest first (by glyph count), at most max_blocks.
std::vector<TextBlock> find_text_blocks(const cv::Mat& gray, int max_blocks = 40);

// Blocks as a threshold window a sixth of the image wide sees them, at half size: large letters (titles, brand
// names), which find_text_blocks' fine window breaks into outlines, forming no block or a broken one; lines of small
// print over a picture, each line one component there. Only blocks of components 40 px or larger.
std::vector<TextBlock> find_coarse_blocks(const cv::Mat& gray);

} // namespace tern::ocr
