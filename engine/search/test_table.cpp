#include "engine/search/test_table.h"

#include "engine/core/error.h"
#include "engine/data/readers.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <vector>

namespace tern::search {

namespace {

// The first non-missing cell of a column, to show what it holds.
std::string first_value(const data::Column& c)
{
    for (std::size_t r = 0; r < c.size(); ++r)
        if (!c.is_missing(r))
            return c.display(r);
    return {};
}

} // namespace

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
            throw DataError(path, fmt::format("column '{}' holds dates in the training file but not here "
                                              "(e.g. '{}')",
                                              fitted.name(), first_value(here)));
        if (fitted.type() == data::ColumnType::numeric && here.type() != data::ColumnType::numeric)
            throw DataError(path, fmt::format("column '{}' holds numbers in the training file but not here "
                                              "(e.g. '{}')",
                                              fitted.name(), first_value(here)));
    }
    if (!missing.empty())
        throw DataError(path,
                        fmt::format("missing column{} {} (the training file has {})", missing.size() > 1 ? "s" : "",
                                    fmt::join(missing, ", "), missing.size() > 1 ? "them" : "it"));
    test.set_target(target);
    return test;
}

} // namespace tern::search
