#include "engine/data/calendar.h"

#include "engine/data/written_date.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <fmt/format.h>

namespace tern::data {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
long days_from_civil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil {
    long year;
    unsigned month, day;
};

Civil civil_from_days(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<long>(yoe) + era * 400 + (m <= 2), m, d};
}

bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(long y, unsigned m)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

std::optional<double> days_of(long year, unsigned month, unsigned day)
{
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    return double(days_from_civil(year, month, day));
}

// A written year in `format`: four digits as they are, two through the pivot (calendar.h), others not at all.
std::optional<long> year_of(unsigned value, unsigned width, DateFormat format)
{
    if (width == 4 && !format.two_digit_year)
        return long(value);
    if (width == 2 && format.two_digit_year)
        return long(value < 30 ? 2000 + value : 1900 + value);
    return std::nullopt;
}

// The day `w` is in `format`, without its time.
std::optional<double> day_of(const WrittenDate& w, DateFormat format)
{
    using Shape = WrittenDate::Shape;
    const unsigned* p = w.part;
    const bool names = w.shape != Shape::numbers && w.shape != Shape::year_month;
    if (names != format.month_name)
        return std::nullopt;
    std::optional<long> year;
    switch (w.shape) {
    case Shape::numbers:
        if (format.order == DateOrder::year_first)
            return w.width[0] == 4 && w.width[2] <= 2 && !format.two_digit_year ? days_of(long(p[0]), p[1], p[2])
                                                                                : std::nullopt;
        if (w.width[0] > 2 || !(year = year_of(p[2], w.width[2], format)))
            return std::nullopt;
        if (format.two_digit_year && w.separator == '.' && (w.width[0] != 2 || w.width[1] != 2))
            return std::nullopt;
        return format.order == DateOrder::month_first ? days_of(*year, p[0], p[1]) : days_of(*year, p[1], p[0]);
    case Shape::year_month: return format == DateFormat{} ? days_of(long(p[0]), p[1], 1) : std::nullopt;
    case Shape::name_day_year:
        if (format.order != DateOrder::month_first || !(year = year_of(p[2], w.width[2], format)))
            return std::nullopt;
        return days_of(*year, p[0], p[1]);
    case Shape::name_year:
        if (format.order != DateOrder::month_first || !(year = year_of(p[1], w.width[1], format)))
            return std::nullopt;
        return days_of(*year, p[0], 1);
    case Shape::day_name_year:
        if (format.order != DateOrder::day_first || !(year = year_of(p[2], w.width[2], format)))
            return std::nullopt;
        return days_of(*year, p[1], p[0]);
    case Shape::year_name_day:
        if (format.order != DateOrder::year_first || format.two_digit_year || w.width[2] > 2)
            return std::nullopt;
        return days_of(long(p[0]), p[1], p[2]);
    }
    return std::nullopt;
}

// The date and time `w` is in `format`.
std::optional<double> read_as(const WrittenDate& w, DateFormat format)
{
    // ISO's 'T' only after a year-first date.
    if (w.iso_time && format.order != DateOrder::year_first)
        return std::nullopt;
    const auto day = day_of(w, format);
    return day && w.has_time ? *day + w.time : day;
}

// Every format a column may be written in. Two-digit years only after the day and month: 24-03-15 is a code.
constexpr std::array candidate_formats{
    DateFormat{DateOrder::year_first},
    DateFormat{DateOrder::month_first},
    DateFormat{DateOrder::day_first},
    DateFormat{DateOrder::month_first, true},
    DateFormat{DateOrder::day_first, true},
    DateFormat{DateOrder::year_first, false, true},
    DateFormat{DateOrder::month_first, false, true},
    DateFormat{DateOrder::day_first, false, true},
    DateFormat{DateOrder::month_first, true, true},
    DateFormat{DateOrder::day_first, true, true},
};

} // namespace

std::string_view to_string(DateOrder order)
{
    switch (order) {
    case DateOrder::month_first: return "month_first";
    case DateOrder::day_first: return "day_first";
    case DateOrder::year_first: break;
    }
    return "year_first";
}

std::optional<DateOrder> date_order_from_string(std::string_view text)
{
    for (DateOrder order : {DateOrder::year_first, DateOrder::month_first, DateOrder::day_first})
        if (to_string(order) == text)
            return order;
    return std::nullopt;
}

