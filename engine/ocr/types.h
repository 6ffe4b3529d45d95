// Plain results of the OCR pipeline: words with boxes in ORIGINAL image pixels, one entry per text region, and the
// per-image result the CLI, the store and the GUI consume. No OpenCV or Tesseract types leak out of this header.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tern::ocr {

struct Box {
    int x = 0, y = 0, w = 0, h = 0;
};

struct Word {
    std::string text;
    float conf = 0; // Tesseract's word confidence, 0..100
    Box box;        // in the original image
};

// Orientation names as CONTRACT.md spells them.
enum class Orientation { Up, Right90, Down180, Left270, Vertical };
const char* orientation_name(Orientation o);

struct Region {
    Box box; // in the original image
    Orientation orientation = Orientation::Up;
    std::string text; // the region's lines joined by one space
    std::vector<Word> words;
    float mean_conf = 0; // length-weighted mean word confidence
    double score = 0;    // confidence x completeness (notes/ocr.md)
};

// The orientation most of the text was read in, by characters over all regions: a package's side panel of
// ingredients is one long region, its upright face several short ones, and the face is how the package is held.
// Up when nothing was read.
Orientation dominant_orientation(const std::vector<Region>& regions);

struct OcrResult {
    std::string file;
    std::string error; // non-empty: the file failed; nothing else is meaningful
    int width = 0, height = 0;
    std::string text;                          // regions in reading order, joined by one space
    Orientation orientation = Orientation::Up; // dominant_orientation(regions)
    float mean_conf = 0;
    std::vector<Region> regions;
    std::vector<Word> words; // all regions' words
    nlohmann::json attributes = nlohmann::json::object();
    double ms = 0;

    bool ok() const { return error.empty(); }
};

} // namespace tern::ocr
