// Turns the strings of one column (dictionary codes + distinct values) into a Table column, deciding between
// categorical and free text: text is what a model cannot use as levels, i.e. mostly distinct and long or wordy
// values (reviews, descriptions); every other non-numeric column is categorical, identifiers included.
#pragma once

#include "engine/data/table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tern::data {

// codes index `levels` (-1 = missing). Decides on the distinct-value ratio and the mean length / word count.
bool looks_like_free_text(const std::vector<std::int32_t>& codes, const std::vector<std::string_view>& levels);

// A date column (Column::date) when every level is a date or date-time in one format (calendar.h's
// detect_date_format, `preferred` resolving levels that read both ways) and there is at least one.
std::optional<Column> build_date_column(std::string name, const std::vector<std::int32_t>& codes,
                                        const std::vector<std::string_view>& levels,
                                        std::optional<DateFormat> preferred = std::nullopt);

// A date column of a fitted model's file (ReadOptions::lenient_number_columns): as build_date_column when every
// level is a date; else each level read in `format`, one that is not such a date read as missing and counted
// (Column::unread_cells). Nothing when more rows hold such words than dates, beyond two stray ones: that is not the
// date column it was.
std::optional<Column> build_lenient_date_column(std::string name, const std::vector<std::int32_t>& codes,
                                                const std::vector<std::string_view>& levels, DateFormat format);

// Builds the column: dates as build_date_column, else categorical or text; categorical levels are sorted
// (natural_order.h) unless keep_level_order (ARFF's declared order).
// `as_text` forces the decision (empty = dates, then looks_like_free_text).
Column build_string_column(std::string name, std::vector<std::int32_t> codes,
                           const std::vector<std::string_view>& levels, std::optional<bool> as_text = std::nullopt,
                           bool keep_level_order = false, std::optional<DateFormat> preferred_date_format = {});

} // namespace tern::data
