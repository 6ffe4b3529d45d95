#include "engine/data/csv_reader.h"

#include "engine/core/error.h"
#include "engine/data/csv_parser.h"
#include "engine/data/csv_sniffer.h"
#include "engine/data/string_column.h"
#include "engine/data/text_source.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <thread>

namespace tern::data {

namespace {

constexpr std::size_t min_chunk_bytes = 4u << 20;

// Splits [begin, size) into about `parts` ranges that start at record boundaries. With quotes in the file a
// boundary is a line end after an even number of quotes: right for RFC-4180 files; the reader verifies it.
std::vector<std::size_t> chunk_bounds(std::string_view text, std::size_t begin, std::size_t parts)
{
    const std::size_t n = text.size();
    std::vector<std::size_t> bounds{begin};
    const bool has_quotes = std::memchr(text.data() + begin, '"', n - begin) != nullptr;
    std::size_t quotes = 0, counted_to = begin;
    for (std::size_t k = 1; k < parts; ++k) {
        std::size_t pos = std::max(begin + (n - begin) / parts * k, bounds.back());
        if (has_quotes) {
            quotes += std::size_t(
                std::count(text.begin() + std::ptrdiff_t(counted_to), text.begin() + std::ptrdiff_t(pos), '"'));
            counted_to = pos;
        }
        std::size_t i = pos;
        bool odd = quotes % 2 == 1;
        while (i < n) {
            if (text[i] == '"')
                odd = !odd;
            else if (text[i] == '\n' && !odd)
                break;
            ++i;
        }
        std::size_t b = std::min(i + 1, n);
        if (has_quotes) {
            quotes +=
                std::size_t(std::count(text.begin() + std::ptrdiff_t(pos), text.begin() + std::ptrdiff_t(b), '"'));
            counted_to = b;
        }
        if (b > bounds.back())
            bounds.push_back(b);
    }
    if (bounds.back() != n)
        bounds.push_back(n);
    return bounds;
}

// Parses every chunk, on the calling thread plus (for big files) one worker. Returns the chunk results in file
// order, verified to tile the file; throws DataError for the first problem in the file, Cancelled on stop.
std::vector<ChunkResult> parse_chunks(const std::string& file, std::string_view text, const CsvChunkParser& parser,
                                      const CsvLayout& layout, const ReadOptions& options, const JobControl& control)
{
    const std::size_t bytes = text.size() - layout.data_offset;
    unsigned threads =
        options.threads > 0 ? unsigned(options.threads) : std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
    std::size_t parts = bytes < 2 * min_chunk_bytes ? 1 : std::min<std::size_t>(bytes / min_chunk_bytes, 64);
    std::vector<std::size_t> bounds = parts > 1 ? chunk_bounds(text, layout.data_offset, parts)
                                                : std::vector<std::size_t>{layout.data_offset, text.size()};
    const std::size_t chunks = bounds.size() - 1;
    std::vector<ChunkResult> results(chunks);
    std::atomic<std::size_t> next{0}, done_bytes{0};
    std::atomic<bool> abort{false};
    std::exception_ptr worker_error;

    auto work = [&](bool reporter) {
        auto tick = [&](std::size_t b) {
            std::size_t total = done_bytes += b;
            if (reporter && bytes > 0)
                control.report(std::min(1.0, double(total) / double(bytes)));
            if (control.stop_requested())
                abort = true;
            return !abort.load();
        };
        for (std::size_t k; !abort && (k = next++) < chunks;) {
            results[k] = parser.parse(bounds[k], bounds[k + 1], layout.bytes_per_record, tick);
            if (results[k].failed || results[k].cancelled || results[k].stop != bounds[k + 1])
                abort = true; // later chunks cannot matter any more (or will be re-parsed)
        }
    };
    control.report(0.0);
    std::thread worker;
    if (threads > 1 && chunks > 1)
        worker = std::thread([&] {
            try {
                work(false);
            } catch (...) {
                worker_error = std::current_exception();
                abort = true;
            }
        });
    try {
        work(true);
    } catch (...) {
        abort = true;
        if (worker.joinable())
            worker.join();
        throw;
    }
    if (worker.joinable())
        worker.join();
    if (worker_error)
        std::rethrow_exception(worker_error);
    if (control.stop_requested())
        throw Cancelled();

    for (std::size_t k = 0; k < chunks; ++k) {
        const ChunkResult& r = results[k];
        if (r.failed)
            throw DataError(file, line_of(text, r.fail_offset), r.fail_what);
        if (r.stop != bounds[k + 1]) {
            // A quoted field crossed a guessed boundary: the file's quoting defeats the split, read it in one go.
            results.clear();
            done_bytes = 0;
            ChunkResult whole =
                parser.parse(layout.data_offset, text.size(), layout.bytes_per_record, [&](std::size_t b) {
                    control.report(std::min(1.0, double(done_bytes += b) / double(bytes)));
                    return !control.stop_requested();
                });
            if (whole.cancelled)
                throw Cancelled();
            if (whole.failed)
                throw DataError(file, line_of(text, whole.fail_offset), whole.fail_what);
            results.push_back(std::move(whole));
            break;
        }
    }
    return results;
}

// The unread cells of numeric column j over all chunks, its first one's row counted from the file's first.
UnreadCells unread_cells(const std::vector<ChunkResult>& chunks, std::size_t j)
{
    UnreadCells total;
    std::size_t rows_before = 0;
    for (const ChunkResult& c : chunks) {
        const UnreadCells& here = c.unread[j];
        if (here.count > 0 && total.count == 0) {
            total.first_row = rows_before + here.first_row;
            total.first_text = here.first_text;
        }
        total.count += here.count;
        total.beyond_float += here.beyond_float;
        rows_before += c.rows;
    }
    return total;
}

// Numeric columns that are words after all, to be parsed again as such; true when there is one.
// - A lenient column with more words than numbers (a few stray words aside) is not the numeric column it was: read
//   as words, the file is refused with its first word named, instead of predicted from imputed values.
// - A column read leniently only for stray words is words when they are more than strays (UnreadCells::beyond_strays).
// - A column whose numbers are mostly whole numbers too long for a double holds codes. One such typo in a column of
//   measurements leaves it numeric.
bool demote_word_columns(const std::vector<ChunkResult>& chunks, std::vector<bool>& numeric, std::vector<bool>& lenient,
                         const std::vector<bool>& strays_only)
{
    bool changed = false;
    for (std::size_t j = 0; j < numeric.size(); ++j) {
        if (!numeric[j])
            continue;
        std::size_t numbers = 0, long_codes = 0;
        for (const ChunkResult& c : chunks) {
            long_codes += c.long_codes[j];
            numbers += std::size_t(std::count_if(c.numbers[j].begin(), c.numbers[j].end(),
                                                 [](double v) { return !std::isnan(v); }));
        }
        const UnreadCells unread = unread_cells(chunks, j);
        const bool codes = 2 * long_codes > numbers;
        bool words_after_all = codes;
        if (strays_only[j])
            words_after_all = unread.beyond_strays(numbers) || codes;
        else if (lenient[j])
            words_after_all = unread.outnumber(numbers);
        if (words_after_all) {
            numeric[j] = lenient[j] = false;
            changed = true;
        }
    }
    return changed;
}

Column assemble_numeric(const std::string& name, std::vector<ChunkResult>& chunks, std::size_t j, std::size_t rows)
{
    if (chunks.size() == 1)
        return Column::numeric(name, std::move(chunks[0].numbers[j]));
    std::vector<double> values;
    values.reserve(rows);
    for (ChunkResult& c : chunks) {
        values.insert(values.end(), c.numbers[j].begin(), c.numbers[j].end());
        std::vector<double>().swap(c.numbers[j]); // keep the peak low: free each part once copied
    }
    return Column::numeric(name, std::move(values));
}

Column assemble_strings(const std::string& name, std::vector<ChunkResult>& chunks, std::size_t j, std::size_t rows,
                        std::optional<DateFormat> date_format, bool lenient_dates)
{
    if (chunks.size() == 1) {
        if (lenient_dates && date_format)
            if (auto dates = build_lenient_date_column(name, chunks[0].codes[j], chunks[0].dictionaries[j].levels,
                                                       *date_format))
                return std::move(*dates);
        return build_string_column(name, std::move(chunks[0].codes[j]), chunks[0].dictionaries[j].levels, {}, false,
                                   date_format);
    }
    StringDictionary global;
    std::vector<std::int32_t> codes;
    codes.reserve(rows);
    for (ChunkResult& c : chunks) {
        std::vector<std::int32_t> to_global(c.dictionaries[j].levels.size());
        for (std::size_t i = 0; i < to_global.size(); ++i)
            to_global[i] = global.code_of(c.dictionaries[j].levels[i]);
        for (std::int32_t code : c.codes[j])
            codes.push_back(code < 0 ? -1 : to_global[std::size_t(code)]);
        std::vector<std::int32_t>().swap(c.codes[j]);
    }
    if (lenient_dates && date_format)
        if (auto dates = build_lenient_date_column(name, codes, global.levels, *date_format))
            return std::move(*dates);
    return build_string_column(name, std::move(codes), global.levels, {}, false, date_format);
}

// A file that writes decimal commas groups thousands with dots: in a column of it whose dotted numbers all have the
// form "1.200" (DotUse::one_group), that is 1200, not 1.2. A column with a dot that cannot group ("1.5") keeps its
// dots as decimal points, also where the caller expected groups (ReadOptions::thousands_dot_columns). Returns true
// when a column changed (the file is then read again, once).
bool decides_dot_groups(const std::vector<ChunkResult>& chunks, const std::vector<bool>& numeric,
                        std::vector<bool>& dot_groups)
{
    const bool decimal_comma = std::any_of(chunks.begin(), chunks.end(), [](const ChunkResult& c) { return c.decimal_comma; });
    bool changed = false;
    for (std::size_t j = 0; j < numeric.size(); ++j) {
        if (!numeric[j])
            continue;
        std::size_t grouped = 0, decimal = 0;
        for (const ChunkResult& c : chunks) {
            grouped += c.one_group.empty() ? 0 : c.one_group[j];
            decimal += c.dot_decimal.empty() ? 0 : c.dot_decimal[j];
        }
        const bool groups = decimal == 0 && (dot_groups[j] || (decimal_comma && grouped > 0));
        if (groups != dot_groups[j]) {
            dot_groups[j] = groups;
            changed = true;
        }
    }
    return changed;
}

// A comma-delimited file can still hold numbers written with a decimal comma, quoted ("6,23", a European
// spreadsheet's export re-saved with commas). A numeric column with such a cell, and none whose commas can only group
// thousands ("1,234,567"), is read with decimal commas throughout, its quoted "1,234" then 1.234; before, the column
// became categories without a word. Returns true when a column changed (the file is then read again, once per
// column).
bool decides_decimal_commas(const std::vector<ChunkResult>& chunks, std::vector<bool>& decimal_commas)
{
    bool changed = false;
    for (std::size_t j = 0; j < decimal_commas.size(); ++j) {
        std::size_t decimals = 0, groups = 0;
        for (const ChunkResult& c : chunks) {
            decimals += c.comma_decimals.empty() ? 0 : c.comma_decimals[j];
            groups += c.comma_groups.empty() ? 0 : c.comma_groups[j];
        }
        if (!decimal_commas[j] && decimals > 0 && groups == 0) {
            decimal_commas[j] = true;
            changed = true;
        }
    }
    return changed;
}

} // namespace

Table read_delimited(const std::string& file, std::string_view text, const ReadOptions& options,
                     const JobControl& control, bool prefer_tab)
{
    MissingTokens missing(options.missing_tokens);
    CsvLayout layout = sniff_csv(text, file, options, missing, prefer_tab);
    std::vector<bool> numeric = layout.numeric_guess, lenient(numeric.size(), false);
    std::vector<bool> strays_only(numeric.size(), false); // lenient for a few stray words only
    for (std::size_t j = 0; j < numeric.size(); ++j) {
        if (options.string_columns.count(layout.names[j])) {
            numeric[j] = false;
        } else if (options.lenient_number_columns.count(layout.names[j]) && !options.date_format_of(layout.names[j])) {
            numeric[j] = lenient[j] = true; // a date column is read as strings, then as dates
        } else if (options.stray_words_as_missing && !options.strict_columns.count(layout.names[j]) &&
                   (numeric[j] || layout.numbers_but_strays[j])) {
            numeric[j] = lenient[j] = strays_only[j] = true;
        }
    }
    std::vector<bool> dot_groups(numeric.size(), false);
    if (layout.delimiter != ',')
        for (std::size_t j = 0; j < numeric.size(); ++j)
            dot_groups[j] = numeric[j] && options.thousands_dot_columns.count(layout.names[j]) > 0;
    std::vector<bool> decimal_commas(numeric.size(), false);
    if (layout.delimiter == ',')
        for (std::size_t j = 0; j < numeric.size(); ++j)
            decimal_commas[j] = numeric[j] && options.decimal_comma_columns.count(layout.names[j]) > 0;
    for (;;) {
        CsvChunkParser parser(text, layout.delimiter, numeric, missing, dot_groups, lenient, decimal_commas);
        std::vector<ChunkResult> chunks = parse_chunks(file, text, parser, layout, options, control);
        if (decides_decimal_commas(chunks, decimal_commas))
            continue;
        bool again = false;
        for (const ChunkResult& c : chunks)
            for (std::size_t j = 0; j < numeric.size(); ++j)
                if (c.demoted[j]) {
                    numeric[j] = false; // strings from now on: the second pass cannot demote again
                    again = true;
                }
        if (!again && demote_word_columns(chunks, numeric, lenient, strays_only))
            again = true;
        if (!again && decides_dot_groups(chunks, numeric, dot_groups))
            again = true;
        if (again)
            continue;
        std::size_t rows = 0;
        for (const ChunkResult& c : chunks)
            rows += c.rows;
        std::vector<Column> columns;
        columns.reserve(numeric.size());
        for (std::size_t j = 0; j < numeric.size(); ++j)
            if (numeric[j]) {
                columns.push_back(assemble_numeric(layout.names[j], chunks, j, rows));
                columns.back().set_thousands_dots(dot_groups[j]);
                columns.back().set_decimal_commas(decimal_commas[j]);
                columns.back().set_unread_cells(unread_cells(chunks, j));
            } else {
                columns.push_back(assemble_strings(layout.names[j], chunks, j, rows,
                                                   options.date_format_of(layout.names[j]),
                                                   options.lenient_number_columns.count(layout.names[j]) > 0));
            }
        control.report(1.0);
        return Table(std::move(columns));
    }
}

} // namespace tern::data
