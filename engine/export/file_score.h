// How an exported model did on a table that holds its target: predict is often run on labelled rows kept aside
// (last month's sales), and the analyst wants the run's metric on them, not only predictions. (Images predicted
// from a folder carry no target: they are not scored.)
#pragma once

#include "engine/data/table.h"
#include "engine/export/package.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tern::exporting {

struct FileScore {
    std::string metric;             // the run's metric name ("balanced_accuracy", "r2", "custom")
    std::optional<double> value;    // none when no row could be scored; `note` says why
    std::size_t rows = 0;           // rows scored: a known target, of a class the model knows
    std::size_t missing = 0;        // rows left out: no target
    std::size_t unknown = 0;        // rows left out: a class the model never saw
    std::size_t unreadable = 0;     // rows left out: the whole column is not what the model reads (text, not numbers)
    std::vector<std::string> unknown_classes; // those classes, in order of first appearance
    std::string note;               // why there is no value, in one line

    std::size_t left_out() const { return missing + unknown + unreadable; }
};

// The run's metric over `table`'s rows with a known target, from `predictions` of all its rows. Nothing when the
// table has no target column or the model's card names no metric; a score without a value, and a note, when the
// column is there but gives no row to score (every class unknown to the model, text for a regression).
// "rose, tulip, daisy, …": at most `most` names, then an ellipsis (the unknown classes a message names).
std::string first_names(const std::vector<std::string>& names, std::size_t most = 3);

std::optional<FileScore> score_on_file(const ExportedModel& model, const data::Table& table,
                                       const Predictions& predictions);

} // namespace tern::exporting
