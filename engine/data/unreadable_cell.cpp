#include "engine/data/unreadable_cell.h"

#include "engine/data/csv_fields.h"

#include <fmt/format.h>

namespace tern::data {

namespace {

template <class Reads>
std::string first_unread(const Column& column, Reads reads)
{
    for (std::size_t r = 0; r < column.size(); ++r)
        if (!column.is_missing(r) && !reads(column.display(r)))
            return fmt::format(" (data row {} holds '{}')", r + 1, column.display(r));
    return {};
}

} // namespace

std::string first_non_number(const Column& column)
{
    return first_unread(column, [](const std::string& cell) { return parse_number(cell).has_value(); });
}

std::string first_non_date(const Column& column, DateFormat format)
{
    return first_unread(column, [format](const std::string& cell) { return parse_date(cell, format).has_value(); });
}

std::string unread_note(const Column& column)
{
    const UnreadCells& unread = column.unread_cells();
    if (unread.count == 0)
        return {};
    return fmt::format("{}: {} {} not a number and {} as missing (data row {} holds '{}')", column.name(),
                       unread.count, unread.count == 1 ? "cell is" : "cells are", unread.count == 1 ? "reads" : "read",
                       unread.first_row + 1, unread.first_text);
}

} // namespace tern::data
