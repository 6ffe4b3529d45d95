// The order people expect of category names: numbers compared as numbers ("rad_4" < "rad_24", "-2" < "-1.5"),
// everything else bytewise. Levels read from a CSV come in this order, and an ordinal encoding codes them in it, so
// that labels which carry an order ("1st" < "2nd" < "3rd", "grade_9" < "grade_10") keep it.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace tern::data {

// A strict weak order: two names compare equal only when they are the same bytes.
bool natural_less(std::string_view a, std::string_view b);

// Positions of `names` sorted by natural_less, each name's sort key built once: a column of a million IDs sorts
// by comparing bytes, as fast as a plain sort.
std::vector<std::size_t> natural_order(std::span<const std::string_view> names);

} // namespace tern::data
