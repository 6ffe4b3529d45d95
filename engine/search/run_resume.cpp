// Resuming a stored run: the spec, the data and the folds are rebuilt exactly as before (same seed), the finished
// candidates are read back (results, configurations, out-of-fold predictions) and re-seed the strategy, which then
// proposes only what was not done yet. Candidates cut short by a cancellation are tried again.
#include "engine/core/error.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/importance.h"
#include "engine/search/run_data.h"
#include "engine/search/run_session.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace tern::search {

void RunSession::load_stored_candidates()
{
    for (const auto& record : m_store.load_candidates(m_run.id)) {
        CandidateResult r = CandidateResult::from_record(record);
        m_next_id = std::max(m_next_id, r.id + 1);
        m_elapsed_before = std::max(m_elapsed_before, r.details.value("run_elapsed_s", 0.0));
        if (r.family != "ensemble" && r.details.contains("config")) {
            const CandidateConfig config = CandidateConfig::from_json(r.details["config"]);
            m_configs[r.id] = config.as_trained(r.details.value("cut_short", nlohmann::json::object()));
            if (r.status != "cancelled")
                m_history.push_back({config, r.status,
                                     r.score ? std::optional<double>(m_scorer->oriented(*r.score)) : std::nullopt});
            if (r.status == "ok") {
                if (auto a = m_store.load_artifact(m_run.id, r.id, "oof_predictions")) {
                    read_oof_artifact(*a, m_oof[r.id], m_oof_mask[r.id]);
                    if (m_oof[r.id].rows() != m_target.rows.size()) {
                        m_oof.erase(r.id);
                        m_oof_mask.erase(r.id);
                    }
                }
            }
        }
        if (r.family == "ensemble" && r.params.contains("members") && r.params.contains("weights")) {
            m_ensembles[r.id] = r.params["members"].get<std::vector<std::int64_t>>();
            m_ensemble_weights[r.id] = r.params["weights"].get<std::vector<double>>();
        }
        m_results.push_back(std::move(r));
    }
}

void RunSession::reopen(std::int64_t run_id)
{
    m_start = clock_type::now();
    m_run = m_store.load_run(run_id);
    m_spec = RunSpec::from_json(m_run.spec);
    prepare();
    m_notes.clear(); // what the data showed was logged when the run started; an export or an explanation is quiet
    refuse_changed_data(m_store, m_run);
    load_stored_candidates();
}

CandidateResult& RunSession::finished_candidate(std::int64_t candidate_id)
{
    const auto it = std::find_if(m_results.begin(), m_results.end(), [&](auto& r) { return r.id == candidate_id; });
    if (it == m_results.end())
        throw InputError(fmt::format("run {} has no candidate {}", m_run.id, candidate_id));
    if (it->status != "ok")
        throw InputError(fmt::format("candidate {} of run {} did not finish ({})", candidate_id, m_run.id, it->status));
    return *it;
}

nlohmann::json RunSession::explain(std::int64_t run_id, std::int64_t candidate_id, double max_seconds,
                                   std::string* store_error)
{
    reopen(run_id);
    CandidateResult& explained = finished_candidate(candidate_id);
    std::vector<ImportanceMember> members;
    if (m_ensembles.count(candidate_id)) {
        const auto& ids = m_ensembles[candidate_id];
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (m_configs.count(ids[i]))
                members.push_back({m_configs[ids[i]], m_ensemble_weights[candidate_id][i]});
    } else if (m_configs.count(candidate_id)) {
        members.push_back({m_configs[candidate_id], 1.0});
    }
    if (members.empty())
        throw InputError(fmt::format("run {} has no candidate {} with a stored configuration", run_id, candidate_id));
    const auto importances =
        permutation_importance(problem(), members, decision_threshold(explained.params), 3, max_seconds, m_stop);
    explained.details["importance"] = to_json(importances);
    // Only the key computed here: an export's refit may have stored its own while this ran (the store merges keys).
    try {
        m_store.update_candidate_details(run_id, candidate_id, {{"importance", explained.details["importance"]}});
    } catch (const std::exception& e) {
        if (!store_error)
            throw;
        *store_error = e.what();
    }
    return explained.details["importance"];
}

