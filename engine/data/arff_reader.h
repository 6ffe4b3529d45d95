// Reads Weka ARFF text already decoded to UTF-8: @relation, @attribute (numeric/real/integer, nominal {a,b},
// string, date -> text), @data with dense or sparse ({index value, ...}) rows, '?' for missing, quoted values and
// % comments. Nominal attributes keep their declared level order; a value outside it is a DataError.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/readers.h"
#include "engine/data/table.h"

#include <string>
#include <string_view>

namespace tern::data {

Table read_arff(const std::string& file, std::string_view text, const ReadOptions& options = {},
                const JobControl& control = {});

// True when the text starts (after comments and blank lines) with @relation: an ARFF file whatever its name.
bool looks_like_arff(std::string_view text);

} // namespace tern::data
