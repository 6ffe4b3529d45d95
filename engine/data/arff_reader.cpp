#include "engine/data/arff_reader.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/csv_fields.h"
#include "engine/data/csv_parser.h"
#include "engine/data/string_column.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <fmt/format.h>
#include <limits>
#include <unordered_map>

namespace tern::data {

namespace {

enum class ArffType { numeric, nominal, string, date };

struct Attribute {
    std::string name;
    ArffType type = ArffType::numeric;
    std::vector<std::string> levels; // nominal
    std::unordered_map<std::string, std::int32_t> level_index;
    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    StringDictionary dictionary; // string and date values
    std::vector<std::size_t> first_line; // date: the line where each dictionary value first appears
};

struct Value {
    std::string text;
    bool quoted = false;
};

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// Splits `s` at `sep` outside '...' or "..." (backslash escapes inside quotes). Returns the quote character left
// open by the last value in `out`, or 0 when every quote closes.
char split_values(std::string_view s, char sep, std::vector<Value>& out, bool space_separates = false)
{
    out.clear();
    std::size_t i = 0;
    const std::size_t n = s.size();
    for (;;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        Value v;
        if (i < n && (s[i] == '\'' || s[i] == '"')) {
            char q = s[i++];
            v.quoted = true;
            for (;;) {
                if (i >= n) {
                    out.push_back(std::move(v));
                    return q;
                }
                char c = s[i++];
                if (c == q)
                    break;
                if (c == '\\' && i < n) {
                    char e = s[i++];
                    v.text += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                    continue;
                }
                v.text += c;
            }
            while (i < n && s[i] != sep && !(space_separates && (s[i] == ' ' || s[i] == '\t')))
                ++i;
        } else {
            std::size_t start = i;
            while (i < n && s[i] != sep && !(space_separates && (s[i] == ' ' || s[i] == '\t')))
                ++i;
            v.text = std::string(trim(s.substr(start, i - start)));
        }
        out.push_back(std::move(v));
        while (space_separates && i < n && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        if (i < n && s[i] == sep) {
            ++i;
            continue;
        }
        if (space_separates && i < n)
            continue;
        return 0;
    }
}

DataError unterminated_quote(const std::string& file, std::size_t line, std::size_t field, char quote)
{
    return DataError(file, line,
                     Message(TERN_TEXT("EngineText", "unterminated quote: field %1 opens with %2 and never closes it"),
                             field, std::string(1, quote)));
}

// "@attribute name type": the name may be quoted; the type is a word or a {nominal, list}.
Attribute parse_attribute(const std::string& file, std::size_t line, std::string_view rest)
{
    rest = trim(rest);
    Attribute a;
    std::size_t i = 0;
    if (!rest.empty() && (rest[0] == '\'' || rest[0] == '"')) {
        char q = rest[0];
        std::size_t close = rest.find(q, 1);
        if (close == std::string_view::npos)
            throw DataError(file, line, Message(TERN_TEXT("EngineText", "unterminated quote in the attribute name")));
        a.name = std::string(rest.substr(1, close - 1));
        i = close + 1;
    } else {
        while (i < rest.size() && !std::isspace(static_cast<unsigned char>(rest[i])) && rest[i] != '{')
            ++i;
        a.name = std::string(rest.substr(0, i));
    }
    std::string_view type = trim(rest.substr(i));
    if (a.name.empty() || type.empty())
        throw DataError(file, line, Message(TERN_TEXT("EngineText", "an @attribute needs a name and a type")));
    if (type.front() == '{') {
        std::size_t close = type.rfind('}');
        if (close == std::string_view::npos)
            throw DataError(
                file, line,
                Message(TERN_TEXT("EngineText", "attribute '%1': nominal values miss the closing '}'"), a.name));
        std::vector<Value> values;
        if (split_values(type.substr(1, close - 1), ',', values))
            throw DataError(file, line, Message(TERN_TEXT("EngineText", "attribute '%1': unterminated quote"), a.name));
        a.type = ArffType::nominal;
        for (Value& v : values) {
            if (v.text.empty() && !v.quoted)
                continue;
            if (a.level_index.emplace(v.text, std::int32_t(a.levels.size())).second)
                a.levels.push_back(std::move(v.text));
        }
        return a;
    }
    std::string word = lower(type.substr(0, type.find_first_of(" \t")));
    if (word == "numeric" || word == "real" || word == "integer")
        a.type = ArffType::numeric;
    else if (word == "string")
        a.type = ArffType::string;
    else if (word == "date")
        a.type = ArffType::date;
    else if (word == "relational")
        throw DataError(
            file, line,
            Message(TERN_TEXT("EngineText", "attribute '%1': relational attributes are not supported"), a.name));
    else
        throw DataError(file, line,
                        Message(TERN_TEXT("EngineText", "attribute '%1': unknown type '%2'"), a.name, word));
    return a;
}

class ArffRows {
  public:
    ArffRows(const std::string& file, std::vector<Attribute>& attributes, std::deque<std::string>& arena)
        : m_file(file), m_attributes(attributes), m_arena(arena)
    {
    }

    void add(std::size_t line, std::size_t col, const Value& v)
    {
        Attribute& a = m_attributes[col];
        bool missing = v.text == "?" && !v.quoted;
        switch (a.type) {
        case ArffType::numeric: {
            if (missing) {
                a.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                return;
            }
            auto x = parse_number(v.text);
            if (!x)
                throw DataError(m_file, line,
                                Message(TERN_TEXT("EngineText", "attribute '%1' is numeric but the value is '%2'"),
                                        a.name, v.text));
            a.numbers.push_back(numeric_cell(*x));
            return;
        }
        case ArffType::nominal: {
            if (missing) {
                a.codes.push_back(-1);
                return;
            }
            auto it = a.level_index.find(v.text);
            if (it == a.level_index.end())
                throw DataError(
                    m_file, line,
                    Message(TERN_TEXT("EngineText", "value '%1' is not one of the declared values of attribute '%2'"),
                            v.text, a.name));
            a.codes.push_back(it->second);
            return;
        }
        case ArffType::string:
        case ArffType::date: {
            if (missing) {
                a.codes.push_back(-1);
                return;
            }
            auto it = a.dictionary.index.find(v.text);
            if (it != a.dictionary.index.end()) {
                a.codes.push_back(it->second);
                return;
            }
            a.codes.push_back(a.dictionary.code_of(m_arena.emplace_back(v.text)));
            if (a.type == ArffType::date)
                a.first_line.push_back(line);
            return;
        }
        }
    }

  private:
    const std::string& m_file;
    std::vector<Attribute>& m_attributes;
    std::deque<std::string>& m_arena;
};

} // namespace

bool looks_like_arff(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = text.find('\n', i);
        std::string_view line = trim(text.substr(i, end == std::string_view::npos ? end : end - i));
        if (!line.empty() && line.front() != '%')
            return lower(line.substr(0, 9)) == "@relation";
        if (end == std::string_view::npos)
            break;
        i = end + 1;
    }
    return false;
}

Table read_arff(const std::string& file, std::string_view text, const ReadOptions& options, const JobControl& control)
{
    std::vector<Attribute> attributes;
    std::deque<std::string> arena;
    ArffRows rows(file, attributes, arena);
    bool in_data = false, seen_relation = false;
    std::size_t line_no = 0, row_count = 0;
    std::vector<Value> values;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = text.find('\n', i);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = trim(text.substr(i, end - i));
        i = end + 1;
        ++line_no;
        if (line.empty() || line.front() == '%')
            continue;
        if (!in_data) {
            std::string key = lower(line.substr(0, line.find_first_of(" \t")));
            std::string_view rest = line.substr(std::min(line.size(), key.size()));
            if (key == "@relation")
                seen_relation = true;
            else if (key == "@attribute" || key == "@attrib")
                attributes.push_back(parse_attribute(file, line_no, rest));
            else if (key == "@data")
                in_data = true;
            else if (key == "@end")
                throw DataError(file, line_no,
                                Message(TERN_TEXT("EngineText", "relational ARFF (@end) is not supported")));
            else
                throw DataError(file, line_no,
                                Message(TERN_TEXT("EngineText", "unexpected '%1' in the ARFF header"), key));
            if (!seen_relation)
                throw DataError(file, line_no, Message(TERN_TEXT("EngineText", "an ARFF file starts with @relation")));
            if (in_data && attributes.empty())
                throw DataError(file, line_no, Message(TERN_TEXT("EngineText", "@data before any @attribute")));
            continue;
        }
        const std::size_t cols = attributes.size();
        if (line.front() == '{' && line.back() == '}') { // sparse row: {index value, ...}; omitted values are 0
            // Weka's zero: 0 for a number, the first level for a nominal. A date or string has no zero worth
            // reading (1970-01-01, an empty string): omitted, it is missing, and the column keeps its type.
            std::vector<Value> cells(cols, Value{"0", false});
            for (std::size_t c = 0; c < cols; ++c)
                if (attributes[c].type != ArffType::numeric)
                    cells[c].text = attributes[c].type == ArffType::nominal && !attributes[c].levels.empty()
                                        ? attributes[c].levels.front()
                                        : "?";
            if (const char quote = split_values(line.substr(1, line.size() - 2), ',', values))
                throw unterminated_quote(file, line_no, values.size(), quote);
            for (const Value& pair : values) {
                if (pair.text.empty())
                    continue;
                std::vector<Value> kv;
                split_values(pair.text, '\0', kv, true);
                std::size_t index = 0;
                auto idx = parse_number(kv.empty() ? "" : kv[0].text);
                // A whole index within the row: 1.9 or 2^64 cast to an index put values in other columns.
                if (kv.size() != 2 || !idx || !(*idx >= 0) || !(*idx < double(cols)) || *idx != std::floor(*idx) ||
                    (index = std::size_t(*idx)) >= cols)
                    throw DataError(file, line_no,
                                    Message(TERN_TEXT("EngineText", "bad sparse entry '%1'"), pair.text));
                cells[index] = kv[1];
            }
            for (std::size_t c = 0; c < cols; ++c)
                rows.add(line_no, c, cells[c]);
        } else {
            if (const char quote = split_values(line, ',', values))
                throw unterminated_quote(file, line_no, values.size(), quote);
            if (values.size() == cols + 1 && values.back().text.starts_with('{'))
                values.pop_back(); // an instance weight
            if (values.size() != cols)
                throw DataError(file, line_no,
                                Message(TERN_TEXT("EngineText", "expected %1 fields, found %2"), cols, values.size()));
            for (std::size_t c = 0; c < cols; ++c)
                rows.add(line_no, c, values[c]);
        }
        if ((++row_count & 0xFFFF) == 0) {
            if (control.stop_requested())
                throw Cancelled();
            control.report(double(i) / double(text.size()));
        }
    }
    if (!in_data)
        throw DataError(file, Message(TERN_TEXT("EngineText", "ARFF file without @data")));

