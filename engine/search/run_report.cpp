#include "engine/search/run_report.h"

#include "engine/metrics/metric.h"
#include "engine/search/candidate.h"
#include "engine/search/time_folds.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdlib>

namespace tern::search {

namespace {

// Runs stored before the report kept its scheme validated with random folds (or a holdout, which their report says).
nlohmann::json validation_of(const store::RunRecord& run)
{
    if (run.report.is_object() && run.report.contains("validation_scheme"))
        return run.report["validation_scheme"];
    const int folds = run.spec.is_object() ? run.spec.value("folds", 5) : 5;
    const std::string text = run.report.is_object() ? run.report.value("validation", "") : "";
    const bool holdout = text.rfind("holdout", 0) == 0;
    const int repeats = text.find(" x ") != std::string::npos ? std::max(1, std::atoi(text.c_str())) : 1;
    return validation_scheme("", holdout ? 1 : static_cast<std::size_t>(folds), repeats, holdout);
}

// "max" or "min": a custom expression's as the run was asked, a built-in metric's own.
std::string direction_of(const store::RunRecord& run)
{
    if (!run.metric_expr.empty())
        return run.spec.is_object() ? run.spec.value("metric_direction", std::string("max")) : "max";
    // A name this build does not know: the common direction.
    return metrics::builtin_direction(run.metric) == metrics::Direction::minimize ? "min" : "max";
}

}  // namespace

nlohmann::json run_to_json(const store::Store& store, std::int64_t run_id)
{
    const store::RunRecord run = store.load_run(run_id);
    nlohmann::json j = {{"run_id", run.id},
                        {"dataset", run.dataset_path},
                        {"target", run.target},
                        {"task", run.task},
                        {"metric", run.metric},
                        {"budget_s", run.budget_s},
                        {"elapsed_s", run.elapsed_s},
                        {"best_id", run.best_candidate ? nlohmann::json(*run.best_candidate) : nlohmann::json()},
                        {"status", run.status},
                        {"seed", run.seed},
                        {"started_at", run.started_at},
                        {"finished_at", run.finished_at},
                        {"report", run.report},
                        {"machine", run.machine},
                        {"versions", run.versions}};
    // Whether larger is better, for any metric: a script reading a custom expression's scores needs it.
    j["metric_direction"] = direction_of(run);
    if (!run.metric_expr.empty())
        j["metric_expr"] = run.metric_expr;
    if (run.spec.is_object()) {
        // Builds that let a NaN latency budget through stored it as null: such a run still shows, with none.
        const auto latency = run.spec.value("latency_budget_us", nlohmann::json(0.0));
        j["latency_budget_us"] = latency.is_number() ? latency.get<double>() : 0.0;
        j["max_candidates"] = run.spec.value("max_candidates", 0);
        j["folds"] = run.spec.value("folds", 5);
    }
    j["validation"] = validation_of(run);
    if (!run.error.empty())
        j["error"] = run.error;
    nlohmann::json candidates = nlohmann::json::array();
    for (const auto& record : store.load_candidates(run_id))
        candidates.push_back(CandidateResult::from_record(record).to_json());
    j["candidates"] = std::move(candidates);
    return j;
}

nlohmann::json runs_to_json(const store::Store& store)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& run : store.list_runs())
        out.push_back({{"run_id", run.id},
                       {"dataset", run.dataset_path},
                       {"target", run.target},
                       {"task", run.task},
                       {"metric", run.metric},
                       {"status", run.status},
                       {"started_at", run.started_at},
                       {"elapsed_s", run.elapsed_s},
                       {"budget_s", run.budget_s},
                       {"candidates", run.candidate_count},
                       {"best_id", run.best_candidate ? nlohmann::json(*run.best_candidate) : nlohmann::json()}});
    return out;
}

