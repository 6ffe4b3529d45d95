// Looks at the start of a delimited text file and decides how to read it: the delimiter (, ; tab |), whether the
// first record is a header, the column names, and a first guess of which columns are numeric (the fast parser
// corrects the guess when a later value disagrees).
#pragma once

#include "engine/data/csv_fields.h"
#include "engine/data/readers.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tern::data {

struct CsvLayout {
    char delimiter = ',';
    bool has_header = true;
    std::vector<std::string> names;
    std::size_t data_offset = 0;     // byte offset of the first data record
    std::vector<bool> numeric_guess; // per column
    // Per column: numbers in the sample but for a few words, at most one in 20 (ReadOptions::stray_words_as_missing;
    // the whole file decides).
    std::vector<bool> numbers_but_strays;
    double bytes_per_record = 0;     // from the sample, to size buffers
};

// Counts, for each candidate delimiter, the fields per record of a sample and keeps the most consistent one.
char detect_delimiter(std::string_view sample, bool prefer_tab);

CsvLayout sniff_csv(std::string_view text, const std::string& file, const ReadOptions& options,
                    const MissingTokens& missing, bool prefer_tab);

} // namespace tern::data
