// Reads delimited text (CSV, TSV, semicolon or pipe separated) that is already decoded to UTF-8 in memory:
// sniffs the layout, parses chunks on up to two threads, re-parses columns whose first rows looked numeric but
// were not, and assembles typed columns.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/readers.h"
#include "engine/data/table.h"

#include <string>
#include <string_view>

namespace tern::data {

// `file` names the source in errors. `prefer_tab` when the extension says .tsv/.tab.
Table read_delimited(const std::string& file, std::string_view text, const ReadOptions& options = {},
                     const JobControl& control = {}, bool prefer_tab = false);

} // namespace tern::data
