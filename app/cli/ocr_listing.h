// One OCR result as `tern-cli ocr` and `tern-cli ocr-jobs` print it without --json: the file, its orientation,
// confidence and time, the text, the attributes.
#pragma once

#include "engine/ocr/types.h"

namespace tern::cli {

void print_ocr_listing(const ocr::OcrResult& r);

}  // namespace tern::cli
