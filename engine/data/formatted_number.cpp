#include "engine/data/formatted_number.h"

#include <algorithm>
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

// The integer part without its group separators: 1-3 digits, then groups of "<separator>ddd"; empty when malformed.
std::string ungrouped(std::string_view whole, char separator)
{
    const auto first = whole.find(separator);
    if (first == 0 || first > 3 || !all_digits(whole.substr(0, first)))
        return {};
    std::string out(whole.substr(0, first));
    for (std::size_t i = first; i < whole.size(); i += 4) {
        if (whole[i] != separator || i + 4 > whole.size() || !all_digits(whole.substr(i + 1, 3)))
            return {};
        out += whole.substr(i + 1, 3);
    }
    return out;
}

constexpr std::array<std::string_view, 4> currency_signs{"$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5"}; // $ € £ ¥

// Removes a currency sign written before the number ("$12") or, as much of Europe writes it, after ("12,50 €").
bool take_currency(std::string_view& s)
{
    for (std::string_view sign : currency_signs) {
        if (s.starts_with(sign)) {
            s.remove_prefix(sign.size());
            return true;
        }
        if (s.size() > sign.size() && s.ends_with(sign)) {
            s.remove_suffix(sign.size());
            if (s.ends_with(' '))
                s.remove_suffix(1);
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<double> parse_formatted_number(std::string_view s, char delimiter)
{
    // An accountant's negative: "($3.00)", "(1.234,50 €)". Only around a currency amount, where a parenthesis has
    // no other meaning ("(3)" may be a footnote or a label).
    if (s.size() > 2 && s.front() == '(' && s.back() == ')') {
        std::string_view inner = s.substr(1, s.size() - 2);
        std::string_view probe = inner;
        bool inner_negative = false;
        take_sign(probe, inner_negative);
        if (inner_negative || !take_currency(probe))
            return std::nullopt;
        const auto v = parse_formatted_number(inner, delimiter);
        return v ? std::optional<double>(-*v) : std::nullopt;
    }
    bool negative = false;
    const bool signed_first = take_sign(s, negative);
    const bool currency = take_currency(s);
    if (currency && !signed_first)
        take_sign(s, negative);
    const bool percent = !currency && s.ends_with('%');
    if (percent) {
        s.remove_suffix(1);
        if (s.ends_with(' ')) // "12,5 %"
            s.remove_suffix(1);
    }
    // A comma-delimited file groups with commas; any other (a European spreadsheet's semicolon file) may group
    // with dots before a decimal comma ("1.234,56"), or dots alone when there are two groups or more ("1.234.567";
    // a single "1.234" stays parse_number's 1.234).
    const bool comma_file = delimiter == ',';
    // A price or rate written the European way ("12,50 €", "1.234,00 €", "12,5 %"), quoted in a comma-delimited
    // file: a single comma before one or two digits groups nothing, so it is the decimal mark, and dots before it
    // group thousands.
    const auto comma = s.find(',');
    const bool european = comma_file && (currency || percent) && comma != std::string_view::npos &&
                          s.find(',', comma + 1) == std::string_view::npos &&
                          (s.rfind('.') == std::string_view::npos || s.rfind('.') < comma) &&
                          s.size() - comma - 1 >= 1 && s.size() - comma - 1 <= 2;
    const char group = comma_file && !european ? ',' : '.';
    const char point = comma_file && !european ? '.' : ',';
    const bool decimal_comma = (!comma_file || european) && comma != std::string_view::npos;
    const bool grouped = comma_file && !european ? comma != std::string_view::npos
                                                 : (decimal_comma ? s.find('.') != std::string_view::npos
                                                                  : std::count(s.begin(), s.end(), '.') >= 2);
    if (!currency && !percent && !grouped)
        return std::nullopt;

    // Without groups a non-comma file's number may still use either decimal mark ("€3.50", "3,50 €").
    const char mark = grouped || decimal_comma ? point : '.';
    const auto at = s.find(mark);
    const std::string_view whole = s.substr(0, at);
    const std::string_view fraction = at == std::string_view::npos ? std::string_view{} : s.substr(at + 1);
    const std::string digits = grouped ? ungrouped(whole, group) : std::string(whole);
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
