// Reading data files into a Table (CSV, TSV, ARFF) and describing image folders (one sub-folder per class).
// Errors are tern::DataError ("file:line: what"); a stop request throws tern::Cancelled.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tern::data {

struct ReadOptions {
    char delimiter = 0;                 // 0 = detect among , ; \t |
    std::optional<bool> has_header;     // empty = detect
    std::vector<std::string> missing_tokens{"", "NA", "N/A", "NaN", "nan", "null", "NULL", "?"};
    int threads = 0;                    // CSV parsing threads; 0 = up to 2 (the machine's cores permitting)
    std::uint64_t memory_limit = 0;     // bytes a file may need; 0 = the memory available now
};

// Picks the reader from the content and extension (.arff -> ARFF, else delimited text).
Table read_table(const std::string& path, const ReadOptions& options = {}, const JobControl& control = {});

struct ImageEntry {
    std::string path;
    std::string class_name;
    int width = 0;
    int height = 0;
    int channels = 0;
};

struct UnreadableFile {
    std::string path;
    std::string reason;
};

struct ImageFolder {
    std::string root;
    std::vector<std::string> classes;           // sorted sub-folder names
    std::vector<ImageEntry> images;             // readable images, class by class
    std::vector<UnreadableFile> unreadable;     // reported per file; they do not stop the load
};

ImageFolder read_image_folder(const std::string& path, const JobControl& control = {});

bool is_image_folder(const std::string& path);

}  // namespace tern::data
