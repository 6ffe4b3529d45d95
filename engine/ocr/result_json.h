// The JSON and store-record forms of an OCR result, as CONTRACT.md specifies for `tern-cli ocr --json` (the GUI's
// export uses it too):
// {"file", "text", "orientation", "mean_conf", "words": [{"text", "conf", "box": [x, y, w, h]}], "attributes",
//  "ms", "regions": [{"box", "orientation", "text", "mean_conf"}], "width", "height"}; a failed file: {"file",
//  "error", "text": "", "orientation": null, "mean_conf": null, "words": [], "attributes": {}, "ms"}.
#pragma once

#include "engine/ocr/types.h"
#include "engine/store/records.h"

#include <nlohmann/json.hpp>

namespace tern::ocr {

nlohmann::json to_json(const OcrResult& r);
nlohmann::json to_json(const Box& b);

// The store's row for one image of an OCR job (words and attributes as the JSON above).
store::OcrResultRecord to_record(const OcrResult& r, std::int64_t job_id);

// The result back from its stored row (History reopens a job): words, text, orientation, attributes, regions and
// image size (0 and none in rows stored before schema 4).
OcrResult from_record(const store::OcrResultRecord& rec);

} // namespace tern::ocr
