// Statistics of one column over a subset of rows, as the fit needs them (missing cells skipped).
#pragma once

#include "engine/data/table.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace tern::prep {

// The non-missing values of a numeric column on `rows`.
std::vector<double> observed_values(const data::Column& column, std::span<const std::size_t> rows);

double mean_of(std::span<const double> values);            // NaN if empty
double std_of(std::span<const double> values, double mean); // population std
double quantile_of(std::vector<double> values, double q);  // linear interpolation (numpy's default); NaN if empty
double mode_of(std::vector<double> values);                // most frequent, smallest among ties; NaN if empty
// The most frequent value when one is frequent (at least twice and 1/20 of the values), else the median: among
// nearly distinct values (a continuous measurement) the "most frequent" is an arbitrary one, the smallest of ties.
double frequent_value_or_median(std::vector<double> values);

// Level names and counts of a categorical or text column on `rows`, most frequent first (ties: by name).
struct LevelCounts {
    std::vector<std::string> names;
    std::vector<std::size_t> counts;
    std::size_t missing = 0;
};
LevelCounts count_levels(const data::Column& column, std::span<const std::size_t> rows);

} // namespace tern::prep
