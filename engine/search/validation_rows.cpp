#include "engine/search/validation_rows.h"

#include "engine/search/folds.h"
#include "engine/search/time_folds.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace tern::search {

namespace {

// Validation blocks of a plan: K folds; a holdout is one block of five; forward folds also need their first
// training block, as long as a validation block (TimeSeriesSplit's K + 1 parts).
std::size_t parts_of(const ValidationPlan& plan)
{
    if (plan.holdout)
        return 5;
    const auto k = static_cast<std::size_t>(std::max(2, plan.folds));
    return plan.forward ? k + 1 : k;
}

constexpr std::size_t rows_per_block = 2;

}  // namespace

ValidationPlan validation_plan(const data::Table& table, const TargetData& target, const RunSpec& spec)
{
    std::size_t features = 0;
    for (const auto& c : table.columns())
        features += c.name() != spec.target;
    const std::size_t n = target.rows.size();
    ValidationPlan plan;
    plan.folds = spec.folds;
    plan.forward = !spec.time_column.empty();
    constexpr double cells_per_budget_second = 1e4;
    const double cells = static_cast<double>(n * features);
    plan.holdout = n > holdout_rows || cells > cells_per_budget_second * spec.budget_s;
    if (n > holdout_rows)
        plan.holdout_reason = Message(TERN_TEXT("EngineText", "above %1 rows one holdout measures well enough"),
                                      holdout_rows);
    else if (plan.holdout)
        plan.holdout_reason =
            Message(TERN_TEXT("EngineText", "%1 rows x %2 columns: %3 folds need a budget of %4 s or more"), n,
                    features, spec.folds, fmt::format("{:.0f}", std::ceil(cells / cells_per_budget_second)));
    return plan;
}

std::optional<RowShortage> row_shortage(std::size_t rows, const ValidationPlan& plan)
{
    const std::size_t parts = parts_of(plan);
    if (rows >= rows_per_block * parts)
        return std::nullopt;
    RowShortage s;
    s.rows = rows;
    s.needed = rows_per_block * parts;
    s.plan = plan;
    if (!plan.holdout) {
        // The most folds whose blocks still hold two rows each.
        const auto blocks = static_cast<int>(rows / rows_per_block);
        const int folds = plan.forward ? blocks - 1 : blocks;
        s.fewer_folds = folds >= 2 ? folds : 0;
    }
    return s;
}

std::optional<RowShortage> validation_shortage(const data::Table& table, const TargetData& target,
                                               const RunSpec& spec)
{
    const ValidationPlan plan = validation_plan(table, target, spec);
    std::size_t rows = target.rows.size();
    if (plan.forward) {
        // Rows without a time are trained on in every fold and never validated: they fill no block.
        const auto times = row_times(table, target, spec.time_column, spec.data_path);
        rows = static_cast<std::size_t>(std::count_if(times.begin(), times.end(), [](double d) {
            return !std::isnan(d);
        }));
    }
    return row_shortage(rows, plan);
}

namespace {

// "3 rows with a target; cross-validation with 5 folds needs at least 10"
std::string shortage_fact(const RowShortage& s, const std::string& time_column)
{
    const std::string have =
        s.plan.forward ? fmt::format("{} row{} with a target and a date in '{}'", s.rows, s.rows == 1 ? "" : "s",
                                     time_column)
                       : fmt::format("{} row{} with a target", s.rows, s.rows == 1 ? "" : "s");
    std::string scheme;
    if (s.plan.holdout)
        scheme = s.plan.forward ? "a holdout of the latest 20 %" : "a 20 % holdout";
    else
        scheme = fmt::format("{} with {} folds", s.plan.forward ? "forward-in-time validation" : "cross-validation",
                             s.plan.folds);
    return fmt::format("{}; {} needs at least {}", have, scheme, s.needed);
}

}  // namespace

std::string shortage_text(const RowShortage& s, const std::string& time_column)
{
    // The fewest folds are 2 (RunSpec::validate): below their rows only more rows help.
    const std::size_t two_folds = rows_per_block * (s.plan.forward ? 3 : 2);
    const std::string way = s.fewer_folds > 0 ? fmt::format("try --folds {}, or add rows", s.fewer_folds)
                            : s.plan.holdout || s.needed == two_folds
                                ? std::string("add rows")
                                : fmt::format("add rows: even 2 folds need {}", two_folds);
    return fmt::format("{} ({})", shortage_fact(s, time_column), way);
}

std::string stored_run_shortage_text(const RowShortage& s, const std::string& time_column)
{
    const std::string way = s.fewer_folds > 0 ? fmt::format("start a new run with --folds {}", s.fewer_folds)
                                              : std::string("start a new run on more rows");
    return fmt::format("{} ({})", shortage_fact(s, time_column), way);
}

}  // namespace tern::search
