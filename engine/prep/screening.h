// Column screening: which columns become features, and why the others are set aside. Decided on the training rows
// only (a fold's validation rows never influence it).
#pragma once

#include "engine/data/summary.h"
#include "engine/data/table.h"
#include "engine/prep/fitted_steps.h"

#include <cstddef>
#include <span>
#include <vector>

namespace tern::prep {

struct Screening {
    std::vector<std::size_t> numeric;     // table column indices kept as numeric inputs
    std::vector<std::size_t> categorical; // categorical, or text short and repetitive enough to act as levels
    std::vector<SetAside> set_aside;
};

// Rules: target and ignored roles are never features. Constant: at most one distinct value and no missing cell, or
// every cell missing. ID-like (only with >= 20 rows): a value unique to each row, no missing cell, and either a
// categorical key or integers that run in row order or span at most 1.5x the row count (not dates: one row per day
// is a time series, not a key). High-cardinality text:
// more than max(20, half the non-missing rows) distinct values (checked before ID-like for text columns).
Screening screen_columns(const data::Table& table, std::span<const std::size_t> rows);

// What screen_columns sets aside on every row of `table` (target and ignored columns aside), screening only the
// columns whose summary leaves a rule above possible: one value, a value unique to each row, or text. At a file's
// opening that spares a million-row table sorting every numeric column once more (1.4 s of a 3.7 s load).
std::vector<SetAside> set_aside_on_all_rows(const data::Table& table, std::span<const data::ColumnSummary> summaries);

// Keys found on every row of `table`, labelled or not: when most targets are missing, the labelled rows are too few
// (under 20) or too scattered (a key's range spans the whole file) for screen_columns to see a key in them.
std::vector<SetAside> keys_on_all_rows(const data::Table& table);

} // namespace tern::prep
