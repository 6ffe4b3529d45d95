#include "engine/data/formatted_number.h"

#include <array>
#include <charconv>
#include <string>

namespace tern::data {

namespace {

bool all_digits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool take_sign(std::string_view& s, bool& negative)
{
    if (s.empty() || (s.front() != '-' && s.front() != '+'))
        return false;
    negative = s.front() == '-';
    s.remove_prefix(1);
    return true;
}

// The integer part without its group commas: 1-3 digits, then groups of ",ddd"; empty when malformed.
std::string ungrouped(std::string_view whole)
{
    const auto first = whole.find(',');
    if (first == 0 || first > 3 || !all_digits(whole.substr(0, first)))
        return {};
    std::string out(whole.substr(0, first));
    for (std::size_t i = first; i < whole.size(); i += 4) {
        if (whole[i] != ',' || i + 4 > whole.size() || !all_digits(whole.substr(i + 1, 3)))
            return {};
        out += whole.substr(i + 1, 3);
    }
    return out;
}

} // namespace

std::optional<double> parse_formatted_number(std::string_view s, char delimiter)
{
    bool negative = false;
    const bool signed_first = take_sign(s, negative);
    bool currency = false;
    constexpr std::array<std::string_view, 4> signs{"$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5"}; // $ € £ ¥
    for (std::string_view sign : signs)
        if (s.starts_with(sign)) {
            s.remove_prefix(sign.size());
            currency = true;
            break;
        }
    if (currency && !signed_first)
        take_sign(s, negative);
    const bool percent = !currency && s.ends_with('%');
    if (percent)
        s.remove_suffix(1);
    const bool grouped = delimiter == ',' && s.find(',') != std::string_view::npos;
    if (!currency && !percent && !grouped)
        return std::nullopt;

    const auto dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    const std::string digits = grouped ? ungrouped(whole) : std::string(whole);
    if (!all_digits(digits) || !all_digits(fraction) || (digits.empty() && fraction.empty()) ||
        (grouped && digits.empty()))
        return std::nullopt;
    const std::string plain = (digits.empty() ? "0" : digits) + "." + std::string(fraction);
    double v = 0;
    const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), v);
    if (ec != std::errc() || end != plain.data() + plain.size())
        return std::nullopt;
    return negative ? -v : v;
}

} // namespace tern::data
