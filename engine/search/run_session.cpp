#include "engine/search/run_session.h"

#include "engine/core/error.h"
#include "engine/core/library_versions.h"
#include "engine/core/message_json.h"
#include "engine/search/candidate_timer.h"
#include "engine/search/cost_probe.h"
#include "engine/search/log_lines.h"
#include "engine/search/validation_score.h"
#include "engine/search/variants.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tern::search {

int fit_threads()
{
    return static_cast<int>(std::max(1u, runtime_info().cpu.logical_cores));
}

RunSession::RunSession(store::Store& store, Observer& observer, std::stop_token stop)
    : m_store(store), m_observer(observer), m_stop(std::move(stop))
{
}

double RunSession::elapsed() const { return std::chrono::duration<double>(clock_type::now() - m_start).count(); }
double RunSession::remaining() const { return m_budget_s - elapsed(); }

Problem RunSession::problem() const
{
    // Candidates run one at a time. On a small table one fit cannot keep several cores busy (XGBoost's threads wait
    // on each other over a few hundred rows; the MLP's kernels have little to split), so the folds run side by side,
    // one thread each. Otherwise each fit uses every core (forests and k-NN split trees and rows over threads with
    // results independent of their count, XGBoost and the MLP's kernels use OpenMP), as it must for one holdout.
    // Costs are still timed on one thread.
    Problem pb{&m_table, &m_target, &m_folds, m_scorer.get(), m_spec.seed, fit_threads()};
    constexpr double side_by_side_cells = 1e6;
    const auto cells = static_cast<double>(m_target.rows.size()) * static_cast<double>(m_table.cols());
    if (pb.threads > 1 && folds_per_repeat(m_folds, m_target.rows.size()) > 1 && cells <= side_by_side_cells) {
        pb.concurrent_folds = pb.threads;
        pb.threads = 1;
    }
    pb.pooled_score = m_pooled_score;
    return pb;
}

int RunSession::searched_candidates() const
{
    int n = 0;
    for (const auto& r : m_results)
        n += r.family != "ensemble";
    return n;
}

double RunSession::top_fidelity() const
{
    double top = 0;
    for (const auto& r : m_results)
        if (r.status == "ok" && m_configs.count(r.id))
            top = std::max(top, m_configs.at(r.id).fidelity);
    return top;
}

bool RunSession::at_top_fidelity(std::int64_t id) const
{
    return m_configs.count(id) && m_configs.at(id).fidelity >= top_fidelity();
}

RunOutcome RunSession::start(const RunSpec& spec)
{
    m_start = clock_type::now();
    m_spec = spec;
    m_budget_s = spec.budget_s;
    prepare();
    read_test_file();
    flush_notes();

    m_run.dataset_path = spec.data_path;
    try {
        store::DatasetRecord d;
        d.path = spec.data_path;
        d.content_hash = m_images ? store::content_hash_of_image_folder(spec.data_path)
                                  : store::content_hash_of_file(spec.data_path);
        d.kind = m_images ? "images" : "table";
        d.rows = static_cast<std::int64_t>(m_table.rows());
        d.cols = static_cast<std::int64_t>(m_table.cols());
        d.schema = nlohmann::json::object();
        m_run.dataset_id = m_store.register_dataset(d);
    } catch (const InputError&) {
        // The run does not need the dataset row; an unreadable hash only loses the link.
    }
    m_run.target = m_spec.target;
    m_run.task = std::string(to_string(m_target.task));
    m_run.metric = m_scorer->metric_name();
    m_run.metric_expr = spec.metric_expr;
    m_run.seed = static_cast<std::int64_t>(spec.seed);
    m_run.budget_s = spec.budget_s;
    m_run.spec = m_spec.to_json();
    const auto info = to_json(runtime_info());
    m_run.machine = info.value("cpu", nlohmann::json::object());
    m_run.versions = info.value("libraries", info);
    m_run.report = m_report;
    m_store.create_run(m_run);
    m_observer.run_started(m_run.id);
    m_observer.log(Message(m_images
                               ? TERN_TEXT("EngineText", "run %1: %2 images, %3, metric %4, %5 s budget, families %6")
                               : TERN_TEXT("EngineText", "run %1: %2 rows, %3, metric %4, %5 s budget, families %6"),
                           m_run.id, m_target.rows.size(), task_message(m_target.task),
                           Message::term("metric", m_run.metric), m_budget_s, family_list(m_ctx.families)));
    return search_and_finish();
}

