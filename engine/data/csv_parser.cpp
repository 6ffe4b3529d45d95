#include "engine/data/csv_parser.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <limits>

namespace tern::data {

namespace {
constexpr double nan_value = std::numeric_limits<double>::quiet_NaN();
}

CsvChunkParser::CsvChunkParser(std::string_view text, char delimiter, std::vector<bool> numeric,
                               const MissingTokens& missing, std::vector<bool> dot_groups, std::vector<bool> lenient,
                               std::vector<bool> decimal_commas)
    : m_text(text), m_delimiter(delimiter), m_numeric(std::move(numeric)), m_dot_groups(std::move(dot_groups)),
      m_lenient(std::move(lenient)), m_decimal_commas(std::move(decimal_commas)), m_missing(missing)
{
    m_dot_groups.resize(m_numeric.size(), false);
    m_lenient.resize(m_numeric.size(), false);
    m_decimal_commas.resize(m_numeric.size(), false);
}

double CsvChunkParser::note_number(std::string_view text, double value, std::size_t col, ChunkResult& out) const
{
    if (text.find(',') != std::string_view::npos)
        out.decimal_comma = true; // a comma in a number of such a file is a decimal comma (parse_number)
    // A column that has shown a decimal dot keeps its dots whatever else it holds: nothing left to count there,
    // and the usual column of decimals parses at full speed.
    if (out.dot_decimal[col] > 0 && !m_dot_groups[col])
        return numeric_cell(value);
    switch (dot_use(text)) {
    case DotUse::one_group:
        ++out.one_group[col];
        if (m_dot_groups[col]) {
            std::string digits(text);
            digits.erase(digits.find('.'), 1);
            if (const auto grouped = parse_number(digits, m_delimiter))
                return numeric_cell(*grouped);
        }
        break;
    case DotUse::decimal: ++out.dot_decimal[col]; break;
    case DotUse::none: break;
    }
    return numeric_cell(value);
}

bool CsvChunkParser::read_field(const char* p, Field& field, ChunkResult& out) const
{
    const char* eof = m_text.data() + m_text.size();
    const char d = m_delimiter;
    if (p < eof && *p == '"') {
        const char* s = p + 1;
        const char* q = s;
        bool escaped = false;
        for (;;) {
            q = static_cast<const char*>(std::memchr(q, '"', std::size_t(eof - q)));
            if (!q) {
                out.failed = true;
                out.fail_offset = std::size_t(p - m_text.data());
                out.fail_what =
                    Message(TERN_TEXT("EngineText", "unterminated quote (the quote opened here never closes)"));
                return false;
            }
            if (q + 1 < eof && q[1] == '"') {
                escaped = true;
                q += 2;
                continue;
            }
            break;
        }
        const char* after = q + 1;
        const char* t = after; // text after the closing quote is kept, as most readers do
        while (t < eof && *t != d && *t != '\n' && *t != '\r')
            ++t;
        field.text = std::string_view(s, std::size_t(q - s));
        // Spaces between the closing quote and the delimiter are padding, not content.
        std::string_view tail = trim_field(std::string_view(after, std::size_t(t - after)), d);
        if (escaped || !tail.empty()) {
            std::string& u = out.arena.emplace_back();
            u.reserve(field.text.size() + std::size_t(t - after));
            for (std::size_t i = 0; i < field.text.size(); ++i) {
                u += field.text[i];
                if (field.text[i] == '"')
                    ++i; // the second quote of a doubled pair
            }
            u.append(tail);
            field.text = u;
        }
        field.end = t;
        field.quoted = true;
        return true;
    }
    const char* t = p;
    while (t < eof && *t != d && *t != '\n' && *t != '\r')
        ++t;
    field.text = trim_field(std::string_view(p, std::size_t(t - p)), d);
    field.end = t;
    field.quoted = false;
    return true;
}

// inf, -inf and numbers beyond a float (1e39) read as missing (numeric_cell) like a stray word, and are counted
// with the stray words: the notes that name those (a run's, predict's) name these too, instead of imputing them
// silently.
void CsvChunkParser::note_beyond_float(std::string_view text, double v, std::size_t col, ChunkResult& out) const
{
    if (!std::isfinite(static_cast<float>(v)))
        out.unread[col].add_beyond_float(out.rows, text);
}

const char* CsvChunkParser::parse_number_cell(const char* p, std::size_t col, ChunkResult& out) const
{
    const char* eof = m_text.data() + m_text.size();
    const char d = m_delimiter;
    std::vector<double>& values = out.numbers[col];
    if (p < eof && *p != '"') {
        double v;
        auto [q, ec] = std::from_chars(p, eof, v);
        if (ec == std::errc() && (q == eof || *q == d || *q == '\n' || *q == '\r')) {
            const std::string_view text(p, std::size_t(q - p));
            out.long_codes[col] += inexact_whole_number(text, v);
            const bool plain = d == ',' || (out.dot_decimal[col] > 0 && !m_dot_groups[col]); // see note_number
            values.push_back(plain ? numeric_cell(v) : note_number(text, v, col, out));
            note_beyond_float(text, v, col, out);
            return q;
        }
    }
    Field f;
    if (!read_field(p, f, out))
        return nullptr;
    // A comma file's quoted "6,23" is a number only in a column read with decimal commas; elsewhere it is counted,
    // and the reader decides for the column (read_delimited).
    const bool comma_decimal = d == ',' && m_decimal_commas[col];
    if (m_missing.matches(f.text)) {
        values.push_back(nan_value);
    } else if (auto v = comma_decimal ? parse_number(f.text, ';') : parse_number(f.text, d)) {
        // "1,234,567" or "1,234.50": commas that group thousands, which no decimal comma explains.
        if (d == ',' && !comma_decimal && f.text.find(',') != std::string_view::npos && !parse_number(f.text, ';'))
            ++out.comma_groups[col];
        out.long_codes[col] += inexact_whole_number(f.text, *v);
        values.push_back(d == ',' ? numeric_cell(*v) : note_number(f.text, *v, col, out));
        note_beyond_float(f.text, *v, col, out);
    } else {
        // Counted, and a word all the same unless the reader then reads the column with decimal commas.
        if (d == ',' && !comma_decimal && f.text.find(',') != std::string_view::npos && parse_number(f.text, ';'))
            ++out.comma_decimals[col];
        if (m_lenient[col])
            out.unread[col].add(out.rows, f.text); // the row in this chunk; the reader adds the chunks before
        else
            out.demoted[col] = 1; // the reader parses this column again as strings
        values.push_back(nan_value);
    }
    return f.end;
}

const char* CsvChunkParser::parse_string_cell(const char* p, std::size_t col, ChunkResult& out) const
{
    Field f;
    if (!read_field(p, f, out))
        return nullptr;
    out.codes[col].push_back(m_missing.matches(f.text) ? -1 : out.dictionaries[col].code_of(f.text));
    return f.end;
}

ChunkResult CsvChunkParser::parse(std::size_t begin, std::size_t end, double bytes_per_record,
                                  const std::function<bool(std::size_t)>& tick) const
{
    const std::size_t cols = m_numeric.size();
    ChunkResult out;
    out.numbers.resize(cols);
    out.codes.resize(cols);
    out.dictionaries.resize(cols);
    out.demoted.assign(cols, 0);
    out.unread.assign(cols, {});
    out.long_codes.assign(cols, 0);
    out.one_group.assign(cols, 0);
    out.dot_decimal.assign(cols, 0);
    out.comma_decimals.assign(cols, 0);
    out.comma_groups.assign(cols, 0);
    std::size_t expected = bytes_per_record > 0 ? std::size_t(double(end - begin) / bytes_per_record * 1.05) + 16 : 0;
    for (std::size_t j = 0; j < cols; ++j)
        m_numeric[j] ? out.numbers[j].reserve(expected) : out.codes[j].reserve(expected);

    const char* base = m_text.data();
    const char* eof = base + m_text.size();
    const char* p = base + begin;
    const char* chunk_end = base + end;
    const char* last_tick = p;
    const char d = m_delimiter;
    while (p < chunk_end) {
        if (*p == '\n' || *p == '\r') { // blank line
            ++p;
            continue;
        }
        const char* record = p;
        std::size_t col = 0;
        bool extra_empty = true;
        for (;;) {
            if (col < cols) {
                p = m_numeric[col] ? parse_number_cell(p, col, out) : parse_string_cell(p, col, out);
            } else {
                Field extra;
                p = read_field(p, extra, out) ? extra.end : nullptr;
                extra_empty = extra_empty && p && extra.text.empty() && !extra.quoted;
            }
            if (!p)
                return out; // failure filled in
            ++col;
            if (p < eof && *p == d) {
                ++p;
                continue;
            }
            break;
        }
        if (col == cols + 1 && extra_empty) {
            ++out.rows; // a trailing delimiter ("1,2,") that the header does not have: nothing is lost
        } else if (col != cols) {
            // A line of spaces is a blank line too, unless the table has one column.
            if (col == 1 && cols > 1 && trim_field(std::string_view(record, std::size_t(p - record)), d).empty()) {
                m_numeric[0] ? out.numbers[0].pop_back() : out.codes[0].pop_back();
            } else {
                out.failed = true;
                out.fail_offset = std::size_t(record - base);
                out.fail_what = Message(TERN_TEXT("EngineText", "expected %1 fields, found %2"), cols, col);
                return out;
            }
        } else {
            ++out.rows;
        }
        if (p < eof && *p == '\r')
            ++p;
        if (p < eof && *p == '\n')
            ++p;
        if ((out.rows & 0xFFFF) == 0 && out.rows > 0 && tick) {
            if (!tick(std::size_t(p - last_tick))) {
                out.cancelled = true;
                out.stop = std::size_t(p - base);
                return out;
            }
            last_tick = p;
        }
    }
    if (tick)
        tick(std::size_t(p - last_tick));
    out.stop = std::size_t(p - base);
    return out;
}

} // namespace tern::data
