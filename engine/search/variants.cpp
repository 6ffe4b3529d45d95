// Scoring precision variants over cross-validation folds. Each fold's own fitted model is quantised (calibrated on
// that fold's training rows) and predicts that fold's validation rows, so a variant's score is out-of-fold like the
// candidate's; the float models predict the same rows, which makes the drop of each variant exact on equal footing.
#include "engine/search/variants.h"

#include "engine/core/error.h"
#include "engine/search/evaluator.h"
#include "engine/search/variant_eval.h"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <map>
#include <set>

namespace tern::search {

nlohmann::json to_json(const VariantScore& v)
{
    nlohmann::json j{{"precision", quant::to_string(v.precision)},
                     {"score", v.score},
                     {"latency_us_p50", v.latency_us_p50},
                     {"throughput_rows_s", v.throughput_rows_s},
                     {"size_bytes", v.size_bytes},
                     {"multiplies", v.multiplies}};
    if (v.residual_fraction)
        j["residual_fraction"] = *v.residual_fraction;
    return j;
}

std::vector<VariantPlan> standard_variants()
{
    using quant::Precision;
    return {{Precision::bf16, 1.0},
            {Precision::int8, 1.0},
            {Precision::ternary, 1.0},
            {Precision::ternary, 0.5},
            {Precision::ternary, 0.0}};
}

bool has_variants(const std::string& family)
{
    return family == "mlp" || family == "linear";
}

VariantReport evaluate_variants(const data::Table& table, std::span<const VariantFold> folds, const Scorer& scorer,
                                std::span<const VariantPlan> plans, const JobControl& job, double probe_seconds,
                                std::size_t max_rows)
{
    if (folds.empty())
        throw InputError("precision variants: no folds to score on");
    const Task task = scorer.task();
    const std::size_t per_fold = std::max<std::size_t>(1, max_rows / folds.size());
    std::vector<PreparedFold> prepared;
    std::vector<float> truth;
    PredictionBlock fp32;
    std::size_t available = 0;
    for (const auto& f : folds) {
        prepared.push_back(prepare_fold(table, f, per_fold));
        available += f.validation_rows.size();
        const auto& p = prepared.back();
        truth.insert(truth.end(), p.labels.begin(), p.labels.end());
        const auto block = float_predictions(p, task);
        fp32.width = block.width;
        fp32.values.insert(fp32.values.end(), block.values.begin(), block.values.end());
    }
    fp32.threshold = folds.front().threshold;
    VariantReport report;
    report.rows = truth.size();
    report.fp32_score = scorer.score(truth, fp32);
    report.rows_note = folds.size() == 1
                           ? fmt::format("validation rows of one fold ({} of {})", truth.size(), available)
                           : fmt::format("out-of-fold: validation rows of {} folds, each fold's own model ({} of {})",
                                         folds.size(), truth.size(), available);

    std::map<quant::Precision, std::vector<quant::QuantizedNetwork>> nets; // per fold, quantised once
    for (std::size_t i = 0; i < plans.size(); ++i) {
        if (job.stop_requested())
            throw Cancelled();
        const auto& plan = plans[i];
        auto& per = nets[plan.precision];
        if (per.empty())
            for (const auto& p : prepared)
                per.push_back(quantise_fold(p, plan.precision));
        PredictionBlock block;
        for (std::size_t f = 0; f < prepared.size(); ++f) {
            per[f].set_residual_fraction(plan.residual_fraction);
            auto b = network_predictions(per[f], prepared[f].validation);
            block.width = b.width;
            block.values.insert(block.values.end(), b.values.begin(), b.values.end());
        }
        block.threshold = fp32.threshold;
        VariantScore v = variant_costs(table, prepared.front(), per.front(), task, probe_seconds);
        v.score = scorer.score(truth, block);
        report.variants.push_back(v);
        job.report(double(i + 1) / double(plans.size()));
    }
    return report;
}

void store_variants(nlohmann::json& details, const VariantReport& report, const Scorer& scorer)
{
    auto list = nlohmann::json::array();
    for (const auto& v : report.variants) {
        auto j = to_json(v);
        j["drop_vs_fp32"] = scorer.oriented(report.fp32_score) - scorer.oriented(v.score);
        list.push_back(std::move(j));
    }
    details["variants"] = std::move(list);
    details["variants_basis"] = {
        {"rows", report.rows_note}, {"scored_rows", report.rows}, {"fp32_score", report.fp32_score}};
}

Message record_variants(nlohmann::json& details, const data::Table& table, std::span<const FoldModel> folds,
                        std::optional<float> threshold, const Scorer& scorer, std::stop_token stop)
{
    const auto start = std::chrono::steady_clock::now();
    try {
        // Repeated K-fold scores each row once per repeat; the first repeat already covers every row once.
        std::vector<VariantFold> vf;
        std::set<std::size_t> seen;
        for (const auto& f : folds) {
            if (std::any_of(f.valid_rows.begin(), f.valid_rows.end(), [&](auto r) { return seen.count(r) > 0; }))
                break;
            seen.insert(f.valid_rows.begin(), f.valid_rows.end());
            vf.push_back({&f.fitted, f.train_rows, f.valid_rows, f.valid_labels, threshold});
        }
        const auto plans = standard_variants();
        // Short probes: five variants per candidate must not eat the search budget (at least 20 one-row timings each).
        const auto report = evaluate_variants(table, vf, scorer, plans, JobControl{stop, {}}, 0.02);
        store_variants(details, report, scorer);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // Changes against fp32 on the variants' rows, as the leaderboard prints them (variant minus fp32): their
        // scores there are on another basis than the candidate's.
        std::string changes;
        for (const auto& v : report.variants)
            changes += fmt::format(" {}{} {:+.4f}", quant::to_string(v.precision),
                                   v.residual_fraction ? fmt::format("@{:g}", *v.residual_fraction) : "",
                                   v.score - report.fp32_score);
        return Message(TERN_TEXT("EngineText", "variants, score change against fp32 on %1 held-out rows (%2 s):%3"),
                       report.rows, fmt::format("{:.1f}", seconds), changes);
    } catch (const Cancelled&) {
        return Message(TERN_TEXT("EngineText", "variants: skipped (stopped)"));
    } catch (const std::exception& e) {
        return Message(TERN_TEXT("EngineText", "variants: %1"), e.what());
    }
}

} // namespace tern::search
