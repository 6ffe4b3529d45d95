// The test file of a run (--test): read with the training table's schema and checked against it before the search
// starts, so that a file the models cannot score is refused in one line instead of ending the run with every test
// score silently missing.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <string>

namespace tern::search {

// Throws DataError (the test file) for a missing target or feature column, or a column that held numbers (or
// dates) in training and holds something else here. The returned table has `target` marked as its target.
data::Table read_test_table(const std::string& path, const data::Table& train, const std::string& target,
                            const JobControl& control);

} // namespace tern::search
