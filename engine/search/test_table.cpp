#include "engine/search/test_table.h"

#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/data/unreadable_cell.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <vector>

namespace tern::search {

data::Table read_test_table(const std::string& path, const data::Table& train, const std::string& target,
                            const JobControl& control)
{
    data::Table test = data::read_table(path, data::read_options_like(train), control);
    if (!test.find(target))
        throw DataError(path, fmt::format("no target column '{}'", target));
    std::vector<std::string> missing;
    for (const data::Column& fitted : train.columns()) {
        if (fitted.role() != data::ColumnRole::feature)
            continue;
        const auto i = test.find(fitted.name());
        if (!i) {
            missing.push_back(fitted.name());
            continue;
        }
        const data::Column& here = test.column(*i);
        if (here.missing_count() == here.size())
            continue; // no value to contradict the training file: every cell is imputed
        if (fitted.is_date() && !here.is_date())
            throw DataError(path, fmt::format("column '{}' holds dates in the training file but not here{}",
                                              fitted.name(), data::first_non_date(here, fitted.date_format())));
        if (fitted.type() == data::ColumnType::numeric && here.type() != data::ColumnType::numeric)
            throw DataError(path, fmt::format("column '{}' holds numbers in the training file but not here{}",
                                              fitted.name(), data::first_non_number(here)));
    }
    if (!missing.empty())
        throw DataError(path,
                        fmt::format("missing column{} {} (the training file has {})", missing.size() > 1 ? "s" : "",
                                    fmt::join(missing, ", "), missing.size() > 1 ? "them" : "it"));
    test.set_target(target);
    return test;
}

} // namespace tern::search
