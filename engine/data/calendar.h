// Dates as numbers. A column whose every value is a date or date-time written one way ("2024-03-01", "2024/03/01",
// "2024-03-01 14:30", "2024-03-01T14:30:05Z", "3/1/2024 2:30 PM", "01.03.2024", "3/1/24", "Mar 1, 2024",
// "01-Mar-24", "Fri, 1 March 2024", "1. März 2024", or a month "2024-03", "Mar 2024") is read as a numeric column of
// days since 1970-01-01 (the time as a fraction of the day) instead of thousands of category levels: models can
// split on it, and it survives export as a plain number. float32 holds such a day count to about three minutes in
// this century.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tern::data {

// How a column writes its dates: year first (ISO 8601, also 2024/3/1), month first (the US: 3/1/2024) or day first
// (most of Europe: 01.03.2024, 01/03/2024).
enum class DateOrder : std::uint8_t { year_first, month_first, day_first };

std::string_view to_string(DateOrder order);                       // "year_first", ...
std::optional<DateOrder> date_order_from_string(std::string_view); // the inverse

// How a column writes its dates, all of it: the order, the year's digits and whether the month is a name. A later
// file (a test or prediction file) is read as the fitted one was written: this is what a fitted pipeline keeps.
struct DateFormat {
    DateOrder order = DateOrder::year_first;
    // "3/1/24", "01.03.24", "1-Mar-24", after the day and month only. Years 00-29 are 2000-2029 and 30-99 are
    // 1930-1999, as spreadsheet programs read them. With dots the day and month have two digits too ("01.03.24"):
    // "1.2.10" is a version number more often than a date.
    bool two_digit_year = false;
    // "Mar", "March", "Sept.", any case; German and Spanish too ("Mär", "März", "Mrz", "Okt", "Dez"; "ene", "abr",
    // "ago", "dic"). A name says which part is the month: Mar 1, 2024 is month first (also Mar 2024, a month),
    // 1 Mar 2024 and 01-Mar-24 day first, 2024-Mar-01 year first.
    bool month_name = false;
    // How the first value separated day, month and year when all are numbers and the year is not first ('/', '.'
    // or '-'; 0 = not known, shown as '/'): only for showing the format as it was written, "DD.MM.YYYY". Reading
    // takes any of them, so two formats differing only here are equal.
    char separator = 0;

    constexpr DateFormat() = default;
    constexpr DateFormat(DateOrder order_, bool two_digit_year_ = false, bool month_name_ = false,
                         char separator_ = 0)
        : order(order_), two_digit_year(two_digit_year_), month_name(month_name_), separator(separator_)
    {
    }
    friend bool operator==(const DateFormat& a, const DateFormat& b)
    {
        return a.order == b.order && a.two_digit_year == b.two_digit_year && a.month_name == b.month_name;
    }
};

// For people: "YYYY-MM-DD", "MM/DD/YYYY", "DD.MM.YY", "MMM D, YYYY", "DD-MMM-YY", "YYYY-MMM-DD" (numbers after
// the month or day are separated as the format's `separator` says, '/' when unknown; names and year-first dates
// show the usual separator, a column may use another).
std::string date_pattern(DateFormat format);

// Days since 1970-01-01 (negative before), or nothing when `text` is not a valid date or date-time written in
// `format` (the day must exist: no Feb 30). A time follows after a space (or ISO's 'T' after a year-first date of
// numbers): H:MM, HH:MM:SS(.fff), optionally "Z" or an offset from UTC, or 12-hour with AM/PM. Year first also
// reads a month, YYYY-MM or YYYY/MM (years 1800-2199), and month names first a month, "Mar 2024", as its first day.
// Without a year nothing is a date ("12-05", "3/1", "Mar 1").
std::optional<double> parse_date(std::string_view text, DateFormat format = {});

// The format in which every one of `values` reads as a date, or nothing. Year first wins; otherwise one format
// reads them all, except that month first and day first both do when no day is above 12: then `preferred` decides
// if given (how a fitted pipeline's file was written), else the separator's custom: month first with '/', day first
// with '.' or '-'.
std::optional<DateFormat> detect_date_format(std::span<const std::string_view> values,
                                             std::optional<DateFormat> preferred = std::nullopt);

// `values` as days in the format detect_date_format finds, each value scanned once; nothing when there is none.
struct DatesRead {
    DateFormat format;
    std::vector<double> days; // one per value
};
std::optional<DatesRead> read_dates(std::span<const std::string_view> values,
                                    std::optional<DateFormat> preferred = std::nullopt);

// "2024-03-01", or "2024-03-01 14:30" when the value has a time of day, "2024-03-01 14:30:05" with seconds.
std::string format_date(double days);

// What sales follow besides the trend: the month (1-12), the day of the month (1-31) and the weekday (0 = Monday).
// NaN parts for a NaN day. The ONNX export computes the same with the same integer steps (onnx_pipeline.cpp).
struct CalendarParts {
    float month, day, weekday;
};
CalendarParts calendar_parts(double days);
inline constexpr std::array<std::string_view, 3> calendar_part_names{"month", "day", "weekday"};
inline constexpr int calendar_part_count = int(calendar_part_names.size());

// `days` as the float32 the models and the ONNX graph see: the nearest one, except that it never rounds up into the
// next day. A float32 resolves about three minutes at today's dates, so 23:59 would otherwise read as midnight and
// give the next day's month, day and weekday.
float days_as_float(double days);
// A numeric cell as the models see it: days_as_float for a date column's, the nearest float otherwise.
inline float model_float(double value, bool date) { return date ? days_as_float(value) : float(value); }

// The hour of the day (0 to 24, minutes as a fraction) of a date-time: when in the day a sale or a return happens.
// In float, as the ONNX export computes it: days - floor(days) is exact, so both round the same way.
inline float hour_of_day(float days) { return (days - std::floor(days)) * 24.0f; }
// Whether any of these days has a time of day: then the hour is worth a feature.
bool has_time_of_day(std::span<const double> days);

} // namespace tern::data
