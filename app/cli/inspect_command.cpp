// tern-cli inspect PATH [--json] [--db DB]: describes a table file or an image folder (engine/data/summary.h) and
// registers the dataset in the run store. A store that cannot be written is a warning, not a failure.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/calendar.h"
#include "engine/data/readers.h"
#include "engine/data/summary.h"
#include "engine/data/unreadable_cell.h"
#include "engine/store/store.h"

#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <memory>

namespace tern::cli {

namespace {

namespace fs = std::filesystem;

struct InspectOptions {
    std::string path;
    std::string db;
    bool json = false;
    std::size_t top = 3;
};

void register_dataset(const InspectOptions& o, const std::string& kind, std::int64_t rows, std::int64_t cols,
                      nlohmann::json schema)
{
    try {
        store::DatasetRecord record;
        std::error_code ec;
        fs::path absolute = fs::absolute(o.path, ec);
        record.path = ec ? o.path : absolute.lexically_normal().string();
        record.kind = kind;
        record.content_hash =
            kind == "images" ? store::content_hash_of_image_folder(o.path) : store::content_hash_of_file(o.path);
        record.rows = rows;
        record.cols = cols;
        record.schema = std::move(schema);
        store::Store::open(resolve_database_path(o.db)).register_dataset(record);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warning: dataset not registered in the store: %s\n", e.what());
    }
}

std::string numeric_text(const data::ColumnSummary& s)
{
    if (!s.min)
        return "";
    if (s.date)
        return fmt::format("from {} to {}{}", data::format_date(*s.min), data::format_date(*s.max),
                           s.date_format == data::DateFormat{}
                               ? ""
                               : fmt::format("  (written {})", data::date_pattern(s.date_format)));
    const auto statistic = [](double v) {
        return data::shown_whole(v) ? fmt::format("{:.0f}", v) : fmt::format("{:.6g}", v);
    };
    return fmt::format("min {}  max {}  mean {}  std {}", *s.min, *s.max, statistic(*s.mean), statistic(*s.std));
}

// A name or level as one cell of the text table: a quoted field's line break or tab written as \n or \t (raw, it
// broke the table's lines), and a long one cut to `max_bytes`, never inside a UTF-8 character.
std::string one_line(std::string_view text, std::size_t max_bytes)
{
    std::string out;
    for (char c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
        else
            out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
    if (out.size() <= max_bytes)
        return out;
    std::size_t cut = max_bytes - 3;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) // a UTF-8 continuation byte
        --cut;
    return out.substr(0, cut) + "...";
}

std::string levels_text(const data::ColumnSummary& s)
{
    std::string out;
    for (const data::LevelCount& l : s.top_levels)
        out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", one_line(l.level, 24), l.count);
    return out;
}

void print_table(const InspectOptions& o, const data::Table& table, std::size_t duplicates)
{
    auto summaries = data::summarize_table(table, o.top);
    std::size_t missing = table.missing_cells(), cells = table.rows() * table.cols();
    fmt::print("{}: table, {} rows x {} columns, {} missing cells ({:.1f}%){}\n\n", o.path, table.rows(), table.cols(),
               missing, cells ? 100.0 * double(missing) / double(cells) : 0.0,
               duplicates ? fmt::format(", {} duplicate row{} (equal to an earlier row in every column)", duplicates,
                                        duplicates == 1 ? "" : "s")
                          : "");
    std::size_t width = 6;
    for (const auto& s : summaries)
        width = std::max(width, std::min<std::size_t>(one_line(s.name, 200).size(), 40));
    fmt::print("{:<{}}  {:<11}  {:>13}  {:>8}  {}\n", "column", width, "type", "missing", "unique", "summary");
    for (const auto& s : summaries) {
        std::string missing_text = fmt::format("{} ({:.1f}%)", s.missing, s.missing_pct);
        std::string detail = s.type == data::ColumnType::numeric ? numeric_text(s) : levels_text(s);
        fmt::print("{:<{}}  {:<11}  {:>13}  {:>8}  {}\n", one_line(s.name, 200), width,
                   s.date ? "date" : data::to_string(s.type), missing_text, s.unique, detail);
    }
    // A column of numbers with a stray word or two reads as numbers: the words are missing cells, named here.
    bool first = true;
    for (const data::Column& c : table.columns())
        for (const Message& line : {data::decimal_comma_note(c), data::unread_note(c)}) {
            if (line.empty())
                continue;
            fmt::print("{}note: {}\n", first ? "\n" : "", line.text());
            first = false;
        }
}

void print_images(const InspectOptions& o, const data::ImageFolderSummary& s)
{
    fmt::print("{}: image folder, {} images in {} classes", o.path, s.images, s.classes.size());
    if (s.images > 0 && s.sizes.size() == 1)
        fmt::print(", all {}x{} pixels", s.min_width, s.min_height);
    else if (s.images > 0)
        fmt::print(", {} sizes from {}x{} to {}x{} pixels", s.sizes.size(), s.min_width, s.min_height, s.max_width,
                   s.max_height);
    fmt::print("\n\n");
    std::size_t width = 5;
    for (const auto& [name, n] : s.classes)
        width = std::max(width, name.size());
    fmt::print("{:<{}}  {:>8}\n", "class", width, "images");
    for (const auto& [name, n] : s.classes)
        fmt::print("{:<{}}  {:>8}\n", name, width, n);
    if (!s.unreadable.empty()) {
        fmt::print("\n{} unreadable files (skipped):\n", s.unreadable.size());
        for (const auto& u : s.unreadable)
            fmt::print("  {}: {}\n", u.path, u.reason.text());
    }
    if (!s.ignored.empty()) {
        fmt::print("\nnot read:\n");
        for (const auto& note : s.ignored)
            fmt::print("  {}\n", note.text());
    }
}

void run_inspect(const InspectOptions& o)
{
    std::error_code ec;
    if (fs::is_directory(o.path, ec)) {
        if (!data::is_image_folder(o.path))
            throw DataError(
                o.path, Message(TERN_TEXT("EngineText", "a folder, but not an image folder (expected one sub-folder "
                                                        "per class holding png, jpg, bmp, tif or webp images)")));
        data::ImageFolderSummary summary = data::summarize_images(data::read_image_folder(o.path));
        nlohmann::json j = data::image_summary_json(o.path, summary);
        o.json ? print_json(j) : print_images(o, summary);
        std::fflush(stdout);
        register_dataset(o, "images", std::int64_t(summary.images), 0, {{"classes", j["classes"]}});
        return;
    }
    data::Table table = data::read_table(o.path);
    nlohmann::json j = data::table_summary_json(o.path, table, o.top);
    // The duplicates the JSON counted: hashing every row once is enough.
    o.json ? print_json(j) : print_table(o, table, j["duplicate_rows"].get<std::size_t>());
    std::fflush(stdout);
    nlohmann::json columns = nlohmann::json::array();
    for (const auto& c : j["columns"])
        columns.push_back(
            {{"name", c["name"]}, {"type", c["type"]}, {"missing", c["missing"]}, {"unique", c["unique"]}});
    register_dataset(o, "table", std::int64_t(table.rows()), std::int64_t(table.cols()), {{"columns", columns}});
}

} // namespace

void add_inspect_command(CLI::App& app)
{
    auto options = std::make_shared<InspectOptions>();
    auto* inspect = app.add_subcommand("inspect", "Describe a table (CSV, TSV, ARFF) or an image folder");
    inspect->add_option("path", options->path, "table file, or a folder with one sub-folder per class")->required();
    inspect->add_flag("--json", options->json, "print JSON");
    inspect->add_option("--db", options->db, "run store database (default: TERN_DB, else the XDG data folder)")
        ->check(database_option());
    inspect->add_option("--top", options->top, "most frequent levels shown per column")->capture_default_str();
    inspect->callback([options] { run_inspect(*options); });
}

} // namespace tern::cli
