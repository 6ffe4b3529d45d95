// ocr::Pipeline: image -> preprocess -> text regions -> orientation per region -> recognition -> attributes.
// One Pipeline per worker thread (it owns a Tesseract engine).
#pragma once

#include "engine/ocr/block_reader.h"
#include "engine/ocr/recognizer.h"
#include "engine/ocr/types.h"

#include <opencv2/core.hpp>
#include <string>

namespace tern::ocr {

struct PipelineOptions {
    BlockOptions block;
    bool regions = true; // multi-block images: each text block gets its own orientation decision
    bool attributes = true;
    double accept_whole = 80; // a whole-image reading this good is kept without looking for blocks
};

class Pipeline {
  public:
    explicit Pipeline(PipelineOptions options = {});

    // Reads an image already in memory (any depth / channel count). Never throws for image content.
    OcrResult read(const cv::Mat& image);
    // Loads and reads a file; a load failure becomes result.error (the batch goes on).
    OcrResult read_file(const std::string& path);

  private:
    PipelineOptions m_opt;
    Recognizer m_rec;
};

} // namespace tern::ocr