std::string date_pattern(DateFormat format)
{
    const bool two = format.two_digit_year;
    const std::string_view year = two ? "YY" : "YYYY";
    const char sep = format.separator ? format.separator : '/';
    switch (format.order) {
    case DateOrder::month_first:
        return format.month_name ? fmt::format("MMM D, {}", year) : fmt::format("MM{}DD{}{}", sep, sep, year);
    case DateOrder::day_first:
        return format.month_name ? fmt::format("DD-MMM-{}", year) : fmt::format("DD{}MM{}{}", sep, sep, year);
    case DateOrder::year_first: break;
    }
    return format.month_name ? "YYYY-MMM-DD" : "YYYY-MM-DD";
}

std::optional<double> parse_date(std::string_view text, DateFormat format)
{
    const auto written = scan_date(text);
    return written ? read_as(*written, format) : std::nullopt;
}

namespace {

struct Detection {
    DateFormat format;
    std::vector<WrittenDate> written; // one per value, scanned once
};

std::optional<Detection> detect(std::span<const std::string_view> values, std::optional<DateFormat> preferred)
{
    // Each value is scanned once; the formats that cannot read it drop out, and the first value that is no date
    // at all (most category levels, on their first character) or that no format reads ends the search.
    if (values.empty())
        return std::nullopt;
    std::vector<WrittenDate> written;
    written.reserve(values.size());
    unsigned readers = (1u << candidate_formats.size()) - 1;
    for (std::string_view v : values) {
        const auto w = scan_date(v);
        if (!w)
            return std::nullopt;
        for (std::size_t i = 0; i < candidate_formats.size(); ++i)
            if (readers >> i & 1 && !read_as(*w, candidate_formats[i]))
                readers &= ~(1u << i);
        if (!readers)
            return std::nullopt;
        written.push_back(*w);
    }
    std::optional<DateFormat> month_first, day_first;
    for (std::size_t i = 0; i < candidate_formats.size(); ++i) {
        if (!(readers >> i & 1))
            continue;
        const DateFormat f = candidate_formats[i];
        if (f.order == DateOrder::year_first)
            return Detection{f, std::move(written)};
        (f.order == DateOrder::month_first ? month_first : day_first) = f;
    }
    // Both orders read every value only in the same written form (numbers, no day above 12).
    DateFormat format = month_first ? *month_first : *day_first;
    if (month_first && day_first) {
        if (preferred && preferred->order != DateOrder::year_first)
            format = preferred->order == DateOrder::month_first ? *month_first : *day_first;
        else
            format = written.front().separator == '/' ? *month_first : *day_first;
    }
    if (format.order != DateOrder::year_first && !format.month_name)
        format.separator = written.front().separator;
    return Detection{format, std::move(written)};
}

} // namespace

std::optional<DateFormat> detect_date_format(std::span<const std::string_view> values,
                                             std::optional<DateFormat> preferred)
{
    const auto found = detect(values, preferred);
    return found ? std::optional(found->format) : std::nullopt;
}

std::optional<DatesRead> read_dates(std::span<const std::string_view> values, std::optional<DateFormat> preferred)
{
    const auto found = detect(values, preferred);
    if (!found)
        return std::nullopt;
    DatesRead out{found->format, std::vector<double>(values.size())};
    for (std::size_t i = 0; i < values.size(); ++i)
        out.days[i] = *read_as(found->written[i], found->format);
    return out;
}

std::string format_date(double days)
{
    if (!std::isfinite(days))
        return {};
    constexpr long long per_day = 86400;
    const auto seconds = static_cast<long long>(std::llround(days * double(per_day))); // 23:59:45 stays that day
    const long long day = seconds >= 0 ? seconds / per_day : -((-seconds + per_day - 1) / per_day);
    const long long second = seconds - day * per_day;
    const Civil c = civil_from_days(long(day));
    if (second == 0)
        return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    if (second % 60 == 0)
        return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", c.year, c.month, c.day, second / 3600, second / 60 % 60);
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", c.year, c.month, c.day, second / 3600, second / 60 % 60,
                       second % 60);
}

bool has_time_of_day(std::span<const double> days)
{
    return std::any_of(days.begin(), days.end(), [](double d) { return std::isfinite(d) && d != std::floor(d); });
}

float days_as_float(double days)
{
    const float nearest = float(days);
    if (!std::isfinite(days) || std::floor(double(nearest)) == std::floor(days))
        return nearest;
    return std::nextafter(float(std::floor(days) + 1), -std::numeric_limits<float>::infinity());
}

CalendarParts calendar_parts(double days)
{
    constexpr double limit = 4e6; // about the years -9000 to 12900: beyond, no date column holds the value
    if (!(std::abs(days) < limit)) {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        return {nan, nan, nan};
    }
    const long whole = long(std::floor(days));
    const Civil c = civil_from_days(whole);
    const long weekday = ((whole + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday
    return {float(c.month), float(c.day), float(weekday)};
}

} // namespace tern::data
