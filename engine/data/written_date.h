// A date as written, before a format says which of its numbers is the day: "3/1/24" is three numbers and a
// separator until month first or day first decides. calendar.cpp scans each value once and then asks every
// candidate format whether it reads it, so that a column's type is found without parsing a cell twice per format.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tern::data {

struct WrittenDate {
    enum class Shape : std::uint8_t {
        numbers,       // 2024-03-01, 3/1/2024, 01.03.24: three numbers, one separator
        year_month,    // 2024-03, 2024/3 (years 1800-2199): a month
        name_day_year, // Mar 1, 2024 / March 1 2024 / Mar 1, 24
        name_year,     // Mar 2024, March-2024, marzo de 2024 (a four-digit year): a month
        day_name_year, // 1 Mar 2024, 01-Mar-24, 1. März 2024, 1 de marzo de 2024
        year_name_day, // 2024-Mar-01
    };
    Shape shape = Shape::numbers;
    char separator = 0; // numbers: '-', '/' or '.'
    // The parts in writing order; a month name is its number (1-12) with width 0.
    unsigned part[3] = {0, 0, 0};
    std::uint8_t width[3] = {0, 0, 0};
    bool has_time = false;
    bool iso_time = false; // joined by ISO's 'T' (numbers only) rather than a space
    double time = 0;       // the fraction of the day
};

// The date `text` is written as, or nothing when it is no date in any order. A time may follow after a space (or
// 'T' after numbers): H:MM, HH:MM:SS(.fff), optionally "Z" or an offset from UTC (the local clock is kept), or
// 12-hour with AM/PM. A weekday may lead a date with a month name or numbers ("Fri, Mar 1, 2024"); it is not
// checked against the date. Rejects on the first character what starts with neither a digit nor a letter.
std::optional<WrittenDate> scan_date(std::string_view text);

} // namespace tern::data
