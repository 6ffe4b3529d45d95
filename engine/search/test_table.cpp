#include "engine/search/test_table.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
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
        throw DataError(path, Message(TERN_TEXT("EngineText", "no target column '%1'"), target));
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
            throw DataError(path, Message(TERN_TEXT("EngineText", "column '%1' holds dates in the training file but "
                                                                  "not here%2"),
                                          fitted.name(), data::first_non_date(here, fitted.date_format())));
        if (fitted.type() == data::ColumnType::numeric && here.type() != data::ColumnType::numeric)
            throw DataError(path, Message(TERN_TEXT("EngineText", "column '%1' holds numbers in the training file "
                                                                  "but not here%2"),
                                          fitted.name(), data::first_non_number(here)));
    }
    if (!missing.empty())
        throw DataError(path, missing.size() == 1
                                  ? Message(TERN_TEXT("EngineText", "missing column %1 (the training file has it)"),
                                            missing.front())
                                  : Message(TERN_TEXT("EngineText", "missing columns %1 (the training file has them)"),
                                            fmt::format("{}", fmt::join(missing, ", "))));
    test.set_target(target);
    return test;
}

} // namespace tern::search
