#include "engine/search/run_spec.h"

#include "engine/core/error.h"
#include "engine/search/target.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace tern::search {

nlohmann::json RunSpec::to_json() const
{
    return {{"data_path", data_path},
            {"target", target},
            {"task", task},
            {"metric", metric},
            {"metric_expr", metric_expr},
            {"metric_direction", metric_direction},
            {"budget_s", budget_s},
            {"folds", folds},
            {"seed", seed},
            {"families", families},
            {"max_candidates", max_candidates},
            {"refit", refit},
            {"latency_budget_us", latency_budget_us},
            {"test_path", test_path},
            {"imputer_pins", imputer_pins},
            {"time_column", time_column},
            {"stray_words_as_missing", stray_words_as_missing},
            {"lenient_auto_target", lenient_auto_target}};
}

RunSpec RunSpec::from_json(const nlohmann::json& j)
{
    if (!j.is_object())
        throw InputError("run spec: expected a JSON object");
    RunSpec s;
    try {
        s.data_path = j.at("data_path").get<std::string>();
        s.target = j.value("target", std::string{});
        s.task = j.value("task", std::string{"auto"});
        s.metric = j.value("metric", std::string{});
        s.metric_expr = j.value("metric_expr", std::string{});
        s.metric_direction = j.value("metric_direction", std::string{"max"});
        s.budget_s = j.value("budget_s", 60.0);
        s.folds = j.value("folds", 5);
        s.seed = j.value("seed", std::uint64_t{0});
        s.families = j.value("families", std::vector<std::string>{});
        s.max_candidates = j.value("max_candidates", 0);
        s.refit = j.value("refit", true);
        // null: a NaN stored by builds that let one through; resumed as no latency budget.
        const auto latency = j.value("latency_budget_us", nlohmann::json(0.0));
        s.latency_budget_us = latency.is_null() ? 0.0 : latency.get<double>();
        s.test_path = j.value("test_path", std::string{});
        s.imputer_pins = j.value("imputer_pins", nlohmann::json::object());
        s.time_column = j.value("time_column", std::string{});
        s.stray_words_as_missing = j.value("stray_words_as_missing", false); // absent: stored before it existed
        s.lenient_auto_target = j.value("lenient_auto_target", false);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(fmt::format("run spec: {}", e.what()));
    }
    return s;
}

data::ReadOptions run_read_options(const RunSpec& spec)
{
    data::ReadOptions options;
    options.stray_words_as_missing = spec.stray_words_as_missing;
    const bool classifies = spec.task == "binary" || spec.task == "multiclass";
    if (!spec.target.empty() && (classifies || (spec.task == "auto" && !spec.lenient_auto_target)))
        options.strict_columns.insert(spec.target);
    return options;
}

data::Table read_run_data(const RunSpec& spec, const JobControl& job)
{
    data::ReadOptions options = run_read_options(spec);
    data::Table table = data::read_table(spec.data_path, options, job);
    if (spec.task != "auto" || !spec.lenient_auto_target || options.strict_columns.contains(spec.target))
        return table;
    const std::optional<std::size_t> at = table.find(spec.target);
    if (!at || table.column(*at).unread_cells().words() == 0 || regresses_by_default(table, spec.target))
        return table;
    options.strict_columns.insert(spec.target);
    return data::read_table(spec.data_path, options, job);
}

void validate_budget(double budget_s)
{
    // An infinite budget would never end a search without --max-candidates, and never end its refit; one beyond
    // about 115 days overflowed the candidates' time limits, and every candidate timed out at once.
    if (!(budget_s > 0) || !std::isfinite(budget_s) || budget_s > max_budget_s)
        throw InputError(fmt::format("--budget must be a number of seconds > 0 and at most {:.0f} (got {})",
                                     max_budget_s, budget_s));
}

void RunSpec::validate() const
{
    if (data_path.empty())
        throw InputError("no data path given");
    if (task != "auto" && task != "binary" && task != "multiclass" && task != "regression")
        throw InputError(fmt::format("unknown task '{}' (expected auto, binary, multiclass or regression)", task));
    validate_budget(budget_s);
    if (folds < 2 || folds > 50)
        throw InputError(fmt::format("--folds must be between 2 and 50 (got {})", folds));
    if (max_candidates < 0)
        throw InputError("--max-candidates must be >= 0");
    if (!(latency_budget_us >= 0) || !std::isfinite(latency_budget_us))
        throw InputError(fmt::format("--latency-budget-us must be a finite number >= 0 (got {})", latency_budget_us));
    // The store keeps the seed as a signed 64-bit integer; a negative seed reaches here wrapped around.
    if (seed > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        throw InputError(fmt::format("--seed must be between 0 and {}", std::numeric_limits<std::int64_t>::max()));
    if (metric_direction != "max" && metric_direction != "min")
        throw InputError(fmt::format("--metric-direction must be max or min (got '{}')", metric_direction));
    if (!metric.empty() && !metric_expr.empty())
        throw InputError("give either --metric or --metric-expr, not both");
    // A built-in metric has its own direction: "--metric rmse --metric-direction max" was silently ignored.
    if (metric_expr.empty() && metric_direction != "max")
        throw InputError("--metric-direction applies to --metric-expr only (a built-in metric has its own direction)");
    if (!imputer_pins.is_object())
        throw InputError("imputer pins must map column names to strategies");
}

}  // namespace tern::search
