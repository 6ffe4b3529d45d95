#include "engine/data/calendar.h"

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

// A run of `min_width` to `max_width` digits at `at`, which moves past it.
std::optional<unsigned> number(std::string_view s, std::size_t& at, std::size_t min_width, std::size_t max_width)
{
    std::size_t end = at;
    unsigned v = 0;
    while (end < s.size() && end - at < max_width && s[end] >= '0' && s[end] <= '9')
        v = v * 10 + unsigned(s[end++] - '0');
    if (end - at < min_width || (end < s.size() && s[end] >= '0' && s[end] <= '9'))
        return std::nullopt;
    at = end;
    return v;
}

bool skip(std::string_view s, std::size_t& at, char c)
{
    if (at >= s.size() || s[at] != c)
        return false;
    ++at;
    return true;
}

// "+01:00", "-0500": an offset from UTC. The time keeps the local clock it was written in: when in their day people
// buy or return is what the hour feature is for.
bool utc_offset(std::string_view s)
{
    if (s.empty() || (s[0] != '+' && s[0] != '-'))
        return false;
    std::size_t at = 1;
    std::optional<unsigned> hours, minutes;
    if (const auto hhmm = number(s, at, 4, 4)) {
        hours = *hhmm / 100;
        minutes = *hhmm % 100;
    } else if ((hours = number(s, at, 2, 2)) && skip(s, at, ':')) {
        minutes = number(s, at, 2, 2);
    }
    return hours && minutes && *hours <= 14 && *minutes <= 59 && at == s.size();
}

// H:MM, HH:MM:SS or HH:MM:SS.fff, then "Z", an offset from UTC or " AM"/" PM" (hours 1-12): the fraction of the
// local day.
std::optional<double> parse_time(std::string_view s)
{
    std::size_t at = 0;
    auto h = number(s, at, 1, 2);
    if (!h || !skip(s, at, ':'))
        return std::nullopt;
    const auto m = number(s, at, 2, 2);
    if (!m || *m > 59)
        return std::nullopt;
    double seconds = 0;
    if (skip(s, at, ':')) {
        const auto sec = number(s, at, 2, 2);
        if (!sec || *sec > 59)
            return std::nullopt;
        seconds = *sec;
        if (skip(s, at, '.')) {
            const std::size_t first = at;
            for (double scale = 0.1; at < s.size() && s[at] >= '0' && s[at] <= '9'; ++at, scale /= 10)
                seconds += scale * (s[at] - '0');
            if (at == first)
                return std::nullopt;
        }
    }
    const std::string_view rest = s.substr(at);
    if (rest == " AM" || rest == " PM" || rest == " am" || rest == " pm") {
        if (*h < 1 || *h > 12)
            return std::nullopt;
        *h = *h % 12 + (rest[1] == 'P' || rest[1] == 'p' ? 12 : 0);
    } else if (!rest.empty() && rest != "Z" && !utc_offset(rest)) {
        return std::nullopt;
    }
    if (*h > 23)
        return std::nullopt;
    return (*h * 3600.0 + *m * 60.0 + seconds) / 86400.0;
}

struct DateFields {
    unsigned first, second, third;
    std::size_t first_width, third_width;
    char separator;
    std::size_t end; // where the date ends (a time may follow)
};

// Three numbers with the same separator ('-', '/' or '.') between them, e.g. 2024-03-01 or 3/1/2024.
std::optional<DateFields> date_fields(std::string_view s)
{
    DateFields f{};
    std::size_t at = 0;
    const auto a = number(s, at, 1, 4);
    f.first_width = at;
    if (!a || at >= s.size() || (s[at] != '-' && s[at] != '/' && s[at] != '.'))
        return std::nullopt;
    f.separator = s[at++];
    const auto b = number(s, at, 1, 2);
    if (!b || !skip(s, at, f.separator))
        return std::nullopt;
    const std::size_t third_at = at;
    const auto c = number(s, at, 1, 4);
    if (!c)
        return std::nullopt;
    f.first = *a;
    f.second = *b;
    f.third = *c;
    f.third_width = at - third_at;
    f.end = at;
    return f;
}

std::optional<double> days_of(long year, unsigned month, unsigned day)
{
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    return double(days_from_civil(year, month, day));
}

// "2024-03" or "2024/3", a month of monthly figures, read as its first day: a month after the training months is
// then later than all of them, not an unseen category. Years 1800-2199 only: other NNNN-NN values are codes.
std::optional<double> parse_month(std::string_view s)
{
    std::size_t at = 0;
    const auto year = number(s, at, 4, 4);
    if (!year || *year < 1800 || *year > 2199 || !(skip(s, at, '-') || skip(s, at, '/')))
        return std::nullopt;
    const auto month = number(s, at, 1, 2);
    if (!month || at != s.size())
        return std::nullopt;
    return days_of(long(*year), *month, 1);
}

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

std::string_view date_pattern(DateOrder order)
{
    switch (order) {
    case DateOrder::month_first: return "MM/DD/YYYY";
    case DateOrder::day_first: return "DD/MM/YYYY";
    case DateOrder::year_first: break;
    }
    return "YYYY-MM-DD";
}

std::optional<double> parse_date(std::string_view s, DateOrder order)
{
    if (order == DateOrder::year_first)
        if (const auto month = parse_month(s))
            return month;
    const auto f = date_fields(s);
    if (!f)
        return std::nullopt;
    std::optional<double> days;
    if (order == DateOrder::year_first) {
        if (f->first_width == 4 && f->third_width <= 2)
            days = days_of(long(f->first), f->second, f->third);
    } else if (f->first_width <= 2 && f->third_width == 4) {
        days = order == DateOrder::month_first ? days_of(long(f->third), f->first, f->second)
                                               : days_of(long(f->third), f->second, f->first);
    }
    if (!days || f->end == s.size())
        return days;
    // ISO's 'T' only after a year-first date; a space after any.
    const char joint = s[f->end];
    if (joint != ' ' && !(joint == 'T' && order == DateOrder::year_first))
        return std::nullopt;
    const auto time = parse_time(s.substr(f->end + 1));
    if (!time)
        return std::nullopt;
    return *days + *time;
}

std::optional<DateOrder> detect_date_order(std::span<const std::string_view> values,
                                           std::optional<DateOrder> preferred)
{
    if (values.empty())
        return std::nullopt;
    auto reads_all = [&](DateOrder order) {
        return std::all_of(values.begin(), values.end(), [&](std::string_view v) { return parse_date(v, order); });
    };
    if (reads_all(DateOrder::year_first))
        return DateOrder::year_first;
    const bool month_first = reads_all(DateOrder::month_first);
    const bool day_first = reads_all(DateOrder::day_first);
    if (month_first && day_first) {
        if (preferred && *preferred != DateOrder::year_first)
            return preferred;
        const auto f = date_fields(values.front());
        return f && f->separator == '/' ? DateOrder::month_first : DateOrder::day_first;
    }
    if (month_first)
        return DateOrder::month_first;
    if (day_first)
        return DateOrder::day_first;
    return std::nullopt;
}

std::string format_date(double days)
{
    if (!std::isfinite(days))
        return {};
    const auto minutes = static_cast<long long>(std::llround(days * 1440.0)); // to the minute, rolling over midnight
    const long long day = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    const long long minute = minutes - day * 1440;
    const Civil c = civil_from_days(long(day));
    if (minute == 0)
        return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", c.year, c.month, c.day, minute / 60, minute % 60);
}

bool has_time_of_day(std::span<const float> days)
{
    return std::any_of(days.begin(), days.end(), [](float d) { return std::isfinite(d) && d != std::floor(d); });
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
