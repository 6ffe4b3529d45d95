// Dates as numbers. A column whose every value is an ISO 8601 date or date-time ("2024-03-01", "2024/03/01",
// "2024-03-01 14:30", "2024-03-01T14:30:05Z") is read as a numeric column of days since 1970-01-01 (the time as a
// fraction of the day) instead of thousands of category levels: models can split on it, and it survives export as
// a plain number. float32 holds such a day count to about three minutes in this century.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tern::data {

// Days since 1970-01-01 (negative before), or nothing when `text` is not a valid date or date-time.
std::optional<double> parse_date(std::string_view text);

// "2024-03-01", or "2024-03-01 14:30" when the value has a time of day.
std::string format_date(double days);

// What sales follow besides the trend: the month (1-12), the day of the month (1-31) and the weekday (0 = Monday).
// NaN parts for a NaN day. The ONNX export computes the same with the same integer steps (onnx_pipeline.cpp).
struct CalendarParts {
    float month, day, weekday;
};
CalendarParts calendar_parts(double days);
inline constexpr std::array<std::string_view, 3> calendar_part_names{"month", "day", "weekday"};
inline constexpr int calendar_part_count = int(calendar_part_names.size());

} // namespace tern::data
