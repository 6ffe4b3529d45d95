#include "engine/prep/screening.h"

#include "engine/prep/column_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <fmt/format.h>

namespace tern::prep {

namespace {

constexpr std::size_t min_rows_for_id = 20;
// Distinct whole numbers that all have this many digits or more are codes (order numbers, barcodes): measurements
// that large vary in length or repeat. Fewer digits would take in amounts in small currency units and yyyymmdd dates.
constexpr int min_code_digits = 10;

struct NumericProfile {
    std::size_t distinct = 0;
    std::size_t missing = 0;
    bool integers = true;
    double range = 0.0;
    // In row order, increasing by multiples of one step: numbered rows, or a fold's share of them.
    bool evenly_stepped = false;
    int digits = 0;           // of every value when all have the same number of digits, else 0
    bool epoch_times = false; // every value reads as seconds or milliseconds since 1970, in 2000-2050
};

int digit_count(double v)
{
    return v >= 1.0 ? int(std::floor(std::log10(v))) + 1 : 0;
}

// Seconds (or milliseconds) since 1970 from 2000 to 2050: a time stamp, which places the rows in time, however
// code-like its ten digits look (a code that happens to fall in that range is kept as a feature too).
bool epoch_time(double v)
{
    constexpr double from = 946684800.0, to = 2524608000.0;
    return (v >= from && v < to) || (v >= from * 1000.0 && v < to * 1000.0);
}

NumericProfile profile(const data::Column& column, std::span<const std::size_t> rows)
{
    NumericProfile p;
    std::vector<double> values = observed_values(column, rows);
    p.missing = rows.size() - values.size();
    p.epoch_times = !values.empty();
    p.digits = values.empty() ? 0 : digit_count(values.front());
    double step = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < values.size(); ++i)
        step = std::min(step, values[i] - values[i - 1]);
    p.evenly_stepped = values.size() > 2 && step > 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        p.integers = p.integers && v == std::floor(v);
        p.epoch_times = p.epoch_times && epoch_time(v);
        if (digit_count(v) != p.digits)
            p.digits = 0;
        if (i > 0 && p.evenly_stepped && std::fmod(v - values[i - 1], step) != 0.0)
            p.evenly_stepped = false;
    }
    for (double& v : values)
        v = v == 0.0 ? 0.0 : v; // -0 and +0 are one value
    std::sort(values.begin(), values.end());
    p.distinct = std::size_t(std::unique(values.begin(), values.end()) - values.begin());
    if (!values.empty())
        p.range = values[p.distinct - 1] - values[0];
    return p;
}

// A whole number in every row, each different: the shape of a key (which of them are keys, the caller decides).
bool distinct_integers(const data::Column& column, const NumericProfile& p, std::size_t n)
{
    return !column.is_date() && n >= min_rows_for_id && p.missing == 0 && p.distinct == n && p.integers;
}

Message constant_reason(std::size_t missing, std::size_t n)
{
    if (missing == n)
        return Message(TERN_TEXT("EngineText", "constant: every training value is missing"));
    return Message(TERN_TEXT("EngineText", "constant: one value in every training row"));
}

} // namespace

Screening screen_columns(const data::Table& table, std::span<const std::size_t> rows)
{
    Screening out;
    const std::size_t n = rows.size();
    for (std::size_t c = 0; c < table.cols(); ++c) {
        const data::Column& column = table.column(c);
        auto set_aside = [&](Message reason) { out.set_aside.push_back({column.name(), std::move(reason)}); };
        if (column.role() == data::ColumnRole::target) {
            set_aside(Message(TERN_TEXT("EngineText", "target")));
            continue;
        }
        if (column.role() == data::ColumnRole::ignored) {
            set_aside(Message(TERN_TEXT("EngineText", "ignored")));
            continue;
        }
        if (column.type() == data::ColumnType::numeric) {
            const NumericProfile p = profile(column, rows);
            if (p.missing == n || (p.distinct <= 1 && p.missing == 0))
                set_aside(constant_reason(p.missing, n));
            else if (distinct_integers(column, p, n) &&
                     (p.range + 1.0 <= 1.5 * double(n) || (p.evenly_stepped && !p.epoch_times)))
                set_aside(
                    Message(TERN_TEXT("EngineText", "id-like: a distinct integer in each of the %1 training rows"), n));
            else if (distinct_integers(column, p, n) && p.digits >= min_code_digits && !p.epoch_times)
                set_aside(Message(
                    TERN_TEXT("EngineText", "id-like: a distinct %1-digit code in each of the %2 training rows"),
                    p.digits, n));
            else
                out.numeric.push_back(c);
            continue;
        }
        const LevelCounts levels = count_levels(column, rows);
        const std::size_t distinct = levels.names.size();
        const std::size_t present = n - levels.missing;
        if (levels.missing == n || (distinct <= 1 && levels.missing == 0))
            set_aside(constant_reason(levels.missing, n));
        else if (column.type() == data::ColumnType::text && distinct > std::max<std::size_t>(20, present / 2))
            set_aside(Message(TERN_TEXT("EngineText", "high-cardinality text: %1 distinct values in %2 rows"), distinct,
                              present));
        else if (n >= min_rows_for_id && levels.missing == 0 && distinct == n)
            set_aside(Message(TERN_TEXT("EngineText", "id-like: a distinct value in each of the %1 training rows"), n));
        else
            out.categorical.push_back(c);
    }
    return out;
}

namespace {

// What screen_columns sets aside on every row of a table made of `candidates` (target and ignored columns aside).
std::vector<SetAside> set_aside_among(std::vector<data::Column> candidates)
{
    std::vector<SetAside> out;
    if (candidates.empty())
        return out;
    const data::Table sub(std::move(candidates));
    std::vector<std::size_t> rows(sub.rows());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    for (SetAside& s : screen_columns(sub, rows).set_aside)
        if (s.reason.pattern() != "target" && s.reason.pattern() != "ignored")
            out.push_back(std::move(s));
    return out;
}

} // namespace

std::vector<SetAside> set_aside_on_all_rows(const data::Table& table, std::span<const data::ColumnSummary> summaries)
{
    std::vector<data::Column> candidates;
    for (std::size_t c = 0; c < summaries.size() && c < table.cols(); ++c) {
        const data::ColumnSummary& s = summaries[c];
        if (s.unique <= 1 || (s.missing == 0 && s.unique == table.rows()) || s.type == data::ColumnType::text)
            candidates.push_back(table.column(c));
    }
    return set_aside_among(std::move(candidates));
}

std::vector<SetAside> keys_on_all_rows(const data::Table& table)
{
    // Only a complete column of numbers or levels can read as a key (distinct text is free text): the others are
    // spared a sort of every row.
    std::vector<data::Column> candidates;
    for (std::size_t c = 0; c < table.cols(); ++c) {
        const data::Column& column = table.column(c);
        if (column.role() == data::ColumnRole::feature && column.type() != data::ColumnType::text &&
            column.missing_count() == 0)
            candidates.push_back(column);
    }
    std::vector<SetAside> keys;
    for (SetAside& s : set_aside_among(std::move(candidates)))
        if (s.reason.pattern().starts_with("id-like"))
            keys.push_back({std::move(s.column),
                            Message(TERN_TEXT("EngineText", "id-like: a distinct value in each of the table's %1 rows, "
                                                            "labelled or not"),
                                    table.rows())});
    return keys;
}

} // namespace tern::prep
