#include "engine/data/summary.h"

#include "engine/data/calendar.h"
#include "engine/data/row_identity.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tern::data {

namespace {

void numeric_stats(const std::vector<double>& values, ColumnSummary& s)
{
    std::vector<double> present;
    present.reserve(values.size());
    double sum = 0;
    for (double v : values)
        if (!std::isnan(v)) {
            present.push_back(v == 0.0 ? 0.0 : v); // -0 and +0 are one value
            sum += v;
        }
    s.missing = values.size() - present.size();
    if (present.empty())
        return;
    double mean = sum / double(present.size());
    double sq = 0;
    for (double v : present)
        sq += (v - mean) * (v - mean);
    std::sort(present.begin(), present.end());
    s.min = present.front();
    s.max = present.back();
    // One value throughout has no spread: summed, 0.1 x 50 averages to 0.10000000000000012 with a std of 1e-16.
    const bool constant = present.front() == present.back();
    s.mean = constant ? present.front() : mean;
    s.std = present.size() > 1 && !constant ? std::sqrt(sq / double(present.size() - 1)) : 0.0;
    s.unique = std::size_t(std::unique(present.begin(), present.end()) - present.begin());
}

void keep_top(std::vector<LevelCount> counts, std::size_t top_n, ColumnSummary& s)
{
    std::stable_sort(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.count > b.count; });
    if (counts.size() > top_n)
        counts.resize(top_n);
    s.top_levels = std::move(counts);
}

} // namespace

bool shown_whole(double v)
{
    return std::abs(v) >= 1e6 && std::abs(v) < 1e15;
}

ColumnSummary summarize_column(const Column& column, std::size_t top_n)
{
    ColumnSummary s;
    s.name = column.name();
    s.type = column.type();
    s.date = column.is_date();
    s.date_format = column.date_format();
    s.role = column.role();
    s.rows = column.size();
    switch (column.type()) {
    case ColumnType::numeric:
        numeric_stats(column.numbers(), s);
        if (s.date && s.mean && !has_time_of_day(column.numbers()))
            s.mean = std::round(*s.mean); // the mean day of a column of days, not a time of it
        break;
    case ColumnType::categorical: {
        std::vector<std::size_t> counts(column.levels().size(), 0);
        for (std::int32_t c : column.codes()) {
            if (c < 0)
                ++s.missing;
            else
                ++counts[std::size_t(c)];
        }
        std::vector<LevelCount> levels;
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (counts[i] > 0)
                levels.push_back({column.levels()[i], counts[i]});
        s.unique = levels.size();
        keep_top(std::move(levels), top_n, s);
        break;
    }
    case ColumnType::text: {
        std::unordered_map<std::string_view, std::size_t> counts;
        for (std::size_t r = 0; r < column.size(); ++r) {
            if (column.is_missing(r))
                ++s.missing;
            else
                ++counts[column.texts()[r]];
        }
        std::vector<LevelCount> levels;
        levels.reserve(counts.size());
        for (auto& [text, n] : counts)
            levels.push_back({std::string(text), n});
        std::sort(levels.begin(), levels.end(), [](auto& a, auto& b) { return a.level < b.level; });
        s.unique = levels.size();
        keep_top(std::move(levels), top_n, s);
        break;
    }
    }
    s.missing_pct = s.rows ? 100.0 * double(s.missing) / double(s.rows) : 0.0;
    s.not_numbers = column.unread_cells();
    s.decimal_commas = column.decimal_commas();
    return s;
}

std::vector<ColumnSummary> summarize_table(const Table& table, std::size_t top_n)
{
    std::vector<ColumnSummary> out;
    out.reserve(table.cols());
    for (const Column& c : table.columns())
        out.push_back(summarize_column(c, top_n));
    return out;
}

