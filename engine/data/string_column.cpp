#include "engine/data/string_column.h"

#include "engine/data/calendar.h"
#include "engine/data/natural_order.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tern::data {

bool looks_like_free_text(const std::vector<std::int32_t>& codes, const std::vector<std::string_view>& levels)
{
    std::vector<std::size_t> count(levels.size(), 0);
    std::size_t present = 0;
    for (std::int32_t c : codes)
        if (c >= 0) {
            ++count[std::size_t(c)];
            ++present;
        }
    if (present == 0)
        return false;
    double length = 0, spaces = 0;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        length += double(count[i]) * double(levels[i].size());
        spaces += double(count[i]) * double(std::count(levels[i].begin(), levels[i].end(), ' '));
    }
    length /= double(present);
    spaces /= double(present);
    std::size_t distinct = std::size_t(std::count_if(count.begin(), count.end(), [](std::size_t n) { return n > 0; }));
    double distinct_ratio = double(distinct) / double(present);
    return distinct_ratio >= 0.5 && distinct >= 2 && (length >= 24 || spaces >= 3);
}

std::optional<Column> build_date_column(std::string name, const std::vector<std::int32_t>& codes,
                                        const std::vector<std::string_view>& levels,
                                        std::optional<DateFormat> preferred)
{
    const auto read = read_dates(levels, preferred);
    if (!read)
        return std::nullopt;
    std::vector<double> days(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        days[i] = codes[i] < 0 ? std::numeric_limits<double>::quiet_NaN() : read->days[std::size_t(codes[i])];
    return Column::date(std::move(name), std::move(days), read->format);
}

std::optional<Column> build_lenient_date_column(std::string name, const std::vector<std::int32_t>& codes,
                                                const std::vector<std::string_view>& levels, DateFormat format)
{
    // Dates the file writes its own way (year first where training wrote day first) read as the file wrote them.
    if (auto whole = build_date_column(name, codes, levels, format))
        return whole;
    std::vector<std::optional<double>> level_days;
    level_days.reserve(levels.size());
    for (const std::string_view level : levels)
        level_days.push_back(parse_date(level, format));
    std::vector<double> days(codes.size(), std::numeric_limits<double>::quiet_NaN());
    UnreadCells unread;
    std::size_t dates = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] < 0)
            continue;
        if (const auto& d = level_days[std::size_t(codes[i])]) {
            days[i] = *d;
            ++dates;
        } else {
            unread.add(i, levels[std::size_t(codes[i])]);
        }
    }
    if (unread.outnumber(dates))
        return std::nullopt;
    Column column = Column::date(std::move(name), std::move(days), format);
    column.set_unread_cells(std::move(unread));
    return column;
}

Column build_string_column(std::string name, std::vector<std::int32_t> codes,
                           const std::vector<std::string_view>& levels, std::optional<bool> as_text,
                           bool keep_level_order, std::optional<DateFormat> preferred_date_format)
{
    if (!as_text)
        if (auto dates = build_date_column(name, codes, levels, preferred_date_format))
            return std::move(*dates);
    bool text = as_text ? *as_text : looks_like_free_text(codes, levels);
    if (text) {
        std::vector<std::string> values(codes.size());
        std::vector<std::uint8_t> missing(codes.size(), 0);
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (codes[i] < 0)
                missing[i] = 1;
            else
                values[i] = std::string(levels[std::size_t(codes[i])]);
        }
        return Column::text(std::move(name), std::move(values), std::move(missing));
    }
    std::vector<std::size_t> order(levels.size());
    if (keep_level_order)
        std::iota(order.begin(), order.end(), std::size_t{0});
    else
        order = natural_order(levels);
    std::vector<std::int32_t> remap(levels.size());
    std::vector<std::string> names(levels.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        remap[order[i]] = std::int32_t(i);
        names[i] = std::string(levels[order[i]]);
    }
    for (std::int32_t& c : codes)
        if (c >= 0)
            c = remap[std::size_t(c)];
    return Column::categorical(std::move(name), std::move(codes), std::move(names));
}

} // namespace tern::data
