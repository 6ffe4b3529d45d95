// Rows by content: a 64-bit hash of a row's cells by value (a category by its level's text, so that two files of
// the same data agree), to count duplicate rows and the rows a test file shares with its training file. Such rows
// make a score look better than the model is: a row seen in training is predicted from memory.
#pragma once

#include "engine/data/table.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tern::data {

// One hash per row over the named columns, in the order given (InputError for a name the table lacks).
std::vector<std::uint64_t> row_hashes(const Table& table, std::span<const std::string> columns);

// Rows equal in every column to an earlier row.
std::size_t duplicate_rows(const Table& table);

// Rows of `later` equal to some row of `earlier` in every one of `columns` (both tables must have them).
std::size_t rows_also_in(const Table& later, const Table& earlier, std::span<const std::string> columns);

}  // namespace tern::data
