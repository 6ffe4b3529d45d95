#include "engine/data/calendar.h"

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

// Reads exactly `width` digits at `at`.
std::optional<unsigned> digits(std::string_view s, std::size_t at, std::size_t width)
{
    if (at + width > s.size())
        return std::nullopt;
    unsigned v = 0;
    for (std::size_t i = at; i < at + width; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return std::nullopt;
        v = v * 10 + unsigned(s[i] - '0');
    }
    return v;
}

// "HH:MM", "HH:MM:SS" or "HH:MM:SS.fff", then an optional "Z": the fraction of the day.
std::optional<double> parse_time(std::string_view s)
{
    if (!s.empty() && s.back() == 'Z')
        s.remove_suffix(1);
    const auto h = digits(s, 0, 2), m = digits(s, 3, 2);
    if (!h || !m || s.size() < 5 || s[2] != ':' || *h > 23 || *m > 59)
        return std::nullopt;
    double seconds = 0;
    if (s.size() > 5) {
        const auto sec = digits(s, 6, 2);
        if (s[5] != ':' || !sec || *sec > 59)
            return std::nullopt;
        seconds = *sec;
        if (s.size() > 8) {
            if (s[8] != '.' || s.size() == 9)
                return std::nullopt;
            double scale = 0.1;
            for (std::size_t i = 9; i < s.size(); ++i, scale /= 10) {
                if (s[i] < '0' || s[i] > '9')
                    return std::nullopt;
                seconds += scale * (s[i] - '0');
            }
        }
    }
    return (*h * 3600.0 + *m * 60.0 + seconds) / 86400.0;
}

} // namespace

std::optional<double> parse_date(std::string_view s)
{
    // YYYY-MM-DD or YYYY/MM/DD, the same separator twice.
    const auto y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (!y || !m || !d || s[4] != s[7] || (s[4] != '-' && s[4] != '/'))
        return std::nullopt;
    if (*m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
        return std::nullopt;
    double days = double(days_from_civil(long(*y), *m, *d));
    if (s.size() == 10)
        return days;
    if (s[10] != 'T' && s[10] != ' ')
        return std::nullopt;
    const auto time = parse_time(s.substr(11));
    if (!time)
        return std::nullopt;
    return days + *time;
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
