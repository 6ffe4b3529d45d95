// The prediction target of a run: which task it is (inferred when the spec says "auto"), the class names, and the
// label of every row that has one. Rows with a missing target are left out of training and counted.
#pragma once

#include "engine/core/task.h"
#include "engine/data/table.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tern::search {

struct TargetData {
    Task task = Task::binary;
    std::vector<std::string> class_names;  // empty for regression; class index i <-> class_names[i]
    std::vector<std::size_t> rows;         // table rows that have a target (the rows the search uses)
    std::vector<float> y;                  // one label per entry of `rows`
    std::size_t missing = 0;               // rows left out: missing target
    std::size_t unknown = 0;               // rows left out: a class not known to the training data (test files)
    std::vector<std::string> unknown_classes; // those classes, in order of first appearance

    int n_classes() const { return static_cast<int>(class_names.size()); }
};

// task: auto | binary | multiclass | regression. Throws InputError for an unknown column, a target with one class,
// a regression on a non-numeric column, or binary asked of a target with more than two classes.
TargetData prepare_target(const data::Table& table, const std::string& target, const std::string& task);

// What task "auto" makes of `target`: regression for a numeric column that does not look like class labels (more
// than 20 distinct values, or fractions). One pass over the column without building any label, for a form that
// follows the target as the user picks it.
bool regresses_by_default(const data::Table& table, const std::string& target);

// The column a new table most likely predicts, for a form to preselect (the user can always change it): one whose
// name says so (target, label, class, y, outcome, response), else the last column a model could learn, that is
// neither a date nor set aside by screening (constant, ID-like, free text). None when no column qualifies.
std::optional<std::size_t> suggested_target(const data::Table& table);

// The labels of another table (a test file) in the classes of `train`; rows with an unknown class are left out.
TargetData encode_target_like(const data::Table& table, const std::string& target, const TargetData& train);

}  // namespace tern::search
