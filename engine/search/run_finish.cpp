// The end of a run: Caruana ensemble over the out-of-fold predictions, the best candidate (within the latency
// budget), refit on all training rows with scores on the test file, permutation importance of the best, and the
// run's final record.
#include "engine/core/error.h"
#include "engine/core/message_json.h"
#include "engine/data/readers.h"
#include "engine/search/cost_probe.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/ensemble.h"
#include "engine/search/importance.h"
#include "engine/search/run_session.h"
#include "engine/search/validation_score.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <new>

namespace tern::search {

namespace {

// Why a run without a model has none, with the error most candidates failed with. The leaderboard lists every
// candidate's error, but the one-line message the CLI ends with (and the History page's tooltip) must say it too.
Message no_model_reason(const std::vector<CandidateResult>& results, double budget_s)
{
    if (results.empty())
        return Message(TERN_TEXT("EngineText", "the budget of %1 s ended before any candidate finished"),
                       fmt::format("{:g}", budget_s));
    std::map<std::string, std::pair<int, const CandidateResult*>> count;
    for (const auto& r : results)
        if (r.status != "ok" && !r.error.empty()) {
            auto& [n, first] = count[r.error.text()];
            if (n++ == 0)
                first = &r;
        }
    const auto top = std::max_element(count.begin(), count.end(),
                                      [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
    if (top == count.end())
        return Message(TERN_TEXT("EngineText", "every candidate failed"));
    const CandidateResult& r = *top->second.second;
    Message why = r.error;
    if (why.is_verbatim())  // a library's error may hold a trace
        why = Message::verbatim(why.text().substr(0, why.text().find('\n')));
    return Message(TERN_TEXT("EngineText", "every candidate failed: %1"), why);
}

// Parts of the selection rows the ensemble's honest (cross-fitted) score is measured on.
constexpr int ensemble_parts = 5;

}  // namespace

void RunSession::build_ensemble()
{
    std::vector<EnsembleInput> inputs;
    const std::size_t n = m_target.rows.size();
    std::vector<std::uint8_t> common(n, 1);
    for (const auto& r : m_results) {
        if (r.status != "ok" || r.family == "ensemble" || !r.score || !m_oof.count(r.id))
            continue;
        if (!at_top_fidelity(r.id))
            continue;  // candidates on fewer rows than others are not final models
        inputs.push_back({r.id, m_scorer->oriented(*r.score), &m_oof[r.id], r.family, r.score_std.value_or(0)});
        for (std::size_t i = 0; i < n; ++i)
            common[i] = common[i] && m_oof_mask[r.id][i];
    }
    if (inputs.empty())
        return;
    // Single models' predictions when every input has them (repeated K-fold in this session): the average over
    // repeats is a bagged ensemble of its own, most flattering to unstable models (an MLP's or boosted trees'
    // averaged predictions score far above any one of them), and the refitted member is one model.
    if (std::all_of(inputs.begin(), inputs.end(), [&](const EnsembleInput& in) { return m_oof_single.count(in.id); }))
        for (auto& in : inputs)
            in.oof = &m_oof_single[in.id];
    // A resumed run that added candidates to the pool gets a new ensemble over all of them; the earlier one stays
    // as it was (its members, weights and scores: an export of it keeps matching its record).
    std::optional<std::int64_t> previous;
    for (const auto& r : m_results)
        if (r.family == "ensemble")
            previous = r.id;
    if (previous && m_ensembles.count(*previous) &&
        std::none_of(inputs.begin(), inputs.end(), [&](const EnsembleInput& in) { return in.id > *previous; }))
        return;
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < n; ++i)
        if (common[i])
            rows.push_back(i);
    // Classes read at a tuned threshold (decision_threshold.h) are what the blends are selected for, unless a fold
    // lacks a class: then no candidate, nor the ensemble, tunes one.
    const bool tunes = tunes_threshold(*m_scorer) && !m_pooled_score;
    const EnsembleResult e = select_ensemble(inputs, m_target.y, rows, *m_scorer, 50, 20, ensemble_parts, tunes);
    // The ensemble is scored like any candidate, on predictions of rows its weights were not chosen on (the
    // cross-fitted ones): scored on its own selection rows it would always look better than it is.
    PredictionBlock honest = e.oof;
    if (e.cross_fitted_score)
        for (std::size_t i = 0; i < rows.size(); ++i)
            std::copy_n(e.crossed.values.begin() + static_cast<std::ptrdiff_t>(i * e.crossed.width), e.crossed.width,
                        honest.values.begin() + static_cast<std::ptrdiff_t>(rows[i] * honest.width));

    CandidateResult r;
    r.id = m_next_id++;
    r.family = "ensemble";
    r.params = {{"members", e.members}, {"weights", e.weights}};
    std::vector<Fold> scored_folds;  // the folds with rows every member predicted, as many as fold scores
    std::vector<std::size_t> validated;
    std::vector<std::vector<std::size_t>> fold_rows;
    const std::vector<bool> lacking = m_pooled_score ? folds_lacking_a_class(m_folds, m_target.y, m_target.task)
                                                     : std::vector<bool>(m_folds.size(), false);
    for (std::size_t f = 0; f < m_folds.size(); ++f) {
        std::vector<std::size_t> valid;
        for (auto p : m_folds[f].valid)
            if (common[p])
                valid.push_back(p);
        if (!valid.empty()) {
            r.fold_scores.push_back(lacking[f] ? std::numeric_limits<double>::quiet_NaN()
                                               : m_scorer->score(m_target.y, honest, valid));
            scored_folds.push_back(m_folds[f]);
            validated.push_back(valid.size());
            fold_rows.push_back(std::move(valid));
        }
    }
    auto summary = summarize_validation(scored_folds, r.fold_scores, validated);
    // The blend's classes at a tuned threshold. Its weights were selected for the blend at its best threshold
    // (select_ensemble), so one half is no safer default for it than any other: the threshold is kept whenever its
    // cross-fitted fold scores (each fold read at a threshold tuned on the other folds) beat one half on average,
    // where a single candidate needs a consistent gain (decision_threshold.h). Compared on the folds both read
    // finitely, and never for a threshold that leaves more folds undefined (no predicted positive for a precision).
    if (summary && tunes) {
        std::vector<PredictionBlock> fold_blocks;
        for (const auto& valid : fold_rows)
            fold_blocks.push_back(take_rows(honest, valid));
        const auto tuned = tune_threshold(*m_scorer, m_target.y, honest, rows, fold_rows, fold_blocks,
                                          validates_forward(scored_folds));
        // The oriented mean of `scores` on the folds where `other` is finite too (NaN when there is none).
        auto mean_on_common_folds = [&](std::vector<double> scores, const std::vector<double>& other) {
            for (std::size_t f = 0; f < scores.size(); ++f)
                if (!std::isfinite(other[f]))
                    scores[f] = std::numeric_limits<double>::quiet_NaN();
            const auto s = summarize_validation(scored_folds, scores, validated);
            return s ? m_scorer->oriented(s->mean) : std::numeric_limits<double>::quiet_NaN();
        };
        const bool gains = tuned && count_undefined_folds(tuned->fold_scores) <= count_undefined_folds(r.fold_scores) &&
                           mean_on_common_folds(tuned->fold_scores, r.fold_scores) >
                               mean_on_common_folds(r.fold_scores, tuned->fold_scores);
        const auto crossed = gains ? summarize_validation(scored_folds, tuned->fold_scores, validated) : std::nullopt;
        if (crossed) {
            summary = crossed;
            r.fold_scores = tuned->fold_scores;
            honest.threshold = tuned->threshold;
            r.params["decision_threshold"] = tuned->threshold;
        }
    }
    std::vector<float> truth;
    for (auto p : rows)
        truth.push_back(m_target.y[p]);
    // Scored as the candidates are when a fold lacks a class (Evaluation::pooled_score) or the metric is not finite
    // on some fold (count_undefined_folds): on the pooled rows.
    const std::size_t undefined = count_undefined_folds(r.fold_scores);
    std::optional<double> pooled;
    if (m_pooled_score || undefined > 0)
        if (const double s = m_scorer->score(truth, take_rows(honest, rows)); std::isfinite(s))
            pooled = s;
    if (!summary && pooled)
        summary = FoldSummary{*pooled, 0.0, 0};
    if (!summary) {
        m_observer.log(
            Message(TERN_TEXT("EngineText", "no ensemble: the metric is not finite on any fold of its predictions")));
        return;
    }
    m_observer.candidate_started({r.id, r.family, r.params});
    r.score = summary->mean;
    r.score_std = summary->std;
    r.metrics = m_scorer->all_metrics(truth, take_rows(honest, rows));
    if (pooled) {
        r.score = *pooled;
        r.details["score_basis"] =
            m_pooled_score ? class_lacking_basis : undefined_folds_basis(undefined, r.fold_scores.size());
    }
    double fit = 0;
    MemberCosts costs;
    for (auto id : e.members)
        for (const auto& m : m_results)
            if (m.id == id) {
                fit += m.fit_s.value_or(0);
                costs.add(m.latency_us_p50.value_or(0), m.latency_us_p99.value_or(0), m.throughput_rows_s.value_or(0),
                          m.size_bytes.value_or(0));
            }
    r.fit_s = fit;
    r.latency_us_p50 = costs.latency_us_p50;
    r.latency_us_p99 = costs.latency_us_p99;
    r.throughput_rows_s = costs.throughput_rows_s();
    r.size_bytes = costs.size_bytes;
    r.over_latency_budget = m_spec.latency_budget_us > 0 && costs.latency_us_p50 > m_spec.latency_budget_us;
    r.details["selection_score"] = e.score;
    if (e.cross_fitted_score)
        r.details["cross_fitted_score"] = *e.cross_fitted_score;
    if (e.cross_fitted_single_score)
        r.details["best_single_cross_fitted_score"] = *e.cross_fitted_single_score;
    r.details["pool"] = inputs.size();
    std::vector<std::uint8_t> mask = common;
    m_oof[r.id] = honest;
    m_oof_mask[r.id] = mask;
    commit(r, {oof_artifact(honest, mask)});
    m_ensembles[r.id] = e.members;
    m_ensemble_weights[r.id] = e.weights;
    m_observer.candidate_finished(r);
    if (e.members.size() == 1)
        m_observer.log(Message(TERN_TEXT("EngineText", "#%1 ensemble of one candidate, #%2: %3=%4"), r.id,
                               e.members.front(), Message::term("metric", m_scorer->metric_name()),
                               fmt::format("{:.4f}", *r.score)));
    else
        m_observer.log(Message(TERN_TEXT("EngineText", "#%1 ensemble of %2 candidates: %3=%4"), r.id,
                               e.members.size(), Message::term("metric", m_scorer->metric_name()),
                               fmt::format("{:.4f}", *r.score)));
}

void RunSession::choose_best()
{
    // A resumed run keeps its earlier ensembles, but only the newest, over the largest pool, may be chosen: picking
    // the best-scoring of several ensembles would bring back the flattery of a maximum over tries.
    std::int64_t newest_ensemble = 0;
    for (const auto& [id, members] : m_ensembles)
        newest_ensemble = std::max(newest_ensemble, id);
    // An ensemble of one member is that member behind a wrapper: the member itself takes the ensemble's place, and
    // exports in every precision (an MLP's bf16, int8 and ternary variants) and is read without a blend.
    std::int64_t lone_member = 0;
    if (const auto it = m_ensembles.find(newest_ensemble); it != m_ensembles.end() && it->second.size() == 1)
        lone_member = it->second.front();
    auto eligible = [&](const CandidateResult& r, bool latency) {
        if (r.status != "ok" || !r.score)
            return false;
        if (r.family != "ensemble" && !at_top_fidelity(r.id))
            return false;
        if (r.family == "ensemble" && r.id != newest_ensemble)
            return false;
        if (r.family == "ensemble" && lone_member != 0)
            return false;
        return !latency || !r.over_latency_budget;
    };
    // The ensemble whenever it is eligible, as auto-sklearn chooses. A single candidate's cross-validated score is
    // the maximum over a pool the search tuned on these same folds, so it flatters the single; a weighted average
    // of several members is the safer bet on rows nobody has seen. Across 14 held-out runs where the earlier rule
    // (the single when its cross-fitted score beat the ensemble's) chose a single, the ensemble scored on average
    // 0.008 better on the test rows, better in 6, worse in 3 by at most 0.008. Without an eligible ensemble: the
    // best score, then the earlier candidate.
    auto preferred = [&](const CandidateResult& r) { return r.family == "ensemble" || r.id == lone_member; };
    auto better = [&](const CandidateResult& a, const CandidateResult& b) {
        if (preferred(a) != preferred(b))
            return preferred(a);
        const double sa = m_scorer->oriented(*a.score), sb = m_scorer->oriented(*b.score);
        if (sa != sb)
            return sa > sb;
        return a.id < b.id;
    };
    const CandidateResult* best = nullptr;
    for (const auto& r : m_results)
        if (eligible(r, true) && (!best || better(r, *best)))
            best = &r;
    const bool budgeted = m_spec.latency_budget_us > 0;
    if (!best && budgeted) {
        // No candidate meets the budget: the user asked for speed, so the choice is the closest to it, the fastest.
        // Sub-microsecond latencies differ by a quarter between two timings of one model, so the best score among
        // those that fast is taken, not a lucky timing.
        const CandidateResult* fastest = nullptr;
        for (const auto& r : m_results)
            if (eligible(r, false) && r.latency_us_p50 && (!fastest || *r.latency_us_p50 < *fastest->latency_us_p50))
                fastest = &r;
        if (fastest) {
            for (const auto& r : m_results)
                if (eligible(r, false) && r.latency_us_p50 && *r.latency_us_p50 <= 1.25 * *fastest->latency_us_p50 &&
                    (!best || m_scorer->oriented(*r.score) > m_scorer->oriented(*best->score)))
                    best = &r;
            m_best = best->id;
            m_observer.log(Message(TERN_TEXT("EngineText", "chosen: #%1 %2; no candidate is within the latency budget "
                                                           "of %3 µs, so the choice is among the fastest (#%4 %5 takes "
                                                           "%6 µs)"),
                                   best->id, Message::term("family", best->family), m_spec.latency_budget_us,
                                   fastest->id, Message::term("family", fastest->family),
                                   fmt::format("{:.3g}", *fastest->latency_us_p50)));
            return;
        }
    }
    if (!best)
        for (const auto& r : m_results)
            if (eligible(r, false) && (!best || better(r, *best)))
                best = &r;
    if (!best)
        return;
    m_best = best->id;
    // The rule in one line: a user who sees a single candidate score above the chosen one asks why.
    if (best->id == lone_member)
        m_observer.log(Message(TERN_TEXT("EngineText", "chosen: #%1 %2, the one member of ensemble #%3"), best->id,
                               Message::term("family", best->family), newest_ensemble));
    else if (best->family == "ensemble")
        m_observer.log(Message(
            budgeted ? TERN_TEXT("EngineText", "chosen: #%1 ensemble; an ensemble is chosen whenever there is one "
                                               "within the latency budget (its score is cross-fitted, while the best "
                                               "single's is the best of many tries on the same folds)")
                     : TERN_TEXT("EngineText", "chosen: #%1 ensemble; an ensemble is chosen whenever there is one (its "
                                               "score is cross-fitted, while the best single's is the best of many "
                                               "tries on the same folds)"),
            best->id));
    else
        m_observer.log(Message(budgeted ? TERN_TEXT("EngineText", "chosen: #%1 %2, the best score within the latency "
                                                                  "budget")
                                        : TERN_TEXT("EngineText", "chosen: #%1 %2, the best score"),
                               best->id, Message::term("family", best->family)));
}

RunOutcome RunSession::finish()
{
    m_search_done = true;
    if (!m_held.empty())
        write_store([this] { save_held(); }); // the ensemble and the refits need every candidate saved
    report_progress("ensemble");
    if (!m_cancelled) {
        try {
            build_ensemble();
        } catch (const std::exception& e) {
            m_observer.log(Message(TERN_TEXT("EngineText", "ensemble: %1"), e.what()));
        }
    }
    choose_best();
    if (!m_cancelled && m_best) {
        report_progress("refit");
        try {
            refit_and_test();
        } catch (const Cancelled&) {
            m_cancelled = true;
        }
        if (!m_cancelled) {
            report_progress("importance");
            try {
                explain_best();
            } catch (const Cancelled&) {
                m_cancelled = true;
            } catch (const std::exception& e) {
                m_observer.log(Message(TERN_TEXT("EngineText", "importance: %1"), e.what()));
            }
        }
    }
    RunOutcome out;
    out.run_id = m_run.id;
    for (const auto& r : m_results) {
        ++out.candidates;
        out.ok += r.status == "ok";
    }
    out.best_id = m_best;
    out.status = m_cancelled ? "cancelled" : (out.ok == 0 ? "failed" : "finished");
    m_run.status = out.status;
    m_run.finished_at = store::now_utc_iso8601();
    m_run.elapsed_s = m_elapsed_before + elapsed();
    m_run.best_candidate = m_best;
    m_run.report = m_report;
    m_run.spec = m_spec.to_json();
    if (out.ok == 0) {
        const Message why = no_model_reason(m_results, m_budget_s);
        m_run.error = out.error = why.text();
        m_run.report["error_message"] = message_to_json(why);
    }
    write_store([this] { m_store.update_run(m_run); });
    report_progress("done");
    return out;
}

// An error that escapes the search and the end of a run (memory, a failing disk) is its end too: the run is stored
// as failed, with the reason, instead of staying "running" until the process is gone and then reading as
// interrupted, as if a resume could go on. Finished candidates stay stored either way.
RunOutcome RunSession::search_and_finish()
{
    auto record_failure = [this](const std::string& why) {
        m_run.status = "failed";
        m_run.error = why;
        m_run.finished_at = store::now_utc_iso8601();
        m_run.elapsed_s = m_elapsed_before + elapsed();
        try {
            m_store.update_run(m_run);
        } catch (const std::exception&) {
            // The store may be what failed (locked past the limit): the run then reads as interrupted, not running.
            m_store.abandon_run(m_run.id);
        }
    };
    try {
        search();
        return finish();
    } catch (const Cancelled&) {
        throw;
    } catch (const std::bad_alloc&) {
        const Message why(TERN_TEXT("EngineText", "out of memory (finished candidates are kept)"));
        record_failure(why.text());
        throw WorkError(why.text());
    } catch (const std::exception& e) {
        record_failure(e.what());
        throw;
    }
}

}  // namespace tern::search
