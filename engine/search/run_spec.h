// search::RunSpec: everything that defines an AutoML run (data, target, task, metric, budget, folds, seed, families,
// limits, per-column imputer pins, the time column of forward validation). Stored as JSON in runs.spec_json so that
// `tern-cli resume` can rebuild the run.
#pragma once

#include "engine/data/readers.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tern::search {

struct RunSpec {
    std::string data_path;
    std::string target;                 // empty only for an image folder (the class is the sub-folder)
    std::string task = "auto";          // auto | binary | multiclass | regression
    std::string metric;                 // a built-in name; empty = the task's default (or "custom" with an expression)
    std::string metric_expr;            // a muparser expression over confusion counts / regression errors
    std::string metric_direction = "max";  // max | min, for metric_expr
    double budget_s = 60;
    int folds = 5;
    std::uint64_t seed = 0;
    std::vector<std::string> families;  // empty = every registered family that suits the task
    int max_candidates = 0;             // 0 = no limit (the budget stops the search)
    double latency_budget_us = 0;       // 0 = none
    std::string test_path;              // optional separate test file with the same columns
    // false: the chosen model stays the one its last fold fitted (on large data the search's view and a refit
    // differ little, and the refit can take longer than the search); a run does so anyway when the refit on all
    // rows would not fit the budget.
    bool refit = true;
    nlohmann::json imputer_pins = nlohmann::json::object();  // column -> imputer strategy
    // A date column to validate forward in time by (time_folds.h): each fold trains on the rows before its
    // validation block. Empty: random stratified folds.
    std::string time_column;
    // How the data file reads (data::ReadOptions::stray_words_as_missing); false for runs stored before it, so that
    // they read their file as their models were fitted on it.
    bool stray_words_as_missing = true;
    // Task "auto" reads its target as the file reads (a stray word among numbers is missing) and strictly only
    // where the numbers then look like class labels (read_run_data); false for runs stored before it, which read
    // an auto target strictly: one "oops" among ozone readings made a 67-class problem.
    bool lenient_auto_target = true;

    nlohmann::json to_json() const;
    static RunSpec from_json(const nlohmann::json& j);  // InputError on a malformed spec

    // Checks ranges and names that do not need the data (budget > 0, folds >= 2, task and direction names).
    void validate() const;
};

// The longest budget a run or a resume takes, about 115 days: candidates' time limits are fractions of it, timed on
// a clock that counts nanoseconds.
constexpr double max_budget_s = 1e7;
void validate_budget(double budget_s); // InputError unless 0 < budget_s <= max_budget_s

// How a run reads its data file, every time (search, resume, importance, export): as its spec says, and a target
// strictly when the run classifies (a word among classes that look like numbers is a class).
data::ReadOptions run_read_options(const RunSpec& spec);

// A run's table file read with run_read_options. Task "auto" decides by what the target holds: numbers with a
// stray word that still regress (regresses_by_default) keep the word as a missing target; numbers that look like
// class labels are read again strictly, the word a class.
data::Table read_run_data(const RunSpec& spec, const JobControl& job = {});

}  // namespace tern::search
