#include "engine/prep/column_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace tern::prep {

std::vector<double> observed_values(const data::Column& column, std::span<const std::size_t> rows)
{
    std::vector<double> out;
    out.reserve(rows.size());
    const auto& values = column.numbers();
    for (std::size_t r : rows)
        if (!std::isnan(values[r]))
            out.push_back(values[r]);
    return out;
}

double mean_of(std::span<const double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

double std_of(std::span<const double> values, double mean)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / double(values.size()));
}

double quantile_of(std::vector<double> values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double position = q * double(values.size() - 1);
    const std::size_t lo = std::size_t(std::floor(position));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(lo), values.end());
    const double low = values[lo];
    if (hi == lo)
        return low;
    const double high = *std::min_element(values.begin() + std::ptrdiff_t(lo) + 1, values.end());
    return low + (high - low) * (position - double(lo));
}

double mode_of(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    double best = values[0];
    std::size_t best_run = 0;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        if (j - i > best_run) { // strictly more: the smallest value wins ties
            best_run = j - i;
            best = values[i];
        }
        i = j;
    }
    return best;
}

double frequent_value_or_median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double mode = mode_of(values);
    const auto count = static_cast<std::size_t>(std::count(values.begin(), values.end(), mode));
    if (count >= 2 && 20 * count >= values.size())
        return mode;
    return quantile_of(std::move(values), 0.5);
}

LevelCounts count_levels(const data::Column& column, std::span<const std::size_t> rows)
{
    LevelCounts out;
    std::vector<std::pair<std::string_view, std::size_t>> counted;
    if (column.type() == data::ColumnType::categorical) {
        std::vector<std::size_t> counts(column.levels().size(), 0);
        for (std::size_t r : rows) {
            const std::int32_t code = column.codes()[r];
            if (code < 0)
                ++out.missing;
            else
                ++counts[std::size_t(code)];
        }
        for (std::size_t l = 0; l < counts.size(); ++l)
            if (counts[l] > 0)
                counted.emplace_back(column.levels()[l], counts[l]);
    } else {
        std::unordered_map<std::string_view, std::size_t> counts;
        for (std::size_t r : rows) {
            if (column.is_missing(r))
                ++out.missing;
            else
                ++counts[column.texts()[r]];
        }
        counted.assign(counts.begin(), counts.end());
    }
    std::sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto& [name, count] : counted) {
        out.names.emplace_back(name);
        out.counts.push_back(count);
    }
    return out;
}

} // namespace tern::prep
