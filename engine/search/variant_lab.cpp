// VariantLab: a stored run's data and folds are rebuilt exactly as the search built them (RunSession::prepare, the
// same seed), the candidate's fold model (the "model" artifact fitted on the training rows of the last fold it was
// evaluated on, not a later refit on all rows, which has seen the validation rows) is quantised once per precision
// on that fold's training rows, and each evaluate() only re-applies the residual fraction, predicts and times.
// An ensemble is its members' fold models on the same validation rows: the mlp and linear members quantised,
// the others as they are, blended with the ensemble's weights, as export packages it. Its costs are its members'
// summed, as the search sums them for the fp32 ensemble.
#include "engine/core/error.h"
#include "engine/search/cost_probe.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/ensemble.h"
#include "engine/search/folds.h"
#include "engine/search/run_session.h"
#include "engine/search/variant_eval.h"
#include "engine/search/variants.h"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <map>

namespace tern::search {

namespace {

struct LabMember {
    FittedCandidate fitted;
    PreparedFold fold;
    double weight = 1;
    const CandidateResult* result = nullptr;
    PredictionBlock fp32;                                     // the float model on the fold's validation rows
    std::map<quant::Precision, quant::QuantizedNetwork> nets; // mlp and linear members, quantised once each
};

struct StoredFoldModel {
    FittedCandidate fitted;
    std::optional<std::size_t> fold; // index into the run's folds, when the artifact says which
};

// The search's fit of a candidate on its last evaluated fold (the oldest "model" artifact that is not a refit; its
// "fitted_on" says "training rows of fold N"). A candidate raced on fewer repeats than others stopped at an earlier
// fold, whose rows a later fold's validation rows are not held out from.
StoredFoldModel stored_fold_model(store::Store& store, std::int64_t run_id, std::int64_t candidate)
{
    for (auto& a : store.list_artifacts(run_id, candidate, true)) // oldest first
        if (a.kind == "model" && a.precision.empty() && a.meta.value("fitted_on", "") != "all training rows") {
            StoredFoldModel m{deserialize_fitted(a.data), std::nullopt};
            const std::string on = a.meta.value("fitted_on", "");
            const auto space = on.find_last_of(' ');
            if (on.starts_with("training rows of fold ") && space != std::string::npos) {
                const int n = std::atoi(on.c_str() + space + 1);
                if (n >= 1)
                    m.fold = static_cast<std::size_t>(n - 1);
            }
            return m;
        }
    throw InputError(fmt::format("candidate {} of run {} has no stored fold model", candidate, run_id));
}

// The fold the largest share of the members' weight was fitted on (every stored model's fold known).
std::size_t fold_of_most_weight(const std::vector<StoredFoldModel>& stored, const std::vector<double>& weights)
{
    std::map<std::size_t, double> weight_on_fold;
    for (std::size_t i = 0; i < stored.size(); ++i)
        weight_on_fold[*stored[i].fold] += weights[i];
    return std::max_element(weight_on_fold.begin(), weight_on_fold.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
}

} // namespace

struct VariantLab::State {
    State(store::Store& store, std::stop_token stop) : session(store, observer, stop) {}
    NullObserver observer;
    RunSession session;
    std::vector<LabMember> members; // one for a single candidate
    Task task = Task::binary;
    std::optional<float> threshold; // the candidate's decision threshold
    std::vector<float> labels;
    double fp32_score = 0;
    std::string note;

