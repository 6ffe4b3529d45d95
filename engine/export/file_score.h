// How an exported model did on a table that holds its target: predict is often run on labelled rows kept aside
// (last month's sales), and the analyst wants the run's metric on them, not only predictions. (Images predicted
// from a folder carry no target: they are not scored.)
#pragma once

#include "engine/data/table.h"
#include "engine/export/package.h"

#include <cstddef>
#include <optional>
#include <string>

namespace tern::exporting {

struct FileScore {
    std::string metric;      // the run's metric name ("balanced_accuracy", "r2", "custom")
    double value = 0;
    std::size_t rows = 0;      // rows scored: a known target, of a class the model knows
    std::size_t left_out = 0;  // rows with a missing target or a class the model never saw
};

// The run's metric over `table`'s rows with a known target, from `predictions` of all its rows; nothing when the
// table has no target column, no row to score, or the model's card names no metric.
std::optional<FileScore> score_on_file(const ExportedModel& model, const data::Table& table,
                                       const Predictions& predictions);

} // namespace tern::exporting