ImageFolderSummary summarize_images(const ImageFolder& folder)
{
    ImageFolderSummary s;
    std::map<std::string, std::size_t> per_class;
    for (const std::string& c : folder.classes)
        per_class[c] = 0;
    for (const ImageEntry& e : folder.images) {
        ++per_class[e.class_name];
        if (s.images == 0) {
            s.min_width = s.max_width = e.width;
            s.min_height = s.max_height = e.height;
        }
        s.min_width = std::min(s.min_width, e.width);
        s.max_width = std::max(s.max_width, e.width);
        s.min_height = std::min(s.min_height, e.height);
        s.max_height = std::max(s.max_height, e.height);
        ++s.sizes[{e.width, e.height}];
        ++s.channels[e.channels];
        ++s.images;
    }
    for (const std::string& c : folder.classes)
        s.classes.emplace_back(c, per_class[c]);
    s.unreadable = folder.unreadable;
    s.ignored = folder.ignored;
    return s;
}

nlohmann::json to_json(const ColumnSummary& s)
{
    nlohmann::json j = {{"name", s.name},
                        {"type", to_string(s.type)},
                        {"missing", s.missing},
                        {"missing_pct", s.missing_pct},
                        {"unique", s.unique}};
    if (s.role != ColumnRole::feature)
        j["role"] = to_string(s.role);
    if (s.not_numbers.count > 0)
        j["not_numbers"] = {{"cells", s.not_numbers.count},
                            {"first_data_row", s.not_numbers.first_row + 1},
                            {"first_text", s.not_numbers.first_text}};
    if (s.decimal_commas)
        j["decimal_commas"] = true;
    if (s.date) {
        j["date"] = true;
        j["date_format"] = date_pattern(s.date_format);
    }
    if (s.min) {
        j["min"] = *s.min;
        j["max"] = *s.max;
        j["mean"] = *s.mean;
        j["std"] = *s.std;
        if (s.date) {
            j["first"] = format_date(*s.min);
            j["last"] = format_date(*s.max);
        }
    }
    if (!s.top_levels.empty()) {
        nlohmann::json top = nlohmann::json::array();
        for (const LevelCount& l : s.top_levels)
            top.push_back({{"level", l.level}, {"count", l.count}});
        j["top_levels"] = std::move(top);
    }
    return j;
}

nlohmann::json table_summary_json(const std::string& path, const Table& table, std::size_t top_n)
{
    nlohmann::json columns = nlohmann::json::array();
    for (const ColumnSummary& s : summarize_table(table, top_n))
        columns.push_back(to_json(s));
    return {{"path", path},
            {"kind", "table"},
            {"rows", table.rows()},
            {"cols", table.cols()},
            {"missing_cells", table.missing_cells()},
            {"duplicate_rows", duplicate_rows(table)},
            {"columns", std::move(columns)}};
}

nlohmann::json image_summary_json(const std::string& path, const ImageFolderSummary& s)
{
    nlohmann::json classes = nlohmann::json::object();
    for (const auto& [name, n] : s.classes)
        classes[name] = n;
    // The most common sizes only: a folder of photos can have as many sizes as images.
    std::vector<std::pair<std::pair<int, int>, std::size_t>> common(s.sizes.begin(), s.sizes.end());
    std::stable_sort(common.begin(), common.end(), [](auto& a, auto& b) { return a.second > b.second; });
    if (common.size() > 10)
        common.resize(10);
    nlohmann::json sizes = nlohmann::json::array();
    for (const auto& [wh, n] : common)
        sizes.push_back({{"width", wh.first}, {"height", wh.second}, {"count", n}});
    nlohmann::json channels = nlohmann::json::object();
    for (const auto& [c, n] : s.channels)
        channels[std::to_string(c)] = n;
    nlohmann::json unreadable = nlohmann::json::array();
    for (const UnreadableFile& u : s.unreadable)
        unreadable.push_back({{"file", u.path}, {"reason", u.reason.text()}});
    nlohmann::json ignored = nlohmann::json::array();
    for (const Message& note : s.ignored)
        ignored.push_back(note.text());
    return {{"path", path},
            {"kind", "images"},
            {"rows", s.images},
            {"images", s.images},
            {"classes", std::move(classes)},
            {"width", {{"min", s.min_width}, {"max", s.max_width}}},
            {"height", {{"min", s.min_height}, {"max", s.max_height}}},
            {"distinct_sizes", s.sizes.size()},
            {"common_sizes", std::move(sizes)},
            {"channels", std::move(channels)},
            {"unreadable", std::move(unreadable)},
            {"ignored", std::move(ignored)}};
}

} // namespace tern::data
