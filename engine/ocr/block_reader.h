// Reads one text block whose orientation is unknown: clean it up, decide the line direction from glyph geometry,
// read the block at the rotations that direction allows (and stacked letters as one line), keep the reading with
// the best score, stop early at a confident one. The core of the orientation-robust pipeline.
#pragma once

#include "engine/ocr/recognizer.h"
#include "engine/ocr/types.h"
#include "engine/ocr/view.h"

namespace tern::ocr {

struct BlockOptions {
    double stop_score = 80; // notes/ocr.md: right rotations score 80-96, wrong ones 0-45
    bool try_stacked = true;
    bool fallbacks = true; // psm 6 / psm 11 and the other line direction when nothing is confident
};

// Score of a reading (notes/ocr.md): length-weighted mean word confidence x completeness, where completeness =
// min(1, characters read / (glyph components x 0.7)) catches confident but incomplete readings.
double reading_score(const Reading& r, int components);

// `block` is a view of the block (any polarity); boxes come back in original pixels (orig_size).
Region read_block(Recognizer& rec, const View& block, cv::Size orig_size, const BlockOptions& opt = {});

} // namespace tern::ocr
