// Reading data files into a Table (CSV, TSV, ARFF) and describing image folders (one sub-folder per class).
// Errors are tern::DataError ("file:line: what"); a stop request throws tern::Cancelled.
#pragma once

#include "engine/core/message.h"
#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tern::data {

struct ReadOptions {
    char delimiter = 0;                 // 0 = detect among , ; \t |
    std::optional<bool> has_header;     // empty = detect
    // pandas' default missing-value strings, Excel's error values (a formula that failed has no value) and "?".
    std::vector<std::string> missing_tokens{"",        "NA",      "N/A",     "n/a",     "#N/A",    "#N/A N/A", "#NA",
                                            "<NA>",    "NaN",     "nan",     "-NaN",    "-nan",    "null",     "NULL",
                                            "None",    "1.#IND",  "-1.#IND", "1.#QNAN", "-1.#QNAN", "#DIV/0!", "#VALUE!",
                                            "#REF!",   "#NAME?",  "#NUM!",   "#NULL!",  "?"};
    int threads = 0;                    // CSV parsing threads; 0 = up to 2 (the machine's cores permitting)
    std::uint64_t memory_limit = 0;     // bytes a file may need; 0 = the memory available now
    // Per column, how its dates were written before (a fitted pipeline's file): decides for a file whose dates
    // read both ways, e.g. one week of 01/03/2024-07/03/2024 or 01/03/24-07/03/24.
    std::map<std::string, DateFormat, std::less<>> date_formats;
    std::optional<DateFormat> date_format_of(std::string_view column) const
    {
        const auto it = date_formats.find(column);
        return it == date_formats.end() ? std::nullopt : std::optional<DateFormat>(it->second);
    }
    // Columns read as words (categorical or text) even where every cell of this file is a number: in a test or
    // prediction file the few rows of a column that held words when fitted may all be numbers (Cylinders 3, 4,
    // rotary in training; only 4 and 6 among the test rows).
    std::set<std::string, std::less<>> string_columns;
    // Numeric columns whose "1.200" means 1200 because the fitted file grouped thousands with dots: a prediction
    // file may show no decimal comma that would tell (all its values whole). Ignored in comma-delimited files, and
    // for a column of this file that writes a decimal dot ("1.5").
    std::set<std::string, std::less<>> thousands_dot_columns;
    // Numeric columns of a comma-delimited file whose quoted "1,234" means 1.234 because the fitted file wrote
    // decimal commas there ("6,23"): a prediction file may show none that would tell.
    std::set<std::string, std::less<>> decimal_comma_columns;
    // Columns a fitted model reads as numbers, its date columns included: a cell of them that is not one ("n/a?",
    // "12 kg", "soon" among dates written as date_formats says) reads as missing, counted in Column::unread_cells,
    // instead of turning the column into words, which the model cannot read. A column with more such cells than
    // numbers (or dates), beyond two stray ones, is read as words all the same: that is not the column it was.
    // Delimited text only.
    std::set<std::string, std::less<>> lenient_number_columns;
    // A column of numbers with a few stray words (at most two, or one cell in 200 of its numbers, and one in 20 of
    // its numbers at most: "-", "oops", "1 234") reads as numbers, those cells missing, counted in
    // Column::unread_cells: one word used to make a column of measurements categorical, a feature no model could
    // use. Off in files that must read as another did (read_options_like: a test file's strays are refused, as
    // before) and for a run read before it existed (search::run_read_options). Delimited text only.
    bool stray_words_as_missing = true;
    // Columns read strictly all the same: a classification target, where a word among numbers is a class.
    std::set<std::string, std::less<>> strict_columns;
};

// Picks the reader from the content and extension (.arff -> ARFF, else delimited text).
Table read_table(const std::string& path, const ReadOptions& options = {}, const JobControl& control = {});

// Options to read another file of the same data as `table` (a test file): its date columns' formats, its
// categorical and text columns kept as words.
ReadOptions read_options_like(const Table& table);

struct ImageEntry {
    std::string path;
    std::string class_name;
    int width = 0;
    int height = 0;
    int channels = 0;
};

struct UnreadableFile {
    std::string path;
    Message reason;
};

struct ImageFolder {
    std::string root;
    std::vector<std::string> classes;           // sorted sub-folder names
    std::vector<ImageEntry> images;             // readable images, class by class
    std::vector<UnreadableFile> unreadable;     // reported per file; they do not stop the load
    std::vector<Message> ignored;               // what else the folder holds that is not read, in words
};

ImageFolder read_image_folder(const std::string& path, const JobControl& control = {});

bool is_image_folder(const std::string& path);

}  // namespace tern::data
