#include "engine/prep/categorical_fit.h"

#include "engine/data/natural_order.h"
#include "engine/prep/column_stats.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <fmt/format.h>

namespace tern::prep {

namespace {

void fill_onehot(CategoricalStep& s)
{
    const std::size_t levels = s.levels.size();
    for (std::size_t l = 0; l < levels; ++l)
        s.table[l * s.width + l] = 1.0f;
    if (s.has_other)
        s.table[s.other_slot() * s.width + levels] = 1.0f;
    if (s.has_missing_level)
        s.table[s.missing_slot() * s.width + levels + (s.has_other ? 1 : 0)] = 1.0f;
}

// Two codes per level: its rank in the column's own level order (natural order for CSV, declared order for ARFF),
// which keeps an order labels often carry ("1st" < "2nd" < "3rd"), and its rank by training count, which groups
// frequent levels (a zip code's count says more about a house than its number). Trees split on whichever serves;
// across real tables neither order alone wins everywhere, both together are at least as good as the better one.
void fill_ordinal(CategoricalStep& s, const data::Column& column)
{
    std::vector<std::size_t> order(s.levels.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (column.type() == data::ColumnType::categorical) {
        std::unordered_map<std::string_view, std::size_t> position;
        for (std::size_t l = 0; l < column.levels().size(); ++l)
            position.emplace(column.levels()[l], l);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return position.at(s.levels[a]) < position.at(s.levels[b]); });
    } else {
        const std::vector<std::string_view> names(s.levels.begin(), s.levels.end());
        order = data::natural_order(names);
    }
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        s.table[order[rank] * s.width] = float(rank);
    for (std::size_t l = 0; l < s.levels.size(); ++l)
        s.table[l * s.width + 1] = float(l); // levels are kept most frequent first
    const auto after = float(s.levels.size());
    s.table[s.other_slot() * s.width] = s.table[s.other_slot() * s.width + 1] = after;
    if (s.has_missing_level)
        s.table[s.missing_slot() * s.width] = s.table[s.missing_slot() * s.width + 1] = after + 1;
}

// The missing slot's block is a copy of the slot it stands for, unless the column has its own missing level.
void alias_missing(CategoricalStep& s)
{
    const std::size_t from = effective_missing_slot(s);
    if (from != s.missing_slot())
        std::copy_n(s.table.begin() + std::ptrdiff_t(from * s.width), s.width,
                    s.table.begin() + std::ptrdiff_t(s.missing_slot() * s.width));
}

} // namespace

std::size_t effective_missing_slot(const CategoricalStep& s)
{
    if (s.has_missing_level)
        return s.missing_slot();
    if (s.imputation == Imputation::most_frequent && !s.levels.empty())
        return 0; // levels are kept most frequent first
    return s.other_slot();
}

CategoricalStep fit_categorical(const data::Column& column, std::size_t source_index, std::span<const std::size_t> rows,
                                Encoding encoding, Imputation imputation, const PipelineConfig& config,
                                std::size_t target_width, std::vector<std::string>& feature_names)
{
    CategoricalStep s;
    s.column = column.name();
    s.source_index = source_index;
    s.text = column.type() == data::ColumnType::text;
    s.encoding = encoding;
    s.imputation = imputation;
    const LevelCounts counts = count_levels(column, rows);
    s.missing_in_training = counts.missing;
    std::size_t kept = counts.names.size();
    if (encoding == Encoding::onehot) {
        kept = std::min<std::size_t>(kept, std::size_t(config.max_levels));
        while (kept > 0 && counts.counts[kept - 1] < std::size_t(config.min_level_count))
            --kept;
    }
    s.levels.assign(counts.names.begin(), counts.names.begin() + std::ptrdiff_t(kept));
    s.level_counts.assign(counts.counts.begin(), counts.counts.begin() + std::ptrdiff_t(kept));
    s.rare_levels = counts.names.size() - kept;
    s.has_other = s.rare_levels > 0;
    s.has_missing_level = counts.missing > 0 && imputation != Imputation::most_frequent;

    const std::string& name = s.column;
    switch (encoding) {
    case Encoding::onehot:
        s.width = kept + (s.has_other ? 1 : 0) + (s.has_missing_level ? 1 : 0);
        for (const std::string& level : s.levels)
            feature_names.push_back(fmt::format("{}={}", name, level));
        if (s.has_other)
            feature_names.push_back(name + "=<other>");
        if (s.has_missing_level)
            feature_names.push_back(name + "=<missing>");
        break;
    case Encoding::ordinal:
        s.width = 2;
        feature_names.push_back(name);
        feature_names.push_back(name + "@count_rank");
        break;
    case Encoding::target:
        s.width = target_width;
        for (std::size_t k = 0; k < target_width; ++k)
            feature_names.push_back(target_width == 1 ? name + "@target" : fmt::format("{}@class{}", name, k));
        break;
    }
    s.table.assign(s.slot_count() * s.width, 0.0f);
    if (encoding == Encoding::onehot)
        fill_onehot(s);
    else if (encoding == Encoding::ordinal)
        fill_ordinal(s, column);
    alias_missing(s);
    return s;
}

LevelIndex make_level_index(const CategoricalStep& step)
{
    LevelIndex index;
    index.reserve(step.levels.size());
    for (std::size_t l = 0; l < step.levels.size(); ++l)
        index.emplace(step.levels[l], std::uint32_t(l));
    return index;
}

std::vector<std::uint32_t> slots_of(const CategoricalStep& step, const LevelIndex& index, const data::Column& column,
                                    std::span<const std::size_t> rows)
{
    std::vector<std::uint32_t> slots(rows.size());
    const auto missing = std::uint32_t(effective_missing_slot(step));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t r = rows[i];
        if (column.is_missing(r)) {
            slots[i] = missing;
            continue;
        }
        const std::string& level = column.type() == data::ColumnType::categorical
                                       ? column.levels()[std::size_t(column.codes()[r])]
                                       : column.texts()[r];
        const auto it = index.find(level);
        slots[i] = it == index.end() ? std::uint32_t(step.other_slot()) : it->second;
    }
    return slots;
}

} // namespace tern::prep