double RunSession::estimated_seconds(const CandidateConfig& config) const
{
    const std::size_t per_repeat = folds_per_repeat(m_folds, m_target.rows.size());
    std::vector<double> seen;
    for (const auto& r : m_results)
        if (r.family == config.family && r.details.contains("cv_s") && r.details.contains("config")) {
            const double fid = r.details["config"].value("fidelity", 1.0);
            // The time of one repeat of K-fold: a candidate too slow for every repeat stops after the whole
            // repeats that fit its limit (cross_validate), so one repeat is what it needs to finish at all.
            const double repeat_share = r.fold_scores.empty() ? 1.0
                                                              : static_cast<double>(per_repeat) /
                                                                    static_cast<double>(r.fold_scores.size());
            seen.push_back(r.details["cv_s"].get<double>() * repeat_share * config.fidelity / std::max(fid, 1e-3));
        }
    if (seen.empty())
        return 0;
    std::sort(seen.begin(), seen.end());
    return seen[seen.size() / 2];
}

void RunSession::search()
{
    // A share of the budget is kept for the ensemble, the refit on all rows, the test file and the explanation.
    const double search_share = m_spec.test_path.empty() ? 0.85 : 0.8;
    const double search_budget = m_budget_s * search_share;
    const double per_candidate = std::max(2.0, 0.3 * m_budget_s);
    while (!m_stop.stop_requested()) {
        if (m_spec.max_candidates > 0 && searched_candidates() >= m_spec.max_candidates)
            break;
        // On large data the best model's refit can outgrow the share kept for it: the search then ends earlier, but
        // keeps half the budget (a refit that still does not fit leaves the chosen model as its fold fitted it).
        const double end = std::min(search_budget, 0.95 * m_budget_s - std::min(refit_reserve_s(), 0.45 * m_budget_s));
        const double left = end - elapsed();
        if (left < 0.05 * search_budget || left <= 0.1)
            break;
        auto config = m_strategy->next(m_history);
        if (!config) {
            m_observer.log(Message(TERN_TEXT("EngineText", "the strategy has nothing left to propose")));
            break;
        }
        // A candidate that cannot finish in what is left ends the search (the proposal order never changes).
        if (estimated_seconds(*config) > left * 1.5 && searched_candidates() >= 1)
            break;
        run_candidate(*config, std::min(left, per_candidate));
        if (m_cancelled)
            break;
    }
    if (m_stop.stop_requested())
        m_cancelled = true;
}

void RunSession::run_candidate(const CandidateConfig& config, double limit_s)
{
    CandidateResult r;
    r.id = m_next_id++;
    r.family = config.family;
    r.params = config.display_params();
    m_observer.candidate_started({r.id, r.family, r.params});

    Evaluation ev;
    {
        CandidateTimer timer(m_stop, limit_s);
        Problem pb = problem();
        pb.keep_fold_models = has_variants(config.family);
        ev = cross_validate(pb, config, timer.token(), limit_s, [&] { return timer.timed_out(); });
    }
    r.status = ev.status;
    r.error = ev.error;
    r.details["config"] = config.to_json();
    r.details["cv_s"] = ev.cv_s;
    r.details["fidelity"] = config.fidelity;
    // The configuration stays as proposed (the strategy's history, resume's de-duplication); the params shown and
    // every later fit (refit, importance, export) take the size the folds were trained with.
    const CandidateConfig trained = config.as_trained(ev.cut_short);
    if (!ev.cut_short.empty()) {
        r.details["cut_short"] = ev.cut_short;
        r.params = trained.display_params();
    }
    std::vector<store::ArtifactRecord> artifacts;
    std::optional<Message> variants_line; // logged after the candidate's own line, which it details
    if (ev.status == "ok") {
        r.score = ev.score;
        r.score_std = ev.score_std;
        r.fold_scores = ev.fold_scores;
        // Scored on the whole repeats its time limit allowed: a noisier score than its neighbours', said beside it.
        if (ev.fold_scores.size() < m_folds.size())
            r.details["folds_scored"] = {{"scored", ev.fold_scores.size()}, {"of", m_folds.size()}};
        if (ev.pooled_score)
            r.details["score_basis"] = class_lacking_basis;
        else if (ev.undefined_folds > 0)
            r.details["score_basis"] = undefined_folds_basis(ev.undefined_folds, ev.fold_scores.size());
        r.metrics = ev.metrics;
        if (ev.threshold)
            r.params["decision_threshold"] = *ev.threshold;
        r.fit_s = ev.fit_s;
        try {
            ev.last_fold->model->set_threads(1);
            const auto rows = table_rows(m_target, m_folds.back().valid);
            const Costs c = measure_costs(*ev.last_fold, m_table, rows, m_target.task, 0.15);
            r.latency_us_p50 = c.latency_us_p50;
            r.latency_us_p99 = c.latency_us_p99;
            r.throughput_rows_s = c.throughput_rows_s;
            r.size_bytes = c.size_bytes;
            r.over_latency_budget = m_spec.latency_budget_us > 0 && c.latency_us_p50 > m_spec.latency_budget_us;
            if (!ev.fold_models.empty())
                variants_line = record_variants(r.details, m_table, ev.fold_models, ev.threshold, *m_scorer, m_stop);
            store::ArtifactRecord model;
            model.kind = "model";
            model.meta = {{"fitted_on", fmt::format("training rows of fold {}", ev.fold_scores.size())},
                          {"family", config.family}};
            model.data = serialize_fitted(*ev.last_fold);
            artifacts.push_back(std::move(model));
            artifacts.push_back(oof_artifact(ev.oof, ev.oof_mask));
            m_oof[r.id] = std::move(ev.oof);
            if (!ev.oof_single.values.empty())
                m_oof_single[r.id] = std::move(ev.oof_single);
            m_oof_mask[r.id] = std::move(ev.oof_mask);
        } catch (const std::exception& e) {
            r.status = "failed";
            r.error = Message(TERN_TEXT("EngineText", "measuring the candidate's cost: %1"), message_of(e));
            r.score.reset();
            m_oof.erase(r.id);
            m_oof_single.erase(r.id);
        }
    }
    if (r.status == "cancelled")
        m_cancelled = true;
    commit(r, std::move(artifacts));
    m_configs[r.id] = trained;
    m_history.push_back({config, r.status, r.score ? std::optional<double>(m_scorer->oriented(*r.score))
                                                   : std::nullopt});
    m_observer.candidate_finished(r);
    m_observer.log(finished_line(r, m_scorer->metric_name(), m_folds.size(), ev.cut_short, config.params));
    if (variants_line && r.status == "ok")
        m_observer.log(Message("#%1 %2", r.id, *variants_line));
    report_progress("search");
}

