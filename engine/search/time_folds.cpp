#include "engine/search/time_folds.h"

#include "engine/core/error.h"
#include "engine/core/message.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>

namespace tern::search {

std::vector<Fold> make_time_folds(std::span<const double> days, int folds, bool holdout)
{
    std::vector<std::size_t> timed, untimed;
    for (std::size_t p = 0; p < days.size(); ++p)
        (std::isnan(days[p]) ? untimed : timed).push_back(p);
    std::stable_sort(timed.begin(), timed.end(), [&](auto a, auto b) { return days[a] < days[b]; });
    // Where each distinct time starts in `timed`; starts.back() == timed.size().
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < timed.size(); ++i)
        if (i == 0 || days[timed[i]] != days[timed[i - 1]])
            starts.push_back(i);
    const std::size_t groups = starts.size();
    starts.push_back(timed.size());

    const std::size_t splits = holdout ? 1 : static_cast<std::size_t>(std::max(1, folds));
    if (groups < splits + 1)
        throw InputError(splits == 1 ? Message(TERN_TEXT("EngineText", "%1 distinct times among the rows with a "
                                                                       "target, too few for a forward holdout (at "
                                                                       "least %2 are needed)"),
                                               groups, splits + 1)
                                     : Message(TERN_TEXT("EngineText", "%1 distinct times among the rows with a "
                                                                       "target, too few for %2 forward folds (at least "
                                                                       "%3 are needed)"),
                                               groups, splits, splits + 1));
    // TimeSeriesSplit's cuts in rows (the holdout is its last fold of five parts), each moved to the nearest start
    // of a time, then kept strictly increasing with at least one time on every side.
    const std::size_t parts = holdout ? 5 : splits + 1;
    const std::size_t block = timed.size() / parts;
    std::vector<std::size_t> cut(splits);  // index into `starts` where validation block i begins
    for (std::size_t i = 0; i < splits; ++i) {
        const std::size_t row = timed.size() - (splits - i) * block;
        // The nearest time start among starts[1 .. groups-1] (sorted): the first at or after `row`, or the one before.
        auto at = std::lower_bound(starts.begin() + 1, starts.begin() + static_cast<std::ptrdiff_t>(groups), row);
        if (at == starts.begin() + static_cast<std::ptrdiff_t>(groups) ||
            (at != starts.begin() + 1 && row - at[-1] <= *at - row))
            --at;
        const auto best = static_cast<std::size_t>(at - starts.begin());
        cut[i] = std::max(best, i == 0 ? std::size_t{1} : cut[i - 1] + 1);
    }
    for (std::size_t i = splits; i-- > 0;)
        cut[i] = std::min(cut[i], i + 1 == splits ? groups - 1 : cut[i + 1] - 1);

    std::vector<Fold> out;
    for (std::size_t i = 0; i < splits; ++i) {
        Fold fold;
        fold.forward = true;
        fold.train = untimed;
        fold.train.insert(fold.train.end(), timed.begin(), timed.begin() + static_cast<std::ptrdiff_t>(starts[cut[i]]));
        const std::size_t end = i + 1 == splits ? timed.size() : starts[cut[i + 1]];
        fold.valid.assign(timed.begin() + static_cast<std::ptrdiff_t>(starts[cut[i]]),
                          timed.begin() + static_cast<std::ptrdiff_t>(end));
        out.push_back(std::move(fold));
    }
    return out;
}

std::vector<double> row_times(const data::Table& table, const TargetData& target, const std::string& column,
                              const std::string& source)
{
    const auto index = table.find(column);
    if (!index)
        throw InputError(fmt::format("{}: --time-column '{}' is not a column of the table", source, column));
    const data::Column& c = table.column(*index);
    if (c.role() == data::ColumnRole::target)
        throw InputError(fmt::format("{}: --time-column '{}' is the target; name the column that dates the rows",
                                     source, column));
    if (!c.is_date())
        throw InputError(fmt::format("{}: --time-column '{}' is not a date column (its values do not all read as "
                                     "dates, e.g. 2024-03-01)",
                                     source, column));
    std::vector<double> out;
    out.reserve(target.rows.size());
    for (auto r : target.rows)
        out.push_back(c.numbers()[r]);
    return out;
}

nlohmann::json validation_scheme(const std::string& time_column, std::size_t folds, int repeats, bool holdout)
{
    nlohmann::json j = {{"kind", time_column.empty() ? "random" : "time"},
                        {"folds", folds},
                        {"repeats", repeats},
                        {"holdout", holdout}};
    if (!time_column.empty())
        j["column"] = time_column;
    return j;
}

Message validation_message(const nlohmann::json& scheme)
{
    const bool holdout = scheme.value("holdout", false);
    const std::size_t folds = scheme.value("folds", std::size_t{0});
    const int repeats = scheme.value("repeats", 1);
    const std::string column = scheme.value("column", "");
    if (scheme.value("kind", "random") == "time")
        return holdout ? Message(TERN_TEXT("EngineText", "forward in time by '%1': holdout of the last 20 %"), column)
                       : Message(TERN_TEXT("EngineText", "forward in time by '%1': %2 folds"), column, folds);
    if (holdout)
        return Message(TERN_TEXT("EngineText", "holdout 80/20"));
    return repeats > 1 ? Message(TERN_TEXT("EngineText", "%1 x %2-fold"), repeats, folds)
                       : Message(TERN_TEXT("EngineText", "%1-fold"), folds);
}

std::string validation_text(const nlohmann::json& scheme)
{
    return validation_message(scheme).text();
}

}  // namespace tern::search