    PredictionBlock blended(const std::vector<const PredictionBlock*>& blocks) const
    {
        std::vector<double> weights;
        for (const auto& m : members)
            weights.push_back(m.weight);
        PredictionBlock b = blocks.size() == 1 ? *blocks.front() : blend(blocks, weights);
        b.threshold = threshold;
        return b;
    }
};

VariantLab::VariantLab(std::unique_ptr<State> state) : m_state(std::move(state)) {}
VariantLab::VariantLab(VariantLab&&) noexcept = default;
VariantLab& VariantLab::operator=(VariantLab&&) noexcept = default;
VariantLab::~VariantLab() = default;

VariantLab VariantLab::open(store::Store& store, std::int64_t run_id, std::int64_t candidate, const JobControl& job,
                            const data::Table* run_table)
{
    auto st = std::make_unique<State>(store, job.stop);
    RunSession& s = st->session;
    s.m_run = store.load_run(run_id);
    s.m_spec = RunSpec::from_json(s.m_run.spec);
    if (run_table)
        s.m_read_table = *run_table;
    s.prepare();
    job.report(0.4);
    s.load_stored_candidates();
    auto result_of = [&](std::int64_t id) -> const CandidateResult* {
        const auto it = std::find_if(s.m_results.begin(), s.m_results.end(), [&](auto& r) { return r.id == id; });
        return it == s.m_results.end() ? nullptr : &*it;
    };
    const CandidateResult* chosen = result_of(candidate);
    if (!chosen)
        throw InputError(fmt::format("run {} has no candidate {}", run_id, candidate));
    const bool ensemble = chosen->family == "ensemble" && s.m_ensembles.count(candidate);
    if (chosen->status != "ok" || (!ensemble && !s.m_configs.count(candidate)))
        throw InputError(fmt::format("candidate {} of run {} did not finish ({})", candidate, run_id, chosen->status));
    const std::vector<std::int64_t> ids = ensemble ? s.m_ensembles[candidate] : std::vector<std::int64_t>{candidate};
    const std::vector<double> weights = ensemble ? s.m_ensemble_weights[candidate] : std::vector<double>{1.0};
    if (weights.size() != ids.size())
        throw InputError(fmt::format("ensemble {} of run {} has {} weights for {} members", candidate, run_id,
                                     weights.size(), ids.size()));
    auto quantises = [&](std::int64_t id) {
        const CandidateResult* r = result_of(id);
        return r && has_variants(r->family);
    };
    if (std::none_of(ids.begin(), ids.end(), quantises))
        throw InputError(
            ensemble ? fmt::format("ensemble {} has no mlp or linear member: precision variants exist for those only",
                                   candidate)
                     : fmt::format("candidate {} is a {} model: precision variants exist for mlp and linear only",
                                   candidate, chosen->family));

    // Every member is scored on the validation rows of one fold: its own for a single candidate, for an ensemble the
    // fold most of its weight was fitted on (a member fitted on another fold has seen some of those rows). Each is
    // calibrated on the training rows the search fitted it on (the same fidelity subsample as evaluator.cpp).
    std::vector<StoredFoldModel> stored;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const CandidateResult* r = result_of(ids[i]);
        if (!r || r->status != "ok" || !s.m_configs.count(ids[i]))
            throw InputError(fmt::format("member {} of ensemble {} did not finish", ids[i], candidate));
        stored.push_back(stored_fold_model(store, run_id, ids[i]));
        auto& fold = stored.back().fold;
        if (!fold || *fold >= s.m_folds.size())
            fold = s.m_folds.size() - 1;
    }
    const std::size_t f = fold_of_most_weight(stored, weights);
    const auto& valid = s.m_folds[f].valid;
    st->task = s.m_target.task;
    st->threshold = decision_threshold(chosen->params);
    st->members.reserve(ids.size()); // PreparedFold points at its member's fitted model
    std::vector<std::int64_t> other_fold;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::size_t own = *stored[i].fold;
        if (own != f)
            other_fold.push_back(ids[i]);
        LabMember& m = st->members.emplace_back();
        m.fitted = std::move(stored[i].fitted);
        m.weight = weights[i];
        m.result = result_of(ids[i]);
        const auto train = fold_training_rows(s.m_folds[own], s.m_target.y, s.m_target.task,
                                              s.m_configs[ids[i]].fidelity, 50, s.m_spec.seed + 7919 * own);
        const VariantFold vf{&m.fitted, table_rows(s.m_target, train), table_rows(s.m_target, valid),
                             labels(s.m_target, valid), st->threshold};
        m.fold = prepare_fold(s.m_table, vf, 5000);
        m.fp32 = float_predictions(m.fold, st->task);
        if (job.stop_requested())
            throw Cancelled();
    }
    st->labels = st->members.front().fold.labels;
    std::vector<const PredictionBlock*> fp32;
    for (const auto& m : st->members)
        fp32.push_back(&m.fp32);
    st->fp32_score = s.m_scorer->score(st->labels, st->blended(fp32));
    st->note = fmt::format("validation rows of fold {} ({} of {}), the stored model{} of that fold", f + 1,
                           st->labels.size(), valid.size(), ensemble ? "s of the members" : "");
    if (!other_fold.empty())
        st->note += fmt::format(" (member{} #{} fitted on another fold, which saw some of these rows)",
                                other_fold.size() > 1 ? "s" : "", fmt::join(other_fold, ", #"));
    job.report(1.0);
    return VariantLab(std::move(st));
}

VariantScore VariantLab::evaluate(quant::Precision precision, double residual_fraction)
{
    auto& st = *m_state;
    if (!(residual_fraction >= 0 && residual_fraction <= 1))
        throw InputError("residual fraction must be in [0, 1]");
    VariantScore total;
    total.precision = precision;
    if (precision == quant::Precision::ternary)
        total.residual_fraction = residual_fraction;
    std::vector<PredictionBlock> predicted(st.members.size());
    std::vector<const PredictionBlock*> blocks;
    MemberCosts costs;
    for (std::size_t i = 0; i < st.members.size(); ++i) {
        LabMember& m = st.members[i];
        if (!has_variants(m.fitted.family)) { // kept in fp32: its search-measured costs
            blocks.push_back(&m.fp32);
            const CandidateResult& r = *m.result;
            costs.add(r.latency_us_p50.value_or(0), r.latency_us_p99.value_or(0), r.throughput_rows_s.value_or(0),
                      r.size_bytes.value_or(0));
            continue;
        }
        auto found = m.nets.find(precision);
        if (found == m.nets.end())
            found = m.nets.emplace(precision, quantise_fold(m.fold, precision)).first;
        auto& net = found->second;
        net.set_residual_fraction(residual_fraction);
        const VariantScore v = variant_costs(st.session.m_table, m.fold, net, st.task, 0.2 / st.members.size());
        costs.add(v.latency_us_p50, 0, v.throughput_rows_s, v.size_bytes);
        total.multiplies += v.multiplies;
        predicted[i] = network_predictions(net, m.fold.validation);
        blocks.push_back(&predicted[i]);
    }
    total.latency_us_p50 = costs.latency_us_p50;
    total.throughput_rows_s = costs.throughput_rows_s();
    total.size_bytes = costs.size_bytes;
    total.score = st.session.m_scorer->score(st.labels, st.blended(blocks));
    return total;
}

double VariantLab::fp32_score() const
{
    return m_state->fp32_score;
}
const std::string& VariantLab::rows_note() const
{
    return m_state->note;
}

} // namespace tern::search
