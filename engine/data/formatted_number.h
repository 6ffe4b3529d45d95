// Numbers as spreadsheets and shops write them: a currency sign before or after the digits ($12.99, -$5.00, €3.50,
// 12,50 €, an accountant's ($3.00) for -3), a percent sign after them (45%, 12,5 %), thousands grouped by commas
// ("1,234,567.89" in a comma-delimited file, where a comma inside a number can only group) or, in other files, by
// dots before a decimal comma ("1.234,56", a European spreadsheet's semicolon export). The value is the number as written: 45% is 45,
// $1,234.50 is 1234.5. Without this a price column read as thousands of text levels and could not be a regression
// target.
#pragma once

#include <optional>
#include <string_view>

namespace tern::data {

// `s` is trimmed. Returns nothing for anything but such a number (plain numbers are parse_number's).
std::optional<double> parse_formatted_number(std::string_view s, char delimiter);

} // namespace tern::data
