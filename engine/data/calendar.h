// Dates as numbers. A column whose every value is a date or date-time ("2024-03-01", "2024/03/01",
// "2024-03-01 14:30", "2024-03-01T14:30:05Z", "3/1/2024 2:30 PM", "01.03.2024", or a month "2024-03") is read as a
// numeric column of days since 1970-01-01 (the time as a fraction of the day) instead of thousands of category
// levels: models can split on it, and it survives export as a plain number. float32 holds such a day count to
// about three minutes in this century.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tern::data {

// How a column writes its dates: year first (ISO 8601, also 2024/3/1), month first (the US: 3/1/2024) or day first
// (most of Europe: 01.03.2024, 01/03/2024). Month- and day-first dates have a four-digit year.
enum class DateOrder : std::uint8_t { year_first, month_first, day_first };

std::string_view to_string(DateOrder order);                       // "year_first", ...
std::optional<DateOrder> date_order_from_string(std::string_view); // the inverse
std::string_view date_pattern(DateOrder order);                    // "YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY"

// Days since 1970-01-01 (negative before), or nothing when `text` is not a valid date or date-time written in
// `order`. A time follows after a space (or ISO's 'T'): H:MM, HH:MM:SS(.fff), optionally "Z", or 12-hour with AM/PM.
// Year first also reads a month, YYYY-MM or YYYY/MM (years 1800-2199), as its first day.
std::optional<double> parse_date(std::string_view text, DateOrder order = DateOrder::year_first);

// The order in which every one of `values` reads as a date, or nothing. Year first wins; then month first or day
// first, whichever alone reads them all. When both do (no day above 12 anywhere), `preferred` decides if given
// (the order a fitted pipeline saw), else the separator's custom: month first with '/', day first with '.' or '-'.
std::optional<DateOrder> detect_date_order(std::span<const std::string_view> values,
                                           std::optional<DateOrder> preferred = std::nullopt);

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

// The hour of the day (0 to 24, minutes as a fraction) of a date-time: when in the day a sale or a return happens.
// In float, as the ONNX export computes it: days - floor(days) is exact, so both round the same way.
inline float hour_of_day(float days) { return (days - std::floor(days)) * 24.0f; }
// Whether any of these days has a time of day: then the hour is worth a feature.
bool has_time_of_day(std::span<const float> days);

} // namespace tern::data