void RunSession::report_progress(const std::string& phase)
{
    Progress p;
    p.elapsed_s = m_elapsed_before + elapsed();
    p.budget_s = m_spec.budget_s;
    p.eta_s = std::max(0.0, remaining());
    p.candidates_done = static_cast<int>(m_results.size());
    p.max_candidates = m_spec.max_candidates;
    if (m_spec.max_candidates > 0 && searched_candidates() > 0) {
        const double per = elapsed() / searched_candidates();
        p.eta_s = std::min(p.eta_s, per * std::max(0, m_spec.max_candidates - searched_candidates()) + 1.0);
    }
    for (const auto& r : m_results)
        if (r.status == "ok" && r.score &&
            (!p.best_score || m_scorer->oriented(*r.score) > m_scorer->oriented(*p.best_score))) {
            p.best_score = r.score;
            p.best_id = r.id;
        }
    p.phase = phase;
    m_observer.progress(p);
}

store::ArtifactRecord oof_artifact(const PredictionBlock& oof, const std::vector<std::uint8_t>& mask)
{
    store::ArtifactRecord a;
    a.kind = "oof_predictions";
    a.meta = {{"rows", mask.size()}, {"width", oof.width}, {"layout", "u8 mask[rows], float32 values[rows*width]"}};
    a.data.resize(mask.size() + oof.values.size() * sizeof(float));
    std::memcpy(a.data.data(), mask.data(), mask.size());
    std::memcpy(a.data.data() + mask.size(), oof.values.data(), oof.values.size() * sizeof(float));
    return a;
}

void read_oof_artifact(const store::ArtifactRecord& a, PredictionBlock& oof, std::vector<std::uint8_t>& mask)
{
    const std::size_t rows = a.meta.value("rows", std::size_t{0});
    const std::size_t width = a.meta.value("width", std::size_t{1});
    if (a.data.size() != rows + rows * width * sizeof(float))
        throw InputError("stored out-of-fold predictions have the wrong size");
    mask.assign(a.data.begin(), a.data.begin() + static_cast<std::ptrdiff_t>(rows));
    oof.width = width;
    oof.values.resize(rows * width);
    std::memcpy(oof.values.data(), a.data.data() + rows, rows * width * sizeof(float));
}

RunOutcome Runner::run(const RunSpec& spec, Observer& observer, std::stop_token stop)
{
    RunSession session(m_store, observer, std::move(stop));
    return session.start(spec);
}

RunOutcome Runner::resume(std::int64_t run_id, std::optional<double> budget_s, Observer& observer,
                          std::stop_token stop, std::optional<int> max_candidates)
{
    RunSession session(m_store, observer, std::move(stop));
    return session.resume(run_id, budget_s, max_candidates);
}

RefitModels Runner::refit(std::int64_t run_id, std::int64_t candidate_id, std::stop_token stop)
{
    NullObserver quiet;
    RunSession session(m_store, quiet, std::move(stop));
    return session.refit_stored(run_id, candidate_id);
}

nlohmann::json Runner::explain(std::int64_t run_id, std::int64_t candidate_id, double max_seconds,
                               std::stop_token stop, std::string* store_error)
{
    NullObserver quiet;
    RunSession session(m_store, quiet, std::move(stop));
    return session.explain(run_id, candidate_id, max_seconds, store_error);
}

}  // namespace tern::search
