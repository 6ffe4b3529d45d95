// Forward-in-time validation: folds that train on the past and validate on the later rows, as a forecast is used.
// Rows are ordered by a date column; K expanding-window folds like scikit-learn's TimeSeriesSplit (fold i trains
// on everything before its validation block, the blocks are consecutive later slices, no repeats). Random K-fold
// on such data lets a model interpolate between neighbouring days and flatters it (monthly sales: R^2 0.94 under
// random folds, 0.60 on the following year).
#pragma once

#include "engine/core/message.h"
#include "engine/data/table.h"
#include "engine/search/folds.h"
#include "engine/search/target.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace tern::search {

// K forward folds (one fold, validating on the last fifth in time, when `holdout`) over positions 0..n-1 whose
// times are `days` (NaN = no time). Rows of one time stay on one side of every split, so one day never sits both in
// training and in validation. Rows without a time are always trained on and never validated: their place in time is
// unknown, so no fold could validate them honestly, and leaving them out would waste what they teach. Each fold's
// `train` lists the untimed rows first, then the timed ones in time order. InputError when there are fewer distinct
// times than folds + 1 (each validation block needs one, and the first fold a time to train on).
std::vector<Fold> make_time_folds(std::span<const double> days, int folds, bool holdout);

// The time of each row the search uses (TargetData::rows), read from `column`. InputError, naming the column and
// `source` (the data file), when it does not exist, is not read as dates, or is the target.
std::vector<double> row_times(const data::Table& table, const TargetData& target, const std::string& column,
                              const std::string& source);

// How a run validated, for its report and the run JSON: {"kind": "random"|"time", "column"?, "folds",
// "repeats", "holdout"}.
nlohmann::json validation_scheme(const std::string& time_column, std::size_t folds, int repeats, bool holdout);

// One line a user reads: "5-fold", "3 x 5-fold", "holdout 80/20", "forward in time by 'date': 5 folds", ...
Message validation_message(const nlohmann::json& scheme);
std::string validation_text(const nlohmann::json& scheme); // validation_message in English

}  // namespace tern::search
