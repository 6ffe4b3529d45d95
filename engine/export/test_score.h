// The run's test file (--test) scored by an exported model, so that a model card's test score is the exported
// precision's own: a ternary copy of an mlp scored 0.64 on the test rows its fp32 original scored 0.98 on, and the
// card used to quote 0.98.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/table.h"
#include "engine/export/export_source.h"
#include "engine/export/package_format.h"

#include <optional>

namespace tern::exporting {

// The run's metric on its test file's rows with a known target; nothing when the run had no test file or it cannot
// be read any more. `train`: the run's training data as the search read it (the test file is read by its schema).
std::optional<double> test_score(const PackagedModel& model, const ExportSource& src, const data::Table& train,
                                 const JobControl& job);

} // namespace tern::exporting
