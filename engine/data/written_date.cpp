#include "engine/data/written_date.h"

#include "engine/data/date_names.h"

namespace tern::data {

namespace {

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// A run of `min_width` to `max_width` digits at `at`, which moves past it.
std::optional<unsigned> number(std::string_view s, std::size_t& at, std::size_t min_width, std::size_t max_width)
{
    std::size_t end = at;
    unsigned v = 0;
    while (end < s.size() && end - at < max_width && is_digit(s[end]))
        v = v * 10 + unsigned(s[end++] - '0');
    if (end - at < min_width || (end < s.size() && is_digit(s[end])))
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
            for (double scale = 0.1; at < s.size() && is_digit(s[at]); ++at, scale /= 10)
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

// What may stand between a month name and a number: "-", "/", " ", ".", ". " (1. März), ", " (Mar 1, 2024) or
// Spanish " de " (1 de marzo de 2024).
bool name_separator(std::string_view s, std::size_t& at)
{
    const std::size_t start = at;
    if (!skip(s, at, '.'))
        skip(s, at, ',');
    if (skip(s, at, ' ')) {
        const std::string_view de = s.substr(at, 3);
        if (de.size() == 3 && (de[0] | 0x20) == 'd' && (de[1] | 0x20) == 'e' && de[2] == ' ')
            at += 3;
    } else if (!skip(s, at, '-')) {
        skip(s, at, '/');
    }
    return at > start;
}

// A month name at `at` (moving past it), or 0.
unsigned month_name(std::string_view s, std::size_t& at)
{
    const std::size_t length = word_length(s.substr(at));
    const unsigned month = month_of_name(s.substr(at, length));
    if (month)
        at += length;
    return month;
}

void set(WrittenDate& w, int i, unsigned value, std::size_t width)
{
    w.part[i] = value;
    w.width[i] = std::uint8_t(width);
}

// A number of 1-4 digits as part `i`, or false.
bool number_part(std::string_view s, std::size_t& at, WrittenDate& w, int i)
{
    const std::size_t start = at;
    const auto v = number(s, at, 1, 4);
    if (!v)
        return false;
    set(w, i, *v, at - start);
    return true;
}

// After a leading number: 2024-03-01, 3/1/24, 2024-03 (numbers) or 1 Mar 2024, 2024-Mar-01 (a month name second).
bool scan_number_first(std::string_view s, std::size_t& at, WrittenDate& w)
{
    if (!number_part(s, at, w, 0) || at + 1 >= s.size())
        return false;
    const char sep = s[at];
    if ((sep == '-' || sep == '/' || sep == '.') && is_digit(s[at + 1])) {
        w.separator = sep;
        ++at;
        const std::size_t start = at;
        const auto second = number(s, at, 1, 2);
        if (!second)
            return false;
        set(w, 1, *second, at - start);
        if (at == s.size()) { // a month: "2024-03"; other NNNN-NN values are codes
            w.shape = WrittenDate::Shape::year_month;
            return sep != '.' && w.width[0] == 4 && w.part[0] >= 1800 && w.part[0] <= 2199;
        }
        return skip(s, at, sep) && number_part(s, at, w, 2);
    }
    if (w.width[0] == 3 || !name_separator(s, at))
        return false;
    w.shape = w.width[0] == 4 ? WrittenDate::Shape::year_name_day : WrittenDate::Shape::day_name_year;
    const unsigned month = month_name(s, at);
    if (!month || !name_separator(s, at))
        return false;
    set(w, 1, month, 0);
    return number_part(s, at, w, 2);
}

// After a leading month name: Mar 1, 2024 or Mar 2024.
bool scan_name_first(std::string_view s, std::size_t& at, WrittenDate& w)
{
    const unsigned month = month_name(s, at);
    if (!month || !name_separator(s, at) || !number_part(s, at, w, 1))
        return false;
    set(w, 0, month, 0);
    if (w.width[1] == 4) {
        w.shape = WrittenDate::Shape::name_year;
        return at == s.size(); // a month has no time
    }
    w.shape = WrittenDate::Shape::name_day_year;
    if (w.width[1] > 2)
        return false;
    // "Mar 1, 2024", "Mar 1,2024", "Mar 1 2024", "Mar-01-2024", "Mar/1/2024"; "Mar 1" has no year.
    const std::size_t day_end = at;
    skip(s, at, ',');
    if (!skip(s, at, ' ') && at == day_end && !skip(s, at, '-') && !skip(s, at, '/'))
        return false;
    return number_part(s, at, w, 2);
}

std::optional<WrittenDate> scan_without_weekday(std::string_view s)
{
    WrittenDate w;
    std::size_t at = 0;
    const bool read = is_digit(s[0]) ? scan_number_first(s, at, w) : scan_name_first(s, at, w);
    if (!read)
        return std::nullopt;
    if (at == s.size()) // a month (2024-03, Mar 2024) always ends here: it has no time
        return w;
    const char joint = s[at];
    if (joint != ' ' && !(joint == 'T' && w.shape == WrittenDate::Shape::numbers))
        return std::nullopt;
    const auto time = parse_time(s.substr(at + 1));
    if (!time)
        return std::nullopt;
    w.has_time = true;
    w.iso_time = joint == 'T';
    w.time = *time;
    return w;
}

bool starts_a_date(char c)
{
    return is_digit(c) || word_length(std::string_view(&c, 1)) == 1;
}

} // namespace

std::optional<WrittenDate> scan_date(std::string_view s)
{
    if (s.empty() || !starts_a_date(s[0]))
        return std::nullopt;
    if (auto w = scan_without_weekday(s))
        return w;
    // "Fri, Mar 1, 2024", "Friday 1 March 2024", "Fr., 01.03.2024". Spanish "mar" is Tuesday and March: a date
    // read without a weekday comes first.
    const std::size_t length = word_length(s);
    if (length == 0 || !is_weekday_name(s.substr(0, length)))
        return std::nullopt;
    std::size_t at = length;
    skip(s, at, '.');
    skip(s, at, ',');
    if (!skip(s, at, ' ') || at >= s.size() || !starts_a_date(s[at]))
        return std::nullopt;
    return scan_without_weekday(s.substr(at));
}

} // namespace tern::data
