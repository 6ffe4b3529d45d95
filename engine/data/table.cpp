#include "engine/data/table.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/calendar.h"

#include <algorithm>
#include <cassert>
#include <fmt/format.h>
#include <limits>
#include <unordered_set>

namespace tern::data {

std::string_view to_string(ColumnType type)
{
    switch (type) {
    case ColumnType::numeric: return "numeric";
    case ColumnType::categorical: return "categorical";
    case ColumnType::text: return "text";
    }
    return "unknown";
}

std::string_view to_string(ColumnRole role)
{
    switch (role) {
    case ColumnRole::feature: return "feature";
    case ColumnRole::target: return "target";
    case ColumnRole::ignored: return "ignored";
    }
    return "unknown";
}

Column Column::numeric(std::string name, std::vector<double> values)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::numeric;
    c.m_numbers = std::move(values);
    return c;
}

Column Column::date(std::string name, std::vector<double> days, DateFormat format)
{
    Column c = numeric(std::move(name), std::move(days));
    c.m_date = true;
    c.m_date_format = format;
    return c;
}

Column Column::categorical(std::string name, std::vector<std::int32_t> codes, std::vector<std::string> levels)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::categorical;
    c.m_codes = std::move(codes);
    c.m_levels = std::move(levels);
    return c;
}

Column Column::text(std::string name, std::vector<std::string> values, std::vector<std::uint8_t> missing)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::text;
    if (missing.empty())
        missing.assign(values.size(), 0);
    assert(missing.size() == values.size());
    c.m_texts = std::move(values);
    c.m_text_missing = std::move(missing);
    return c;
}

std::size_t Column::size() const
{
    switch (m_type) {
    case ColumnType::numeric: return m_numbers.size();
    case ColumnType::categorical: return m_codes.size();
    case ColumnType::text: return m_texts.size();
    }
    return 0;
}

bool Column::is_missing(std::size_t row) const
{
    switch (m_type) {
    case ColumnType::numeric: return std::isnan(m_numbers[row]);
    case ColumnType::categorical: return m_codes[row] < 0;
    case ColumnType::text: return m_text_missing[row] != 0;
    }
    return false;
}

std::size_t Column::missing_count() const
{
    switch (m_type) {
    case ColumnType::numeric:
        return std::size_t(std::count_if(m_numbers.begin(), m_numbers.end(), [](double v) { return std::isnan(v); }));
    case ColumnType::categorical:
        return std::size_t(std::count_if(m_codes.begin(), m_codes.end(), [](std::int32_t c) { return c < 0; }));
    case ColumnType::text:
        return std::size_t(std::count(m_text_missing.begin(), m_text_missing.end(), std::uint8_t{1}));
    }
    return 0;
}

std::size_t Column::unique_count() const
{
    switch (m_type) {
    case ColumnType::numeric: {
        std::vector<double> v;
        v.reserve(m_numbers.size());
        for (double x : m_numbers)
            if (!std::isnan(x))
                v.push_back(x == 0.0 ? 0.0 : x);  // -0 and +0 are one value
        std::sort(v.begin(), v.end());
        return std::size_t(std::unique(v.begin(), v.end()) - v.begin());
    }
    case ColumnType::categorical: {
        std::vector<std::uint8_t> seen(m_levels.size(), 0);
        for (std::int32_t c : m_codes)
            if (c >= 0)
                seen[std::size_t(c)] = 1;
        return std::size_t(std::count(seen.begin(), seen.end(), std::uint8_t{1}));
    }
    case ColumnType::text: {
        std::unordered_set<std::string_view> seen;
        for (std::size_t i = 0; i < m_texts.size(); ++i)
            if (!m_text_missing[i])
                seen.insert(m_texts[i]);
        return seen.size();
    }
    }
    return 0;
}

std::string Column::display(std::size_t row) const
{
    if (is_missing(row))
        return {};
    switch (m_type) {
    case ColumnType::numeric: return m_date ? format_date(m_numbers[row]) : fmt::format("{}", m_numbers[row]);
    case ColumnType::categorical: return m_levels[std::size_t(m_codes[row])];
    case ColumnType::text: return m_texts[row];
    }
    return {};
}

Table::Table(std::vector<Column> columns) : m_columns(std::move(columns))
{
    m_rows = m_columns.empty() ? 0 : m_columns.front().size();
    std::unordered_set<std::string_view> names;
    for (const Column& c : m_columns) {
        if (c.size() != m_rows)
            throw InputError(fmt::format("column '{}' has {} rows, expected {}", c.name(), c.size(), m_rows));
        if (!names.insert(c.name()).second)
            throw InputError(Message(TERN_TEXT("EngineText", "duplicate column name '%1'"), c.name()));
    }
}

std::optional<std::size_t> Table::find(std::string_view name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return i;
    return std::nullopt;
}

namespace {

// A file whose header is numbers (years: 2019,2020,label) or repeats further down reads as having none: the name
// asked for is then the first data row's value, which says more than "no column named".
Message no_column_named(const std::vector<Column>& columns, std::string_view name)
{
    for (const Column& c : columns)
        if (c.size() > 0 && !c.is_missing(0) && c.display(0) == name)
            return Message(TERN_TEXT("EngineText", "no column named '%1': the file reads as having no header row, and "
                                                   "its first data row holds '%1' in %2 (a header of numbers looks "
                                                   "like data)"),
                           name, c.name());
    return Message(TERN_TEXT("EngineText", "no column named '%1'"), name);
}

}  // namespace

const Column& Table::column(std::string_view name) const
{
    auto i = find(name);
    if (!i)
        throw InputError(no_column_named(m_columns, name));
    return m_columns[*i];
}

void Table::set_target(std::string_view name)
{
    auto i = find(name);
    if (!i)
        throw InputError(no_column_named(m_columns, name));
    for (Column& c : m_columns)
        if (c.role() == ColumnRole::target)
            c.set_role(ColumnRole::feature);
    m_columns[*i].set_role(ColumnRole::target);
}

std::optional<std::size_t> Table::target_index() const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].role() == ColumnRole::target)
            return i;
    return std::nullopt;
}

std::size_t Table::missing_cells() const
{
    std::size_t n = 0;
    for (const Column& c : m_columns)
        n += c.missing_count();
    return n;
}

}  // namespace tern::data
