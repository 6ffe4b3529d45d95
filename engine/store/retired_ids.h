// Ids that are never given again: a run's or OCR job's id names it in model cards, exports and a user's notes, so
// a later row must not take the id of a deleted one. SQLite's rowids would reuse the highest id once it is deleted;
// the table retired_ids (schema 3) keeps the highest id deleted per table.
#pragma once

#include "engine/store/connection.h"

#include <cstdint>
#include <string_view>

namespace tern::store {

// The id a new row of `table` takes: one above every id still there and every id retired. Inside the caller's
// write transaction. `table` is one of the store's own table names, never user input.
std::int64_t next_id(Connection& db, std::string_view table);

// Records that `id` of `table` was deleted, inside the deleting transaction.
void retire_id(Connection& db, std::string_view table, std::int64_t id);

}  // namespace tern::store
