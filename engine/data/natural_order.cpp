#include "engine/data/natural_order.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <optional>
#include <string>

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

// A name rewritten so that comparing bytes compares naturally: each digit run becomes '0' (where its first digit
// would sort among other characters), its length without leading zeros in two bytes, then those digits. A shorter
// number is smaller, numbers of one length compare digit by digit.
std::string sort_key(std::string_view s)
{
    std::string key;
    key.reserve(s.size() + 4);
    for (std::size_t i = 0; i < s.size();) {
        if (!is_digit(s[i])) {
            key.push_back(s[i++]);
            continue;
        }
        while (i < s.size() && s[i] == '0' && i + 1 < s.size() && is_digit(s[i + 1]))
            ++i;
        std::size_t end = i;
        while (end < s.size() && is_digit(s[end]))
            ++end;
        const std::size_t length = std::min<std::size_t>(end - i, 0xFFFF);
        key.push_back('0');
        key.push_back(char(length >> 8));
        key.push_back(char(length & 0xFF));
        key.append(s.substr(i, end - i));
        i = end;
    }
    return key;
}

struct Key {
    std::optional<double> number; // numbers first, by value
    std::string runs;             // then words, by sort_key
};

Key key_of(std::string_view s) { return {as_number(s), sort_key(s)}; }

bool less(const Key& x, std::string_view a, const Key& y, std::string_view b)
{
    if (x.number.has_value() != y.number.has_value())
        return x.number.has_value();
    if (x.number && *x.number != *y.number)
        return *x.number < *y.number;
    if (const int c = x.runs.compare(y.runs); c != 0)
        return c < 0;
    return a < b; // same value or same runs ("1.0" and "1", "007" and "7"): bytewise, so only equal bytes tie
}

} // namespace

bool natural_less(std::string_view a, std::string_view b)
{
    return less(key_of(a), a, key_of(b), b);
}

std::vector<std::size_t> natural_order(std::span<const std::string_view> names)
{
    std::vector<Key> keys;
    keys.reserve(names.size());
    for (std::string_view name : names)
        keys.push_back(key_of(name));
    std::vector<std::size_t> order(names.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return less(keys[a], names[a], keys[b], names[b]); });
    return order;
}

} // namespace tern::data