namespace {

std::string num(const nlohmann::json& v, const char* format)
{
    return v.is_number() ? fmt::format(fmt::runtime(format), v.get<double>()) : std::string("-");
}

// Microseconds as the leaderboard prints them: whole above 10, one decimal below, so that a sub-microsecond
// latency (a linear model, naive Bayes) does not read as 0.
std::string latency_text(const nlohmann::json& us)
{
    if (!us.is_number())
        return num(us, "{:.0f}");
    return num(us, us.get<double>() < 10 ? "{:.1f}" : "{:.0f}");
}

// A candidate's precision variants on one indented line: precision, its score change against fp32 (variant minus
// fp32, as the Export page shows it: negative is a lower score) and p50 latency (empty without variants). The change,
// not the variant's score: variants are scored on a sample of the validation rows, so only the change (fp32
// predicting the same rows) compares with the candidate's own score. Runs stored before fp32's score there was
// recorded show the drop (positive is worse); runs from before drops, the score.
std::string variants_line(const nlohmann::json& c)
{
    if (!c.contains("variants") || !c["variants"].is_array() || c["variants"].empty())
        return "";
    const nlohmann::json basis = c.contains("details") && c["details"].is_object()
                                     ? c["details"].value("variants_basis", nlohmann::json::object())
                                     : nlohmann::json::object();
    const bool fp32_known = basis.is_object() && basis.contains("fp32_score") && basis["fp32_score"].is_number();
    const bool drops = c["variants"].front().contains("drop_vs_fp32");
    std::string line = fp32_known ? "        variants, score change against fp32:"
                       : drops    ? "        variants, drop against fp32 (positive is worse):"
                                  : "        variants:";
    for (const auto& v : c["variants"]) {
        std::string name = v.value("precision", "?");
        if (v.contains("residual_fraction"))
            name += fmt::format("@{:g}", v["residual_fraction"].get<double>());
        nlohmann::json value = v.value("score", nlohmann::json());
        if (fp32_known && value.is_number())
            value = value.get<double>() - basis["fp32_score"].get<double>();
        else if (fp32_known || drops)
            value = v.value("drop_vs_fp32", nlohmann::json());
        line += fmt::format(" {} {} ({} us)", name, num(value, fp32_known || drops ? "{:+.4f}" : "{:.4f}"),
                            num(v.value("latency_us_p50", nlohmann::json()), "{:.1f}"));
    }
    return line + "\n";
}

// "test: 20 rows scored; 10 left out: their class is not in the training rows (maybe)": only when rows were left out.
std::string test_rows_line(const nlohmann::json& report)
{
    if (!report.is_object())
        return "";
    // Test rows equal to a training row are predicted from memory: their share says how much the test score flatters.
    std::string shared;
    if (const auto in_training = report.value("test_rows_in_training", 0); in_training > 0)
        shared = fmt::format("test: {} of {} rows are also training rows (features and target alike); the test score "
                             "flatters the model by them\n",
                             in_training, report.value("test_rows", 0) + report.value("test_rows_left_out", 0));
    // Rows predicted all the same though outside what the chosen model learned (prep/unfamiliar_inputs.h).
    for (const auto& line : report.value("test_unfamiliar", std::vector<std::string>{}))
        shared += "test file: " + line + "\n";
    if (report.value("test_rows_left_out", 0) == 0)
        return shared;
    std::vector<std::string> why;
    if (const auto missing = report.value("test_rows_missing_target", 0); missing > 0)
        why.push_back(fmt::format("{} without a target", missing));
    if (const auto unknown = report.value("test_rows_unknown_class", 0); unknown > 0) {
        std::vector<std::string> classes = report.value("test_unknown_classes", std::vector<std::string>{});
        if (classes.size() > 5) {
            classes.resize(5);
            classes.push_back("...");
        }
        why.push_back(fmt::format("{} of a class the training rows lack ({})", unknown, fmt::join(classes, ", ")));
    }
    return shared + fmt::format("test: {} rows scored; {} left out{}{}\n", report.value("test_rows", 0),
                                report.value("test_rows_left_out", 0), why.empty() ? "" : ": ", fmt::join(why, "; "));
}

// "'a' 1 cell (data row 151 holds '-')": the stray words run_session read as missing (report.not_numbers).
std::string not_numbers_list(const nlohmann::json& report)
{
    if (!report.is_object() || !report.contains("not_numbers") || !report["not_numbers"].is_array())
        return "";
    std::vector<std::string> listed;
    for (const auto& s : report["not_numbers"])
        listed.push_back(fmt::format("'{}' {} cell(s) (data row {} holds '{}')", s.value("column", "?"),
                                     s.value("cells", 0), s.value("first_data_row", 0), s.value("first_text", "")));
    return fmt::format("{}", fmt::join(listed, "; "));
}

}  // namespace

std::string set_aside_list(const nlohmann::json& report)
{
    if (!report.is_object() || !report.contains("set_aside") || !report["set_aside"].is_array())
        return "";
    std::vector<std::string> listed;
    for (const auto& s : report["set_aside"])
        listed.push_back(fmt::format("'{}' {}", s.value("column", "?"), s.value("reason", "?")));
    return fmt::format("{}", fmt::join(listed, "; "));
}

