// VariantLab: a stored run's data and folds are rebuilt exactly as the search built them (RunSession::prepare, the
// same seed), the candidate's last-fold model (the "model" artifact fitted on the last fold's training rows, not a
// later refit on all rows, which has seen the validation rows) is quantised once per precision on that fold's
// training rows, and each evaluate() only re-applies the residual fraction, predicts and times.
#include "engine/core/error.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/folds.h"
#include "engine/search/run_session.h"
#include "engine/search/variant_eval.h"
#include "engine/search/variants.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace tern::search {

struct VariantLab::State {
    State(store::Store& store, std::stop_token stop) : session(store, observer, stop) {}
    NullObserver observer;
    RunSession session;
    FittedCandidate fitted;
    PreparedFold fold;
    Task task = Task::binary;
    std::optional<float> threshold;  // the candidate's decision threshold
    double fp32_score = 0;
    std::string note;
    std::map<quant::Precision, quant::QuantizedNetwork> nets;
};

VariantLab::VariantLab(std::unique_ptr<State> state) : m_state(std::move(state)) {}
VariantLab::VariantLab(VariantLab&&) noexcept = default;
VariantLab& VariantLab::operator=(VariantLab&&) noexcept = default;
VariantLab::~VariantLab() = default;

VariantLab VariantLab::open(store::Store& store, std::int64_t run_id, std::int64_t candidate, const JobControl& job)
{
    auto st = std::make_unique<State>(store, job.stop);
    RunSession& s = st->session;
    s.m_run = store.load_run(run_id);
    s.m_spec = RunSpec::from_json(s.m_run.spec);
    s.prepare();
    job.report(0.4);
    s.load_stored_candidates();
    const auto it = std::find_if(s.m_results.begin(), s.m_results.end(), [&](auto& r) { return r.id == candidate; });
    if (it == s.m_results.end())
        throw InputError(fmt::format("run {} has no candidate {}", run_id, candidate));
    if (!has_variants(it->family))
        throw InputError(fmt::format("candidate {} is a {} model: precision variants exist for mlp and linear only",
                                     candidate, it->family));
    if (it->status != "ok" || !s.m_configs.count(candidate))
        throw InputError(fmt::format("candidate {} of run {} did not finish ({})", candidate, run_id, it->status));

    std::optional<store::ArtifactRecord> model;
    for (auto& a : store.list_artifacts(run_id, candidate, true)) // oldest first: the search's last-fold fit
        if (a.kind == "model" && a.precision.empty() && a.meta.value("fitted_on", "") != "all training rows") {
            model = std::move(a);
            break;
        }
    if (!model)
        throw InputError(fmt::format("candidate {} of run {} has no stored fold model", candidate, run_id));
    st->fitted = deserialize_fitted(model->data);

    // The last fold, with the training rows the search fitted on (the same fidelity subsample as evaluator.cpp).
    const std::size_t f = s.m_folds.size() - 1;
    const auto& fold = s.m_folds[f];
    const auto train = fold_training_rows(fold, s.m_target.y, s.m_target.task, s.m_configs[candidate].fidelity, 50,
                                          s.m_spec.seed + 7919 * f);
    VariantFold vf{&st->fitted, table_rows(s.m_target, train), table_rows(s.m_target, fold.valid),
                   labels(s.m_target, fold.valid), decision_threshold(it->params)};
    st->fold = prepare_fold(s.m_table, vf, 5000);
    st->task = s.m_target.task;
    st->threshold = vf.threshold;
    PredictionBlock fp32 = float_predictions(st->fold, st->task);
    fp32.threshold = st->threshold;
    st->fp32_score = s.m_scorer->score(st->fold.labels, fp32);
    st->note = fmt::format("validation rows of fold {} ({} of {}), the stored model of that fold", f + 1,
                           st->fold.labels.size(), fold.valid.size());
    job.report(1.0);
    return VariantLab(std::move(st));
}

VariantScore VariantLab::evaluate(quant::Precision precision, double residual_fraction)
{
    auto& st = *m_state;
    if (!(residual_fraction >= 0 && residual_fraction <= 1))
        throw InputError("residual fraction must be in [0, 1]");
    auto found = st.nets.find(precision);
    if (found == st.nets.end())
        found = st.nets.emplace(precision, quantise_fold(st.fold, precision)).first;
    auto& net = found->second;
    net.set_residual_fraction(residual_fraction);
    VariantScore v = variant_costs(st.session.m_table, st.fold, net, st.task, 0.2);
    PredictionBlock block = network_predictions(net, st.fold.validation);
    block.threshold = st.threshold;
    v.score = st.session.m_scorer->score(st.fold.labels, block);
    return v;
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
