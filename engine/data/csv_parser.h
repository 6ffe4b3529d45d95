// The fast path of CSV reading: parses one byte range of an in-memory file (a chunk that starts at a record
// boundary) straight into per-column numbers or dictionary codes. Numeric cells are parsed with std::from_chars
// in place, without copying a field; string cells become string_views into the file (or into a small arena when
// a quoted field needs unescaping). Chunks are independent so that two threads can parse a file at once.
#pragma once

#include "engine/core/message.h"
#include "engine/data/csv_fields.h"
#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tern::data {

// Distinct strings of one column in one chunk, numbered in order of appearance.
struct StringDictionary {
    std::unordered_map<std::string_view, std::int32_t> index;
    std::vector<std::string_view> levels;

    std::int32_t code_of(std::string_view s)
    {
        auto [it, fresh] = index.try_emplace(s, std::int32_t(levels.size()));
        if (fresh)
            levels.push_back(s);
        return it->second;
    }
};

struct ChunkResult {
    std::size_t rows = 0;
    std::vector<std::vector<double>> numbers;     // per column; used for numeric columns
    std::vector<std::vector<std::int32_t>> codes; // per column; used for string columns (-1 = missing)
    std::vector<StringDictionary> dictionaries;   // per column; used for string columns
    std::deque<std::string> arena;                // unescaped quoted fields the dictionaries point into
    std::vector<std::uint8_t> demoted;            // numeric columns that met a value that is not a number
    std::vector<UnreadCells> unread;              // numeric columns: words read as missing, and inf / 1e39
    std::vector<std::size_t> long_codes;          // numeric columns: whole numbers too long for a double
    // Files that are not comma-delimited: whether a number had a decimal comma, and per column how many numbers
    // used a dot as DotUse::one_group or DotUse::decimal (the reader decides what "1.200" means from them).
    bool decimal_comma = false;
    std::vector<std::size_t> one_group, dot_decimal;
    // Comma-delimited files: per numeric column, quoted cells that are numbers only with a decimal comma ("6,23"),
    // and those whose commas can only group thousands ("1,234,567", "1,234.50").
    std::vector<std::size_t> comma_decimals, comma_groups;
    std::size_t stop = 0;                         // byte offset where parsing ended
    bool cancelled = false;
    bool failed = false;
    std::size_t fail_offset = 0; // where the problem starts (record or opening quote)
    Message fail_what;
};

class CsvChunkParser {
  public:
    // `numeric[j]` chooses how column j is parsed; `dot_groups[j]` (empty: none) reads its "1.200" as 1200;
    // `lenient[j]` (empty: none) reads a cell of a numeric column that is not a number as missing instead of
    // demoting the column; `decimal_commas[j]` (empty: none) reads the numbers of column j of a comma-delimited
    // file with a decimal comma (quoted "1,234" is 1.234, not 1234). `text` must outlive the results (they point
    // into it).
    CsvChunkParser(std::string_view text, char delimiter, std::vector<bool> numeric, const MissingTokens& missing,
                   std::vector<bool> dot_groups = {}, std::vector<bool> lenient = {},
                   std::vector<bool> decimal_commas = {});

    // Parses the records that start in [begin, end). `tick(bytes)` is called every 65,536 records with the
    // bytes consumed since the last call; returning false stops the parse (result.cancelled).
    ChunkResult parse(std::size_t begin, std::size_t end, double bytes_per_record,
                      const std::function<bool(std::size_t)>& tick) const;

  private:
    struct Field {
        std::string_view text;
        const char* end;
        bool quoted;
    };
    // Reads the field at p; returns false (and fills the failure) on an unterminated quote.
    bool read_field(const char* p, Field& field, ChunkResult& out) const;
    const char* parse_number_cell(const char* p, std::size_t col, ChunkResult& out) const;
    void note_beyond_float(std::string_view text, double v, std::size_t col, ChunkResult& out) const;
    const char* parse_string_cell(const char* p, std::size_t col, ChunkResult& out) const;
    // A number of a file that is not comma-delimited: counts its use of dots and commas, applies dot_groups.
    double note_number(std::string_view text, double value, std::size_t col, ChunkResult& out) const;

    std::string_view m_text;
    char m_delimiter;
    std::vector<bool> m_numeric;
    std::vector<bool> m_dot_groups;
    std::vector<bool> m_lenient;
    std::vector<bool> m_decimal_commas;
    const MissingTokens& m_missing;
};

} // namespace tern::data
