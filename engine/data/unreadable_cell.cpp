#include "engine/data/unreadable_cell.h"

#include "engine/data/csv_fields.h"

namespace tern::data {

namespace {

template <class Reads> Message first_unread(const Column& column, Reads reads)
{
    for (std::size_t r = 0; r < column.size(); ++r)
        if (!column.is_missing(r) && !reads(column.display(r)))
            return Message(TERN_TEXT("EngineText", " (data row %1 holds '%2')"), r + 1, column.display(r));
    return {};
}

} // namespace

Message first_non_number(const Column& column)
{
    return first_unread(column, [](const std::string& cell) { return parse_number(cell).has_value(); });
}

Message first_non_date(const Column& column, DateFormat format)
{
    return first_unread(column, [format](const std::string& cell) { return parse_date(cell, format).has_value(); });
}

Message unread_note(const Column& column)
{
    const UnreadCells& unread = column.unread_cells();
    if (unread.count == 0)
        return {};
    // A number beyond a float (1e39, inf) is a number all the same: "not a number" sent users looking for a word.
    if (unread.beyond_float == unread.count)
        return Message(unread.count == 1
                           ? TERN_TEXT("EngineText", "%1: %2 number is infinite or beyond a float's range (3.4e38) and "
                                                     "reads as missing (data row %3 holds '%4')")
                           : TERN_TEXT("EngineText", "%1: %2 numbers are infinite or beyond a float's range (3.4e38) "
                                                     "and read as missing (data row %3 holds '%4')"),
                       column.name(), unread.count, unread.first_row + 1, unread.first_text);
    if (unread.beyond_float > 0)
        return Message(TERN_TEXT("EngineText", "%1: %2 cells read as missing, %5 not a number and %6 infinite or "
                                               "beyond a float's range (data row %3 holds '%4')"),
                       column.name(), unread.count, unread.first_row + 1, unread.first_text, unread.words(),
                       unread.beyond_float);
    return Message(unread.count == 1
                       ? TERN_TEXT("EngineText", "%1: %2 cell is not a number and reads as missing (data row %3 holds "
                                                 "'%4')")
                       : TERN_TEXT("EngineText", "%1: %2 cells are not a number and read as missing (data row %3 "
                                                 "holds '%4')"),
                   column.name(), unread.count, unread.first_row + 1, unread.first_text);
}

Message decimal_comma_note(const Column& column)
{
    if (!column.decimal_commas())
        return {};
    return Message(TERN_TEXT("EngineText", "%1: read with decimal commas, as quoted in the file (\"1,234\" is 1.234)"),
                   column.name());
}

} // namespace tern::data
