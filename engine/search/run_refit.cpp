// After the search: refit candidates on all training rows (the best first, with its ensemble members), score them
// on the test file when one is given, and explain the best with permutation importance. What is computed here is
// added to candidates already committed (artifacts and details), so an interruption loses nothing done before.
#include "engine/core/error.h"
#include "engine/data/row_identity.h"
#include "engine/prep/unfamiliar_inputs.h"
#include "engine/search/candidate_timer.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/ensemble.h"
#include "engine/search/importance.h"
#include "engine/search/run_session.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fmt/format.h>

namespace tern::search {

namespace {

// A user's expression can be infinite on the test rows (1 / (fp + fn) with no error there), where it scores its
// worst value: shown as a test score of -inf, a perfect model read as the worst. No score then, and why.
void record_test_score(CandidateResult& r, double score, std::size_t rows)
{
    r.details["test"] = {{"rows", rows}};
    if (std::isfinite(score)) {
        r.test_score = score;
        return;
    }
    r.test_score.reset();
    r.details["test"]["note"] = "the metric is not finite on the test rows";
}

}  // namespace

double RunSession::refit_row_scale(std::int64_t id) const
{
    const auto config = m_configs.find(id);
    if (config == m_configs.end() || m_folds.empty())
        return 1;
    const double fold_rows = mean_training_rows(m_folds) * config->second.fidelity;
    return double(m_target.rows.size()) / std::max(1.0, fold_rows);
}

double RunSession::expected_refit_s(std::int64_t id) const
{
    const auto result = std::find_if(m_results.begin(), m_results.end(), [&](const auto& r) { return r.id == id; });
    if (result == m_results.end())
        return 0;
    return result->fit_s.value_or(0) * refit_row_scale(id) * 1.4 + 0.05;
}

double RunSession::refit_reserve_s() const
{
    const CandidateResult* best = nullptr;
    for (const auto& r : m_results)
        if (r.status == "ok" && r.score && r.family != "ensemble" && at_top_fidelity(r.id) &&
            (!best || m_scorer->oriented(*r.score) > m_scorer->oriented(*best->score)))
            best = &r;
    return best ? expected_refit_s(best->id) : 0;
}

void RunSession::refit_and_test()
{
    using seconds = std::chrono::duration<double>;
    // Read and checked before the search (read_test_file): a file no row of which can be scored never gets here.
    std::optional<data::Table> test = std::move(m_test);
    m_test.reset();
    TargetData test_target;
    if (test) {
        test->set_target(m_spec.target);
        test_target = encode_target_like(*test, m_spec.target, m_target);
        m_report["test_rows"] = test_target.rows.size();
        m_report["test_rows_left_out"] = test_target.missing + test_target.unknown;
        // No model can predict a class its training rows lack: such rows cannot be scored, and the user must hear
        // that the test score leaves them out rather than find every score flattered by their absence.
        m_report["test_rows_missing_target"] = test_target.missing;
        m_report["test_rows_unknown_class"] = test_target.unknown;
        m_report["test_unknown_classes"] = test_target.unknown_classes;
        // An image folder's rows are its pixels, so a test image copied from training counts too.
        std::vector<std::string> compared{m_spec.target};
        for (const auto& c : m_table.columns())
            if (c.role() == data::ColumnRole::feature)
                compared.push_back(c.name());
        m_report["test_rows_in_training"] = data::rows_also_in(*test, m_table, compared);
    }

    // What to refit, in order: the best (or its members), then every other ensemble member, then (with a test
    // file) the other top-fidelity candidates from the best score down while the budget lasts.
    std::vector<std::int64_t> essential, optional_ids;
    auto add = [](std::vector<std::int64_t>& v, std::int64_t id) {
        if (std::find(v.begin(), v.end(), id) == v.end())
            v.push_back(id);
    };
    if (m_ensembles.count(*m_best))
        for (auto id : m_ensembles[*m_best])
            add(essential, id);
    else
        add(essential, *m_best);
    for (auto& [eid, members] : m_ensembles)
        for (auto id : members)
            add(test ? essential : optional_ids, id);
    if (test) {
        std::vector<const CandidateResult*> rest;
        for (const auto& r : m_results)
            if (r.status == "ok" && r.family != "ensemble" && at_top_fidelity(r.id))
                rest.push_back(&r);
        std::stable_sort(rest.begin(), rest.end(), [&](auto* a, auto* b) {
            return m_scorer->oriented(*a->score) > m_scorer->oriented(*b->score);
        });
        for (auto* r : rest)
            if (std::find(essential.begin(), essential.end(), r->id) == essential.end())
                add(optional_ids, r->id);
    }

    const double finish_by = m_budget_s * 0.95;
    std::map<std::int64_t, PredictionBlock> test_blocks;
    const std::vector<std::int64_t> chosen =
        m_ensembles.count(*m_best) ? m_ensembles[*m_best] : std::vector<std::int64_t>{*m_best};
    std::vector<prep::Pipeline> chosen_pipelines; // what the chosen model learned, to judge the test rows by
    auto score_on_test = [&](CandidateResult& r, const FittedCandidate& fitted) {
        if (std::find(chosen.begin(), chosen.end(), r.id) != chosen.end())
            chosen_pipelines.push_back(fitted.pipeline);
        PredictionBlock block = predict_block(fitted, *test, test_target.rows, m_target.task, m_stop);
        block.threshold = decision_threshold(r.params);
        record_test_score(r, m_scorer->score(test_target.y, block), test_target.rows.size());
        r.test_metrics = m_scorer->all_metrics(test_target.y, block);
        write_store([&] { m_store.update_candidate_test(m_run.id, r.id, r.test_score, r.test_metrics); });
        test_blocks[r.id] = std::move(block);
    };
    // A chosen model whose refit does not fit the time left keeps the model its last fold fitted (stored with the
    // candidate, and what an export then uses), and is scored on the test rows with it: on large data a refit on
    // every row can take longer than the whole search, and a result without a test score is no result.
    auto keep_fold_model = [&](CandidateResult& r, const std::string& why) {
        r.details["refit"] = {{"skipped", why}};
        if (!test)
            return;
        try {
            if (const auto stored = m_store.load_artifact(m_run.id, r.id, "model"))
                score_on_test(r, deserialize_fitted(stored->data));
        } catch (const Cancelled&) {
            throw;
        } catch (const std::exception& e) {
            r.details["test"] = {{"error", e.what()}};
        }
    };
    auto refit = [&](std::int64_t id, bool must) {
        CandidateResult* r = nullptr;
        for (auto& x : m_results)
            if (x.id == id)
                r = &x;
        if (!r || !m_configs.count(id))
            return;
        const double left = finish_by - elapsed();
        double expected = expected_refit_s(id);
        // The others are scored on the test rows only when that fits too: a k-NN refitted on ten times the rows
        // predicts ten times slower than the throughput measured on its fold model.
        if (!must && test && r->throughput_rows_s.value_or(0) > 0)
            expected += double(test_target.rows.size()) / *r->throughput_rows_s * refit_row_scale(id);
        // The chosen model may take the budget's last tenth besides; the others only what is left.
        const double allowed = must ? left + 0.1 * m_budget_s : left;
        if (!m_spec.refit) {
            if (must) {
                keep_fold_model(*r, "not asked for (--no-refit)");
                update_details(*r);
            }
            return;
        }
        if (expected > allowed) {
            if (must) {
                keep_fold_model(*r, fmt::format("a refit on all {} rows would take about {:.0f} s, {:.0f} s were left",
                                                m_target.rows.size(), expected, std::max(0.0, left)));
                update_details(*r);
            }
            return;
        }
        CandidateConfig config = m_configs[id];
        config.fidelity = 1.0;
        const auto start = std::chrono::steady_clock::now();
        CandidateTimer timer(m_stop, std::max(allowed, 0.5));
        FitRequest request{m_target.task, m_target.n_classes(), m_spec.seed, timer.token(), 0, fit_threads()};
        try {
            FittedCandidate fitted = fit_candidate(m_table, m_target.rows, m_target.y, config, request);
            r->details["refit"] = {{"fit_s", seconds(std::chrono::steady_clock::now() - start).count()},
                                   {"rows", m_target.rows.size()}};
            store::ArtifactRecord a;
            a.kind = "model";
            a.meta = {{"fitted_on", "all training rows"}, {"family", config.family}};
            a.data = serialize_fitted(fitted);
            write_store([&] { m_store.add_artifact(m_run.id, id, a); });
            if (test)
                score_on_test(*r, fitted);
        } catch (const Cancelled&) {
            if (m_stop.stop_requested())
                throw;
            if (must)
                keep_fold_model(*r, "the refit on all rows exceeded its time limit");
            else
                r->details["refit"] = {{"error", "the refit exceeded its time limit"}};
        } catch (const std::exception& e) {
            r->details["refit"] = {{"error", e.what()}};
        }
        update_details(*r);
    };
    for (auto id : essential)
        refit(id, true);
    for (auto id : optional_ids) {
        if (elapsed() > finish_by)
            break;
        refit(id, false);
    }

    // Test rows outside what the chosen model learned (an unlearned level, a value far out of range) are predicted
    // all the same, and scored: the user hears of them as `predict` tells of such rows.
    if (test && !chosen_pipelines.empty()) {
        std::vector<const prep::Pipeline*> pipelines;
        for (const auto& p : chosen_pipelines)
            pipelines.push_back(&p);
        std::vector<std::string> unfamiliar = prep::unfamiliar_inputs(pipelines, *test);
        // A table of image pixels can name hundreds of columns: the first few tell the story.
        constexpr std::size_t shown = 12;
        if (unfamiliar.size() > shown) {
            const std::size_t more = unfamiliar.size() - shown;
            unfamiliar.resize(shown);
            unfamiliar.push_back(fmt::format("and {} more column(s) like these", more));
        }
        if (!unfamiliar.empty())
            m_report["test_unfamiliar"] = unfamiliar;
        for (const auto& line : unfamiliar)
            m_observer.log(Message(TERN_TEXT("EngineText", "test file: %1"), line));
    }

    // Ensembles: the weighted average of their members' test predictions.
    if (test)
        for (auto& [eid, members] : m_ensembles) {
            std::vector<const PredictionBlock*> blocks;
            for (auto id : members)
                if (test_blocks.count(id))
                    blocks.push_back(&test_blocks[id]);
            if (blocks.size() != members.size())
                continue;
            for (auto& r : m_results)
                if (r.id == eid) {
                    PredictionBlock block = blend(blocks, m_ensemble_weights[eid]);
                    block.threshold = decision_threshold(r.params);
                    record_test_score(r, m_scorer->score(test_target.y, block), test_target.rows.size());
                    r.test_metrics = m_scorer->all_metrics(test_target.y, block);
                    write_store([&] { m_store.update_candidate_test(m_run.id, eid, r.test_score, r.test_metrics); });
                    update_details(r);
                }
        }
}

void RunSession::explain_best()
{
    const double left = m_budget_s - elapsed();
    const double allowed = std::min(left - 0.5, 0.1 * m_budget_s);
    if (allowed <= 0.2) {
        m_observer.log(Message(TERN_TEXT("EngineText", "no time left for feature importance (it can be computed later "
                                                       "for any candidate)")));
        return;
    }
    std::vector<ImportanceMember> members;
    std::vector<std::int64_t> ids{*m_best};
    if (m_ensembles.count(*m_best)) {
        ids = m_ensembles[*m_best];
        for (std::size_t i = 0; i < ids.size(); ++i)
            members.push_back({m_configs.at(ids[i]), m_ensemble_weights[*m_best][i]});
    } else {
        members.push_back({m_configs.at(*m_best), 1.0});
    }
    // Importance refits every member on the first fold before it can stop: skip it when that alone would overrun.
    double member_fits = 0;
    for (const auto& r : m_results)
        if (std::find(ids.begin(), ids.end(), r.id) != ids.end())
            member_fits += r.fit_s.value_or(0);
    if (member_fits > allowed) {
        m_observer.log(Message(TERN_TEXT("EngineText", "no time left for feature importance: refitting the members on "
                                                       "one fold takes about %1 s (it can be computed later for any "
                                                       "candidate)"),
                               fmt::format("{:.1f}", member_fits)));
        return;
    }
    std::optional<float> threshold;
    for (const auto& r : m_results)
        if (r.id == *m_best)
            threshold = decision_threshold(r.params);
    const auto importances = permutation_importance(problem(), members, threshold, 3, allowed, m_stop);
    for (auto& r : m_results)
        if (r.id == *m_best) {
            r.details["importance"] = to_json(importances);
            update_details(r);
        }
}

}  // namespace tern::search
