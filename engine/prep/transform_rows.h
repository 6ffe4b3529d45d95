// Applying fitted steps to rows: the hot path behind Pipeline::transform and transform_row. Everything it needs
// was precomputed at fit (State::derive); per-call buffers live in a thread-local scratch, so after the first call
// on a thread a one-row transform allocates nothing.
#pragma once

#include "engine/prep/state.h"

#include <span>

namespace tern::prep {

// Writes one output row per entry of `rows` into `out` (rows.size() x n_features); scaled unless `scale` is false.
// Columns are found by name (a table read from another file may order them differently); a missing column or a
// column of another type is an InputError.
void transform_rows(const Pipeline::State& state, const data::Table& table, std::span<const std::size_t> rows,
                    Matrix& out, bool scale);

// One row into `out` (n_features floats).
void transform_one(const Pipeline::State& state, const data::Table& table, std::size_t row, float* out);

} // namespace tern::prep