    std::vector<Column> columns;
    std::unordered_map<std::string, std::size_t> names;
    for (Attribute& a : attributes) {
        if (!names.emplace(a.name, columns.size()).second)
            throw DataError(file, Message(TERN_TEXT("EngineText", "duplicate attribute name '%1'"), a.name));
        switch (a.type) {
        case ArffType::numeric: columns.push_back(Column::numeric(a.name, std::move(a.numbers))); break;
        case ArffType::nominal: columns.push_back(Column::categorical(a.name, std::move(a.codes), a.levels)); break;
        case ArffType::string:
            columns.push_back(build_string_column(a.name, std::move(a.codes), a.dictionary.levels, {}, false,
                                                  options.date_format_of(a.name)));
            break;
        case ArffType::date:
            // Dates calendar.h reads become days; another @attribute date format stays text. A value that is no date
            // among ones that are is refused, as a word in a numeric attribute is: it used to turn the dates to text.
            if (auto dates = build_date_column(a.name, a.codes, a.dictionary.levels, options.date_format_of(a.name))) {
                columns.push_back(std::move(*dates));
            } else {
                std::optional<std::size_t> not_a_date;
                bool some_dates = false;
                for (std::size_t k = 0; k < a.dictionary.levels.size(); ++k) {
                    const std::string_view level = a.dictionary.levels[k];
                    if (detect_date_format(std::span(&level, 1)))
                        some_dates = true;
                    else if (!not_a_date) // levels are in order of appearance: the earliest line
                        not_a_date = k;
                }
                if (some_dates && not_a_date)
                    throw DataError(file, a.first_line[*not_a_date],
                                    Message(TERN_TEXT("EngineText", "attribute '%1' is a date but the value is '%2'"),
                                            a.name, a.dictionary.levels[*not_a_date]));
                columns.push_back(build_string_column(a.name, std::move(a.codes), a.dictionary.levels, true));
            }
            break;
        }
    }
    control.report(1.0);
    return Table(std::move(columns));
}

} // namespace tern::data
