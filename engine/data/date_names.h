// Month and weekday names as shops write them in the languages Tern speaks (English, German, Spanish): "Mar",
// "March", "MÄRZ", "Mrz", "marzo", "Sept", "Fri", "Freitag", "vie". A date written with a month name reads as a date
// (calendar.h); a weekday before a date ("Fri, Mar 1, 2024") is skipped.
#pragma once

#include <cstddef>
#include <string_view>

namespace tern::data {

// The length of the word at the start of `text`: ASCII letters and the bytes of UTF-8 letters (ä, é, á); 0 when
// `text` does not start with one.
std::size_t word_length(std::string_view text);

// The month (1-12) `word` names in any case, abbreviated or in full, or 0. `word` is letters only (no '.').
unsigned month_of_name(std::string_view word);

// Whether `word` names a day of the week, in any case, abbreviated or in full.
bool is_weekday_name(std::string_view word);

} // namespace tern::data
