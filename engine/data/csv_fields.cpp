#include "engine/data/csv_fields.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/formatted_number.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace tern::data {

MissingTokens::MissingTokens(const std::vector<std::string>& tokens) : m_tokens(tokens)
{
    for (const std::string& t : m_tokens)
        m_max_length = std::max(m_max_length, t.size());
}

std::string_view trim_field(std::string_view s, char delimiter)
{
    auto blank = [delimiter](char c) { return c == ' ' || (c == '\t' && delimiter != '\t'); };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

namespace {

std::optional<double> parse_plain(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (end != s.data() + s.size())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range)
        return std::strtod(std::string(s).c_str(), nullptr); // rare: let strtod choose between 0 and inf
    if (ec != std::errc())
        return std::nullopt;
    return v;
}

} // namespace

std::optional<double> parse_number(std::string_view s, char delimiter)
{
    s = trim_field(s, delimiter);
    if (auto v = parse_plain(s))
        return v;
    if (delimiter != ',' && std::count(s.begin(), s.end(), ',') == 1 && s.find('.') == std::string_view::npos) {
        std::string dotted(s);
        std::replace(dotted.begin(), dotted.end(), ',', '.');
        if (auto v = parse_plain(dotted))
            return v;
    }
    return parse_formatted_number(s, delimiter);
}

std::optional<double> parse_decimal_comma(std::string_view s)
{
    if (s.find(',') == std::string_view::npos || parse_number(s, ','))
        return std::nullopt;
    return parse_number(s, ';');
}

DotUse dot_use(std::string_view s)
{
    const auto dot = s.find('.');
    if (dot == std::string_view::npos || s.find('.', dot + 1) != std::string_view::npos ||
        s.find(',') != std::string_view::npos)
        return DotUse::none;
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t before = 0;
    while (before < dot && is_digit(s[dot - 1 - before]))
        ++before;
    std::size_t after = 0;
    while (dot + 1 + after < s.size() && is_digit(s[dot + 1 + after]))
        ++after;
    const bool group = before >= 1 && before <= 3 && s[dot - before] != '0' && after == 3;
    return group ? DotUse::one_group : DotUse::decimal;
}

std::vector<Record> split_records(std::string_view text, char delimiter, std::size_t max_records, bool complete,
                                  const std::string& file, char quote)
{
    std::vector<Record> records;
    std::size_t i = 0;
    std::size_t line = 1;
    const std::size_t n = text.size();
    while (i < n && records.size() < max_records) {
        if (text[i] == '\n' || text[i] == '\r') { // blank line
            if (text[i] == '\n')
                ++line;
            ++i;
            continue;
        }
        Record rec;
        rec.line = line;
        rec.offset = i;
        std::string field;
        bool quoted = false;
        bool done = false;
        while (!done) {
            if (i < n && text[i] == quote) {
                std::size_t open_line = line;
                field.clear();
                quoted = true;
                ++i;
                for (;;) {
                    if (i >= n) {
                        if (!complete)
                            return records;
                        throw DataError(file, open_line,
                                        Message(TERN_TEXT("EngineText",
                                                          "unterminated quote (the quote opened here never closes)")));
                    }
                    char c = text[i];
                    if (c == quote) {
                        if (i + 1 < n && text[i + 1] == quote) {
                            field += quote;
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    field += c;
                    ++i;
                }
            }
            // Unquoted part (or text after a closing quote, kept leniently).
            std::size_t start = i;
            while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                ++i;
            if (quoted)
                field.append(trim_field(text.substr(start, i - start), delimiter));
            else
                field = std::string(trim_field(text.substr(start, i - start), delimiter));
            rec.fields.push_back(std::move(field));
            field.clear();
            quoted = false;
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            if (i >= n && !complete)
                return records; // the sample ends mid-record
            done = true;
        }
        if (i < n && text[i] == '\r')
            ++i;
        if (i < n && text[i] == '\n') {
            ++i;
            ++line;
        }
        rec.end = i;
        if (rec.fields.size() == 1 && rec.fields[0].empty() && text[rec.offset] != quote)
            continue; // a line of spaces
        records.push_back(std::move(rec));
    }
    return records;
}

} // namespace tern::data
