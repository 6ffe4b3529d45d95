// Whether a table has rows enough for the validation a run would use, decided before anything starts or is stored.
// Every validation block must hold at least two rows: a fold of one row scores noise (R^2 of a single row is 0 for
// any model, accuracy 0 or 1), and with fewer rows than 2 x K some training fold is left with a single row, on
// which every pipeline drops every column as constant and every candidate fails ("empty matrix"). A class with a
// single row is not refused: stratified folds deal its row to one fold, whose training rows lack the class, and the
// models still predict every class (checked on 10 and 60 rows, binary and multiclass).
#pragma once

#include "engine/core/message.h"
#include "engine/data/table.h"
#include "engine/search/run_spec.h"
#include "engine/search/target.h"

#include <cstddef>
#include <optional>
#include <string>

namespace tern::search {

// How a run splits its rows: K random folds, a random 20 % holdout, or forward in time (K folds or the latest 20 %).
struct ValidationPlan {
    int folds = 5;
    bool holdout = false;
    bool forward = false;
    // With a holdout, why not K folds, for the run's log: "(above 200,000 rows ...)". Empty without one.
    Message holdout_reason;
};

// Too few rows for `plan`, as data: the CLI says it in English (shortage_text), the GUI in the user's language.
struct RowShortage {
    std::size_t rows = 0;    // rows with a target (and, forward in time, with a time)
    std::size_t needed = 0;  // two per validation block, and forward in time two before the first block
    ValidationPlan plan;
    int fewer_folds = 0;     // the most folds (>= 2) these rows allow; 0 when only more rows would do
};

// The plan of a run on `table` with `target` (prepare_target): the spec's folds and time column, and a holdout
// when the rows are many, or when K fits of them would not leave room to search in the budget (a size rule, never
// a timing, so the same data and budget always split the same way).
ValidationPlan validation_plan(const data::Table& table, const TargetData& target, const RunSpec& spec);

// The rule on counts alone.
std::optional<RowShortage> row_shortage(std::size_t rows, const ValidationPlan& plan);

// The rule on what a run would validate: the rows of `target` (forward in time, those with a time) under
// validation_plan. InputError for a time column the run could not use (row_times).
std::optional<RowShortage> validation_shortage(const data::Table& table, const TargetData& target,
                                               const RunSpec& spec);

// One line: "3 rows with a target; cross-validation with 5 folds needs at least 10 (try --folds 2, or add rows)".
std::string shortage_text(const RowShortage& shortage, const std::string& time_column);

// The same for a stored run, whose folds are part of it (resume, importance): the way out is a new run.
// "3 rows with a target; cross-validation with 5 folds needs at least 10 (start a new run on more rows)"
std::string stored_run_shortage_text(const RowShortage& shortage, const std::string& time_column);

}  // namespace tern::search
