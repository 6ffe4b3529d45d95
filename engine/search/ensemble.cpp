#include "engine/search/ensemble.h"

#include "engine/core/error.h"

#include <algorithm>
#include <map>

namespace tern::search {

PredictionBlock blend(const std::vector<const PredictionBlock*>& blocks, const std::vector<double>& weights)
{
    PredictionBlock out;
    if (blocks.empty())
        return out;
    out.width = blocks.front()->width;
    std::vector<double> acc(blocks.front()->values.size(), 0.0);
    for (std::size_t b = 0; b < blocks.size(); ++b)
        for (std::size_t i = 0; i < acc.size(); ++i)
            acc[i] += weights[b] * blocks[b]->values[i];
    out.values.assign(acc.begin(), acc.end());
    return out;
}

EnsembleResult select_ensemble(const std::vector<EnsembleInput>& inputs, std::span<const float> truth,
                               std::span<const std::size_t> rows, const Scorer& scorer, int iterations,
                               std::size_t pool_size)
{
    if (inputs.empty())
        throw WorkError("no successful candidate to build an ensemble from");
    std::vector<const EnsembleInput*> pool;
    for (const auto& in : inputs)
        pool.push_back(&in);
    std::stable_sort(pool.begin(), pool.end(), [](auto* a, auto* b) { return a->score > b->score; });
    // The pool: each family's best first (diversity), then the best of the rest, in score order.
    {
        std::vector<const EnsembleInput*> diverse, rest;
        std::vector<std::string> seen;
        for (auto* p : pool) {
            if (std::find(seen.begin(), seen.end(), p->family) == seen.end()) {
                seen.push_back(p->family);
                diverse.push_back(p);
            } else {
                rest.push_back(p);
            }
        }
        for (auto* p : rest)
            if (diverse.size() < pool_size)
                diverse.push_back(p);
        std::stable_sort(diverse.begin(), diverse.end(), [](auto* a, auto* b) { return a->score > b->score; });
        pool = std::move(diverse);
    }

    // Work on the selection rows only.
    std::vector<float> t;
    for (auto r : rows)
        t.push_back(truth[r]);
    std::vector<PredictionBlock> blocks;
    for (auto* p : pool)
        blocks.push_back(take_rows(*p->oof, rows));
    const std::size_t width = blocks.front().width;
    std::vector<double> sum(blocks.front().values.size(), 0.0);
    std::vector<int> counts(pool.size(), 0);
    PredictionBlock trial;
    trial.width = width;
    trial.values.resize(sum.size());
    auto score_of = [&](const std::vector<double>& total, double k) {
        for (std::size_t i = 0; i < total.size(); ++i)
            trial.values[i] = static_cast<float>(total[i] / k);
        return scorer.oriented(scorer.score(t, trial));
    };

    // Diverse sorted initialisation: the best of each of the top families, if close enough to the very best.
    constexpr std::size_t init_families = 5;
    const double margin = std::max(pool.front()->score_std, 0.005);
    std::vector<std::string> families_in;
    int k = 0;
    for (std::size_t m = 0; m < pool.size() && families_in.size() < init_families; ++m) {
        if (pool[m]->score < pool.front()->score - margin)
            break;
        if (std::find(families_in.begin(), families_in.end(), pool[m]->family) != families_in.end())
            continue;
        families_in.push_back(pool[m]->family);
        ++counts[m];
        ++k;
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += blocks[m].values[i];
    }
    double best = score_of(sum, k);
    std::vector<int> best_counts = counts;
    for (int it = 0; it < iterations; ++it) {
        double round_best = -1e300;
        std::size_t pick = 0;
        for (std::size_t m = 0; m < pool.size(); ++m) {
            for (std::size_t i = 0; i < sum.size(); ++i)
                trial.values[i] = static_cast<float>((sum[i] + blocks[m].values[i]) / (k + 1.0));
            const double s = scorer.oriented(scorer.score(t, trial));
            if (s > round_best) {
                round_best = s;
                pick = m;
            }
        }
        // Only a strict improvement adds a member: ties keep the evenly weighted, diverse start instead of piling
        // weight onto one of many equally scored candidates.
        if (!(round_best > best + 1e-12))
            break;
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += blocks[pick].values[i];
        ++counts[pick];
        ++k;
        best = round_best;
        best_counts = counts;
    }
    EnsembleResult r;
    int total = 0;
    for (int c : best_counts)
        total += c;
    std::vector<const PredictionBlock*> full;
    for (std::size_t m = 0; m < pool.size(); ++m)
        if (best_counts[m] > 0) {
            r.members.push_back(pool[m]->id);
            r.weights.push_back(static_cast<double>(best_counts[m]) / total);
            full.push_back(pool[m]->oof);
        }
    r.oof = blend(full, r.weights);
    r.score = scorer.oriented(best);  // oriented() is its own inverse
    return r;
}

}  // namespace tern::search
