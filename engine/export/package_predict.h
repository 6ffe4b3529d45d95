// Running a packaged model (package_format.h) on table rows: every member's preprocessing and model, blended by
// the members' weights (probabilities for classification, values for regression), as the search's ensemble does.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/table.h"
#include "engine/export/package_format.h"
#include "engine/search/scoring.h"

#include <span>
#include <string>

namespace tern::exporting {

// InputError "<source>: missing column(s) a, b (the model reads ...)" when the table lacks input columns (no
// prefix for an empty source).
void check_input_columns(const PackagedModel& model, const data::Table& table, const std::string& source);

// Probabilities (rows x classes) or values (rows x 1) for the given rows, with the model's decision threshold.
// Checks job.stop between row chunks.
search::PredictionBlock predict_package(const PackagedModel& model, const data::Table& table,
                                        std::span<const std::size_t> rows, const JobControl& job = {});

} // namespace tern::exporting
