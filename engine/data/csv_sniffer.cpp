#include "engine/data/csv_sniffer.h"

#include "engine/core/error.h"
#include "engine/core/message.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace tern::data {

namespace {

// The start of `text`, cut after a line end so that the sample holds whole lines.
std::string_view sample_of(std::string_view text, std::size_t max_bytes, bool& whole)
{
    whole = text.size() <= max_bytes;
    if (whole)
        return text;
    std::string_view s = text.substr(0, max_bytes);
    std::size_t nl = s.rfind('\n');
    return nl == std::string_view::npos ? s : s.substr(0, nl + 1);
}

// A comma file's quoted "6,23" counts as a number: the reader settles how the column writes its decimals.
bool looks_numeric(const std::string& field, char delimiter)
{
    return parse_number(field, delimiter).has_value() || (delimiter == ',' && parse_decimal_comma(field));
}

} // namespace

char detect_delimiter(std::string_view sample, bool prefer_tab)
{
    const char candidates[] = {',', '\t', ';', '|'};
    char best = prefer_tab ? '\t' : ',';
    double best_fraction = -1;
    std::size_t best_mode = 1;
    for (char d : candidates) {
        std::vector<Record> records;
        try {
            records = split_records(sample, d, 200, false, "");
        } catch (const DataError&) {
            continue;
        }
        if (records.empty())
            continue;
        std::map<std::size_t, std::size_t> counts;
        for (const Record& r : records)
            ++counts[r.fields.size()];
        auto mode =
            std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        double fraction = double(mode->second) / double(records.size());
        if (prefer_tab && d == '\t' && mode->second == records.size())
            return '\t'; // a .tsv whose tabs agree on every line: commas inside its values do not matter
        bool better = fraction > best_fraction + 1e-9 || (fraction > best_fraction - 1e-9 && mode->first > best_mode) ||
                      (fraction > best_fraction - 1e-9 && mode->first == best_mode && prefer_tab && d == '\t');
        if (better) {
            best = d;
            best_fraction = fraction;
            best_mode = mode->first;
        }
    }
    return best;
}

CsvLayout sniff_csv(std::string_view text, const std::string& file, const ReadOptions& options,
                    const MissingTokens& missing, bool prefer_tab)
{
    CsvLayout layout;
    // Excel writes "sep=;" as the first line of CSV files meant for another locale.
    std::size_t skip = 0;
    if (text.starts_with("sep=") && text.size() >= 5) {
        std::size_t eol = text.find('\n');
        std::string_view first = trim_field(text.substr(0, eol), ',');
        if (!first.empty() && first.back() == '\r')
            first.remove_suffix(1);
        if (first.size() == 5) {
            layout.delimiter = first[4];
            skip = eol == std::string_view::npos ? text.size() : eol + 1;
        }
    }
    const std::string_view body = text.substr(skip);
    if (body.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        throw DataError(file, Message(TERN_TEXT("EngineText", "no data: the file holds only blank lines")));
    bool whole = false;
    std::string_view small = sample_of(body, 64 << 10, whole);
    if (options.delimiter)
        layout.delimiter = options.delimiter;
    else if (skip == 0)
        layout.delimiter = detect_delimiter(small, prefer_tab);
    const char d = layout.delimiter;

    std::string_view sample = sample_of(body, 512 << 10, whole);
    std::vector<Record> records = split_records(sample, d, 1001, whole, file);
    if (records.empty())
        throw DataError(file, 1,
                        Message(TERN_TEXT("EngineText", "the first record is longer than 512 KiB: not a table?")));
    const Record& first = records.front();
    const std::size_t cols = first.fields.size();

    // Per column: do the data values (records after the first) look numeric, and does the first record's?
    std::size_t header_votes = 0, data_votes = 0, repeated = 0;
    layout.numeric_guess.assign(cols, true);
    std::vector<std::size_t> seen(cols, 0), words(cols, 0);
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != cols)
            continue;
        for (std::size_t j = 0; j < cols; ++j) {
            const std::string& f = records[r].fields[j];
            if (missing.matches(trim_field(f, d)))
                continue;
            ++seen[j];
            if (!looks_numeric(f, d)) {
                layout.numeric_guess[j] = false;
                ++words[j];
            }
        }
    }
    layout.numbers_but_strays.assign(cols, false);
    for (std::size_t j = 0; j < cols; ++j)
        layout.numbers_but_strays[j] = words[j] > 0 && seen[j] >= 20 * words[j]; // the whole file decides
    for (std::size_t j = 0; j < cols; ++j) {
        // Numbers with a stray word count as numbers: a header repeated further down (two exports joined) is such
        // a word in every numeric column, and once made the first header a row of data.
        bool data_numeric = (layout.numeric_guess[j] || layout.numbers_but_strays[j]) && seen[j] > 0;
        const std::string& h = first.fields[j];
        if (data_numeric && !missing.matches(h))
            (looks_numeric(h, d) ? data_votes : header_votes) += 1;
        for (std::size_t r = 1; r < records.size() && r < 200; ++r)
            if (records[r].fields.size() == cols && records[r].fields[j] == h && !h.empty()) {
                ++repeated;
                break;
            }
    }
    if (options.has_header)
        layout.has_header = *options.has_header;
    else if (header_votes > 0)
        layout.has_header = true;
    else if (data_votes > 0)
        layout.has_header = false;
    else // only text columns: a header's names rarely reappear as values in every column
        layout.has_header = !(records.size() > 1 && repeated == cols);

    if (layout.has_header) {
        layout.data_offset = skip + first.end;
        std::unordered_map<std::string, std::size_t> index;
        std::unordered_set<std::string> written; // the header's own names, which a blank's made-up name must avoid
        for (std::size_t j = 0; j < cols; ++j)
            written.emplace(trim_field(first.fields[j], d));
        for (std::size_t j = 0; j < cols; ++j) {
            std::string name(trim_field(first.fields[j], d));
            if (name.empty()) {
                name = fmt::format("column_{}", j + 1);
                while (written.count(name))
                    name += "_blank";
            }
            auto [it, fresh] = index.emplace(name, j);
            if (!fresh)
                throw DataError(file, first.line + (skip ? 1 : 0),
                                Message(TERN_TEXT("EngineText", "duplicate column name '%1' (columns %2 and %3)"), name,
                                        it->second + 1, j + 1));
            layout.names.push_back(std::move(name));
        }
    } else {
        layout.data_offset = skip + first.offset;
        for (std::size_t j = 0; j < cols; ++j)
            if (!missing.matches(trim_field(first.fields[j], d)) && !looks_numeric(first.fields[j], d))
                layout.numeric_guess[j] = false;
        for (std::size_t j = 0; j < cols; ++j)
            layout.names.push_back(fmt::format("column_{}", j + 1));
    }
    std::size_t data_records = records.size() - (layout.has_header ? 1 : 0);
    if (data_records > 0)
        layout.bytes_per_record = double(skip + records.back().end - layout.data_offset) / double(data_records);
    return layout;
}

} // namespace tern::data
