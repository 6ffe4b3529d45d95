// Small building blocks of delimited-text reading shared by the CSV sniffer, the fast CSV parser and the ARFF
// reader: number parsing, missing-value tokens, field trimming and a simple quote-aware record splitter.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tern::data {

// The tokens that mean "missing" (ReadOptions::missing_tokens), matched exactly after trimming.
class MissingTokens {
  public:
    explicit MissingTokens(const std::vector<std::string>& tokens);
    bool matches(std::string_view field) const
    {
        if (field.empty())
            return true;
        if (field.size() > m_max_length)
            return false;
        for (const std::string& t : m_tokens)
            if (field == t)
                return true;
        return false;
    }

  private:
    std::vector<std::string> m_tokens;
    std::size_t m_max_length = 0;
};

// Trims spaces and tabs (when tab is not the delimiter) around an unquoted field.
std::string_view trim_field(std::string_view s, char delimiter = ',');

// A number as written in a table: optional spaces and '+', decimal point, exponent, inf. With a non-comma
// delimiter a single decimal comma is accepted too ("3,5" in a semicolon file); currency and percent signs and
// thousands groups as formatted_number.h reads them. Out-of-range values become inf.
std::optional<double> parse_number(std::string_view s, char delimiter = ',');

// A number written with a decimal comma ("6,23", "1.234,5", "-0,5 €") as a European spreadsheet writes it; in a
// comma-delimited file only a quoted field can hold one. nullopt without a comma, or where a comma-delimited file
// reads the comma as a thousands group ("1,234" is parse_number's 1234 there).
std::optional<double> parse_decimal_comma(std::string_view s);

// How a number written in a file that is not comma-delimited uses a dot, where the dot alone cannot say: "1.200"
// is 1.2 to a spreadsheet that writes decimal points and 1200 to one that writes decimal commas (and groups
// thousands with dots). one_group: exactly that form (1-3 digits, not starting with 0, a dot, 3 digits, no comma);
// decimal: a dot that cannot group ("1.5", "0.125", "12.3456"); none: no dot, or one the number's form settles
// ("1.234,56", "1.234.567").
enum class DotUse { none, one_group, decimal };
DotUse dot_use(std::string_view number);

// A parsed number as a numeric cell holds it: missing (NaN) where it is not a finite float (inf, -inf, or beyond
// +-3.4e38), since models see cells as floats. No model can use such a value; read as a number, one such cell failed
// every candidate of a run, and a model's prediction for its row. As missing, it is imputed like any other gap.
inline double numeric_cell(double v)
{
    return std::isfinite(static_cast<float>(v)) ? v : std::numeric_limits<double>::quiet_NaN();
}

// A whole number written with more digits than a double holds exactly (beyond 2^53, 16 digits and up): in a column
// of them, order or card numbers, codes rather than quantities; as numbers, neighbouring codes would be one value.
inline bool inexact_whole_number(std::string_view text, double v)
{
    constexpr double exact_limit = 9007199254740992.0; // 2^53
    if (!(std::abs(v) >= exact_limit) || std::isinf(v))
        return false;
    std::size_t i = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
    for (; i < text.size(); ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

struct Record {
    std::vector<std::string> fields;
    std::size_t line = 0;   // 1-based line where the record starts
    std::size_t offset = 0; // byte offset of the record start
    std::size_t end = 0;    // byte offset just past the record's line end
};

// Splits up to `max_records` records (blank lines skipped) with RFC-4180 quoting. A record cut off by the end of
// `text` inside a quote is dropped when `text` is a sample (complete = false); with complete = true it throws
// DataError(file, line of the quote, "unterminated quote").
std::vector<Record> split_records(std::string_view text, char delimiter, std::size_t max_records, bool complete,
                                  const std::string& file, char quote = '"');

} // namespace tern::data
