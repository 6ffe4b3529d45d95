// Writes OCR results to CSV (file, status, orientation, mean_conf, text, attributes as JSON, ms) or to JSON (the
// array `tern-cli ocr --json` prints). Returns an empty string on success, else a one-line error.
#pragma once

#include "engine/ocr/types.h"

#include <QString>
#include <vector>

namespace tern::ui {

QString exportOcrCsv(const QString& path, const std::vector<tern::ocr::OcrResult>& results);
QString exportOcrJson(const QString& path, const std::vector<tern::ocr::OcrResult>& results);

} // namespace tern::ui
