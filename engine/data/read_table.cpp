// data::read_table: picks the reader for a file (ARFF by extension or content, else delimited text) after the
// common checks of text_source.h, and refuses folders with a message that says what a folder must hold.
#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/arff_reader.h"
#include "engine/data/csv_reader.h"
#include "engine/data/readers.h"
#include "engine/data/text_source.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

namespace tern::data {

Table read_table(const std::string& path, const ReadOptions& options, const JobControl& control)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DataError(path, is_image_folder(path)
                                  ? Message(TERN_TEXT("EngineText", "is an image folder, not a table file"))
                                  : Message(TERN_TEXT("EngineText", "is a folder but not an image folder (expected "
                                                                    "one sub-folder per class holding images)")));
    TextBuffer buffer = load_text_file(path, options.memory_limit);
    std::string_view text = buffer.view();
    // Classic Mac line ends: a file with CRs and no LF at all.
    if (!std::memchr(text.data(), '\n', text.size()))
        std::replace(buffer.mutable_data(), buffer.mutable_data() + buffer.size(), '\r', '\n');

    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".arff" || looks_like_arff(text.substr(0, 1 << 16)))
        return read_arff(path, text, options, control);
    return read_delimited(path, text, options, control, ext == ".tsv" || ext == ".tab");
}

ReadOptions read_options_like(const Table& table)
{
    ReadOptions options;
    options.stray_words_as_missing = false; // a scored file stays strict; a model's own columns are made lenient
    for (const Column& c : table.columns())
        if (c.is_date())
            options.date_formats.emplace(c.name(), c.date_format());
        else if (c.thousands_dots())
            options.thousands_dot_columns.insert(c.name());
        else if (c.decimal_commas())
            options.decimal_comma_columns.insert(c.name());
        else if (c.type() != ColumnType::numeric)
            options.string_columns.insert(c.name());
    return options;
}

} // namespace tern::data
