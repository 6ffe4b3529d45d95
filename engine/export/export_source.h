// What an export starts from, read back from the run store: the run, the candidate, the task and class names, and
// the fitted member(s) -- the candidate itself, or an ensemble's members with their weights.
#pragma once

#include "engine/data/table.h"
#include "engine/export/package_format.h"
#include "engine/store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tern::exporting {

struct ExportSource {
    store::RunRecord run;
    store::CandidateRecord candidate;
    Task task = Task::binary;
    std::vector<std::string> class_names; // empty for regression
    std::vector<PackagedMember> members;  // newest stored "model" of each
    bool images = false;                  // the run learned from an image folder's pixels
};

// InputError for an unknown run or candidate, a candidate that did not finish ("ok"), or a missing model.
ExportSource load_export_source(const store::Store& store, std::int64_t run_id, std::int64_t candidate);

// The run's training data as the search read it (a table file, or an image folder as pixels). InputError when it
// is gone or unreadable.
data::Table read_run_table(const store::RunRecord& run, const std::vector<std::string>& class_names);

// Positions of rows with a target, a seeded sample of at most max_rows of them (for calibration and timing).
std::vector<std::size_t> sample_target_rows(const data::Table& table, const std::string& target, std::uint64_t seed,
                                            std::size_t max_rows);

} // namespace tern::exporting
