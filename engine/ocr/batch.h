// Batch OCR over files and folders: N worker threads, each with its own Pipeline (and Tesseract engine), fed by a
// streaming walker through a bounded window, results delivered in input order on the calling thread. Memory is
// bounded by the window, not by the number of images. Progress and Cancel through tern::JobControl; on Cancel the
// results already finished are still delivered.
#pragma once

#include "engine/core/progress.h"
#include "engine/ocr/pipeline.h"
#include "engine/ocr/types.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace tern::ocr {

struct BatchOptions {
    int threads = 2;
    std::size_t window = 64; // images discovered but not yet delivered, at most
    PipelineOptions pipeline;
};

struct BatchSummary {
    std::size_t images = 0; // delivered results (ok + failed)
    std::size_t failed = 0;
    bool cancelled = false;
};

// Calls on_result(index, result) for every image in input order (index = position in the walk), on the calling
// thread. Throws tern::WorkError if a worker cannot start Tesseract.
BatchSummary run_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const JobControl& control,
                       const std::function<void(std::size_t index, OcrResult&& result)>& on_result);

} // namespace tern::ocr
