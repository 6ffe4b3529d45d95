// What a dataset holds, at a glance: per-column type, missing count and share, distinct values, min/max/mean/std
// for numeric columns and the most frequent levels for the others; for image folders the class counts, image
// sizes and unreadable files. Used by `tern-cli inspect` and by the GUI's Data page (no Qt here).
#pragma once

#include "engine/data/readers.h"
#include "engine/data/table.h"

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tern::data {

struct LevelCount {
    std::string level;
    std::size_t count = 0;
};

struct ColumnSummary {
    std::string name;
    ColumnType type = ColumnType::numeric;
    bool date = false;                         // numeric days since 1970-01-01 (calendar.h)
    DateFormat date_format;                    // how the file wrote the dates
    ColumnRole role = ColumnRole::feature;
    std::size_t rows = 0;
    std::size_t missing = 0;
    double missing_pct = 0;
    std::size_t unique = 0;                    // distinct non-missing values
    std::optional<double> min, max, mean, std; // numeric columns with at least one value
    std::vector<LevelCount> top_levels;        // categorical and text: most frequent first
    UnreadCells not_numbers;                   // numeric: stray words read as missing (counted in `missing`)
    bool decimal_commas = false;               // numeric: read with decimal commas (Column::decimal_commas)
};

ColumnSummary summarize_column(const Column& column, std::size_t top_n = 5);

// A mean or standard deviation large enough to show whole (from a million up to 15 digits): to a few significant
// digits, a mean order number reads as 4e+09. Min and max are shown exactly, as the file wrote them.
bool shown_whole(double v);
std::vector<ColumnSummary> summarize_table(const Table& table, std::size_t top_n = 5);

struct ImageFolderSummary {
    std::vector<std::pair<std::string, std::size_t>> classes; // readable images per class, in class order
    std::size_t images = 0;
    int min_width = 0, max_width = 0, min_height = 0, max_height = 0;
    std::map<std::pair<int, int>, std::size_t> sizes; // (width, height) -> count
    std::map<int, std::size_t> channels;              // channel count -> count
    std::vector<UnreadableFile> unreadable;
    std::vector<Message> ignored; // ImageFolder::ignored
};

ImageFolderSummary summarize_images(const ImageFolder& folder);

// The JSON of `tern-cli inspect` (CONTRACT.md) plus extra fields.
nlohmann::json to_json(const ColumnSummary& summary);
nlohmann::json table_summary_json(const std::string& path, const Table& table, std::size_t top_n = 5);
nlohmann::json image_summary_json(const std::string& path, const ImageFolderSummary& summary);

} // namespace tern::data