RefitModels RunSession::refit_stored(std::int64_t run_id, std::int64_t candidate_id)
{
    reopen(run_id);
    finished_candidate(candidate_id);
    const std::vector<std::int64_t> ids =
        m_ensembles.count(candidate_id) ? m_ensembles[candidate_id] : std::vector<std::int64_t>{candidate_id};
    RefitModels out;
    for (const std::int64_t id : ids) {
        CandidateResult& r = finished_candidate(id);
        if (!m_configs.count(id))
            throw InputError(fmt::format("candidate {} of run {} has no stored configuration to refit", id, run_id));
        if (r.details.contains("refit") && r.details["refit"].contains("rows"))
            continue; // on all rows already
        CandidateConfig config = m_configs[id];
        config.fidelity = 1.0;
        const auto start = clock_type::now();
        FitRequest request{m_target.task, m_target.n_classes(), m_spec.seed, m_stop, 0, fit_threads()};
        FittedCandidate fitted = fit_candidate(m_table, m_target.rows, m_target.y, config, request);
        r.details["refit"] = {{"fit_s", std::chrono::duration<double>(clock_type::now() - start).count()},
                              {"rows", m_target.rows.size()},
                              {"after_run", true}};
        // Stored when the store lets it, so that the next export need not refit; the model is good either way.
        if (out.store_error.empty()) {
            try {
                store::ArtifactRecord a;
                a.kind = "model";
                a.meta = {{"fitted_on", "all training rows"}, {"family", config.family}};
                a.data = serialize_fitted(fitted);
                m_store.add_artifact(m_run.id, id, a);
                // Only the key set here: an importance computed meanwhile stays (the store merges keys).
                m_store.update_candidate_details(m_run.id, id, {{"refit", r.details["refit"]}});
            } catch (const std::exception& e) {
                out.store_error = e.what();
            }
        }
        out.models.emplace(id, std::move(fitted));
    }
    out.table = std::move(m_table); // read and checked once: an export calibrates and times on it
    return out;
}

RunOutcome RunSession::resume(std::int64_t run_id, std::optional<double> budget_s, std::optional<int> max_candidates)
{
    m_start = clock_type::now();
    m_run = m_store.load_run(run_id);
    if (m_run.status == "running")
        throw InputError(fmt::format("run {} is still running in another process", run_id));
    if (budget_s)
        validate_budget(*budget_s);
    if (max_candidates && *max_candidates < 0)
        throw InputError(fmt::format("--max-candidates must be 0 (no limit) or more (got {})", *max_candidates));
    m_spec = RunSpec::from_json(m_run.spec);
    if (max_candidates) {
        m_spec.max_candidates = *max_candidates;
        m_run.spec["max_candidates"] = *max_candidates;
    }
    m_elapsed_before = m_run.elapsed_s;
    prepare();
    refuse_changed_data(m_store, m_run);
    read_test_file();
    flush_notes();
    load_stored_candidates();
    m_budget_s = budget_s ? *budget_s : std::max(m_spec.budget_s - m_elapsed_before, 0.1 * m_spec.budget_s);
    // The run's budget is what all its sessions were given: elapsed time never reads as an overrun of it.
    m_spec.budget_s = m_elapsed_before + m_budget_s;
    m_run.spec["budget_s"] = m_spec.budget_s;
    m_run.budget_s = m_spec.budget_s;
    m_report = m_run.report.is_object() ? m_run.report : m_report;
    m_report["resumed"] = m_report.value("resumed", 0) + 1;
    m_run.status = "running";
    m_run.error.clear();
    m_store.update_run(m_run);  // claims the run for this process
    m_observer.run_started(m_run.id);
    m_observer.log(Message(TERN_TEXT("EngineText", "resuming run %1: %2 candidates done, %3 s budget"), run_id,
                           m_results.size(), fmt::format("{:.1f}", m_budget_s)));
    // Otherwise the resumed run ends at once with nothing new, and the user cannot tell why.
    m_report.erase("resume_limit_reached");
    if (m_spec.max_candidates > 0 && searched_candidates() >= m_spec.max_candidates) {
        // Said in the JSON too, which a script reads instead of the log.
        m_report["resume_limit_reached"] = {{"searched", searched_candidates()}, {"limit", m_spec.max_candidates}};
        m_observer.log(Message(TERN_TEXT("EngineText", "run %1 already has %2 searched candidates, and its limit is "
                                                       "%3; resume --max-candidates N raises the limit (0: none)"),
                               run_id, searched_candidates(), m_spec.max_candidates));
    }
    return search_and_finish();
}

}  // namespace tern::search
