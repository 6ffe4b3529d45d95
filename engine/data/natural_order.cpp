#include "engine/data/natural_order.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace tern::data {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The whole name as a number ("-1.5", "1e3"), if it is one.
std::optional<double> as_number(std::string_view s)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size() || std::isnan(v))
        return std::nullopt; // "nan" is a word here: it would break the order
    return v;
}

// Runs of digits compared by value (leading zeros aside), other runs bytewise.
int compare_runs(std::string_view a, std::string_view b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            while (i < a.size() && a[i] == '0')
                ++i;
            while (j < b.size() && b[j] == '0')
                ++j;
            std::size_t ei = i, ej = j;
            while (ei < a.size() && is_digit(a[ei]))
                ++ei;
            while (ej < b.size() && is_digit(b[ej]))
                ++ej;
            if (ei - i != ej - j)
                return ei - i < ej - j ? -1 : 1;
            if (const int c = a.substr(i, ei - i).compare(b.substr(j, ej - j)); c != 0)
                return c;
            i = ei, j = ej;
        } else {
            if (a[i] != b[j])
                return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
            ++i, ++j;
        }
    }
    return (i < a.size()) - (j < b.size());
}

} // namespace

bool natural_less(std::string_view a, std::string_view b)
{
    const auto x = as_number(a), y = as_number(b);
    if (x && y && *x != *y)
        return *x < *y;
    if (!x || !y) {
        // Numbers before words, so that a numeric column with a few words ("n/a") keeps its numbers in order.
        if (x.has_value() != y.has_value())
            return x.has_value();
        if (const int c = compare_runs(a, b); c != 0)
            return c < 0;
    }
    return a < b; // same value or same runs ("1.0" and "1", "007" and "7"): bytewise, so only equal bytes tie
}

} // namespace tern::data
