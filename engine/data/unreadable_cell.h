// The cell that keeps a column from being what a fitted model reads (numbers, or dates as the training file wrote
// them), named for the user to find and fix: " (data row R holds 'V')".
#pragma once

#include "engine/core/message.h"
#include "engine/data/calendar.h"
#include "engine/data/table.h"

#include <string>

namespace tern::data {

// The first non-missing cell that is not a number, as " (data row R holds 'V')"; empty when every cell is one.
Message first_non_number(const Column& column);

// The first non-missing cell that is not a date written as `format`, in the same words; empty when every cell is.
Message first_non_date(const Column& column, DateFormat format);

// A numeric column's stray words read as missing (Column::unread_cells), in one line: "a: 1 cell is not a number
// and reads as missing (data row 151 holds '-')"; empty when there is none.
Message unread_note(const Column& column);

// A comma-delimited file's column read with decimal commas (Column::decimal_commas), said since it changes what a
// quoted "1,234" is: "price: read with decimal commas, as quoted in the file ("1,234" is 1.234)"; else empty.
Message decimal_comma_note(const Column& column);

} // namespace tern::data
