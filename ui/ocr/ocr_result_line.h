// One line of `tern-cli ocr --jsonl` back to an OcrResult: the OCR page's worker prints one such line per image.
// The line is result_json.h's object plus "index" and "progress"; a malformed line gives nothing.
#pragma once

#include "engine/ocr/types.h"

#include <QByteArray>
#include <optional>

namespace tern::ui {

struct OcrResultLine {
    tern::ocr::OcrResult result;
    double progress = -1; // 0..1, or -1 when the line has none (a result read after a stop)
};

std::optional<OcrResultLine> parseOcrResultLine(const QByteArray& line);

} // namespace tern::ui