std::string leaderboard_text(const nlohmann::json& run)
{
    std::vector<nlohmann::json> rows(run["candidates"].begin(), run["candidates"].end());
    const bool minimise = run.value("metric_direction", "max") == "min";
    std::stable_sort(rows.begin(), rows.end(), [&](const nlohmann::json& a, const nlohmann::json& b) {
        const bool sa = a["score"].is_number(), sb = b["score"].is_number();
        if (sa != sb)
            return sa;
        if (!sa)
            return false;
        return minimise ? a["score"].get<double>() < b["score"].get<double>()
                        : a["score"].get<double>() > b["score"].get<double>();
    });
    const bool has_test = std::any_of(rows.begin(), rows.end(), [](auto& c) { return c.contains("test_score"); });
    const std::string metric =
        run.contains("metric_expr")
            ? fmt::format("{} ({}, {} is better)", run["metric_expr"].get<std::string>(), run.value("metric", ""),
                          minimise ? "lower" : "higher")
            : run.value("metric", "");
    std::string out = fmt::format("run {} · {} · target {} · {} · metric {} · {:.1f}/{:.0f} s · {}\n",
                                  run.value("run_id", 0), run.value("dataset", ""), run.value("target", ""),
                                  run.value("task", ""), metric, run.value("elapsed_s", 0.0),
                                  run.value("budget_s", 0.0), run.value("status", ""));
    if (run.contains("validation") && run["validation"].is_object())
        out += fmt::format("validated: {}{}\n", validation_text(run["validation"]),
                           run["validation"].value("kind", "") == "time"
                               ? " (each fold trains on the earlier rows only)"
                               : "");
    if (const std::string set_aside = set_aside_list(run.value("report", nlohmann::json::object()));
        !set_aside.empty())
        out += "set aside, not features: " + set_aside + "\n";
    if (const std::string strays = not_numbers_list(run.value("report", nlohmann::json::object())); !strays.empty())
        out += "words among numbers, read as missing: " + strays + "\n";
    out += test_rows_line(run.value("report", nlohmann::json::object()));
    const std::size_t unscored = static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](auto& c) {
        return c.contains("details") && c["details"].contains("test") && c["details"]["test"].contains("note");
    }));
    if (unscored > 0) // record_test_score: else the test column vanishes without a word
        out += fmt::format("test: no score for {} candidate(s): the metric is not finite on the test rows\n", unscored);
    out += fmt::format("{:>4} {:2} {:<14} {:>8} {:>7} {}{:>8} {:>10} {:>10} {:>10} {:<9} {}\n", "id", "", "family",
                       "score", "± std", has_test ? fmt::format("{:>8} ", "test") : "", "fit_s", "p50_us",
                       "rows/s", "bytes", "status", "params / error");
    const auto best = run.value("best_id", nlohmann::json());
    for (const auto& c : rows) {
        const bool is_best = best.is_number() && c["id"] == best;
        std::string params = c.contains("error") ? c["error"].get<std::string>() : c["params"].dump();
        if (params.size() > 70)
            params = params.substr(0, 67) + "...";
        const std::string marks = std::string(is_best ? "*" : "") + (c.value("over_latency_budget", false) ? "!" : "");
        out += fmt::format("{:>4} {:2} {:<14} {:>8} {:>7} {}{:>8} {:>10} {:>10} {:>10} {:<9} {}\n",
                           c["id"].get<long long>(), marks,
                           c["family"].get<std::string>(), num(c["score"], "{:.4f}"), num(c["score_std"], "{:.4f}"),
                           has_test ? fmt::format("{:>8} ", num(c.value("test_score", nlohmann::json()), "{:.4f}"))
                                    : "",
                           num(c["fit_s"], "{:.3f}"), latency_text(c["latency_us_p50"]),
                           num(c["throughput_rows_s"], "{:.0f}"), num(c["size_bytes"], "{:.0f}"),
                           c["status"].get<std::string>(), params);
        out += variants_line(c);
    }
    if (best.is_number()) // a run whose candidates all failed chose none: no rule to explain
        out +=
            "* chosen: the ensemble when there is one, its member when it holds one (an ensemble is scored on "
            "rows\n  its weights were not chosen on, while a single's score is the best of many tries on the same "
            "folds),\n  else the best score; within the latency budget, if any (when none is, the fastest). ! over the "
            "latency budget\n";
    return out;
}

std::string runs_text(const nlohmann::json& runs)
{
    std::string out = fmt::format("{:>5} {:<12} {:<24} {:<20} {:<11} {:>6} {:>8} {:>5} {}\n", "run", "status",
                                  "started", "dataset", "task", "cands", "elapsed", "best", "metric");
    for (const auto& r : runs) {
        std::string dataset = r.value("dataset", "");
        if (const auto slash = dataset.find_last_of('/'); slash != std::string::npos)
            dataset = dataset.substr(slash + 1);
        out += fmt::format("{:>5} {:<12} {:<24} {:<20} {:<11} {:>6} {:>8.1f} {:>5} {}\n", r["run_id"].get<long long>(),
                           r.value("status", ""), r.value("started_at", ""), dataset.substr(0, 20),
                           r.value("task", ""), r.value("candidates", 0), r.value("elapsed_s", 0.0),
                           r["best_id"].is_number() ? std::to_string(r["best_id"].get<long long>()) : "-",
                           r.value("metric", ""));
    }
    return out;
}

}  // namespace tern::search
