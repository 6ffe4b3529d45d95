#include "engine/search/ensemble.h"

#include "engine/core/error.h"
#include "engine/search/decision_threshold.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <span>

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

namespace {

// Every block's rows at `rows` (positions), in that order.
std::vector<PredictionBlock> blocks_at(const std::vector<PredictionBlock>& blocks, std::span<const std::size_t> rows)
{
    std::vector<PredictionBlock> out;
    out.reserve(blocks.size());
    for (const auto& b : blocks)
        out.push_back(take_rows(b, rows));
    return out;
}

// A proper score of class probabilities, larger is better: minus the mean log-loss, each row weighted by the inverse
// frequency of its class when the run's metric is balanced. It breaks ties of step metrics (accuracy and the like),
// which on a few hundred rows leave most candidates equal.
double tiebreak_score(const std::vector<float>& truth, const PredictionBlock& p, const std::vector<double>& class_weight)
{
    double sum = 0, total = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const auto c = static_cast<std::size_t>(truth[i]);
        const double w = class_weight[c];
        sum += w * std::log(std::max(1e-15, static_cast<double>(p.values[i * p.width + c])));
        total += w;
    }
    return total > 0 ? sum / total : 0;
}

std::vector<double> tiebreak_class_weights(const Scorer& scorer, const std::vector<float>& truth)
{
    if (!is_classification(scorer.task()) || scorer.metric_name() == "log_loss")
        return {};
    std::vector<double> count(static_cast<std::size_t>(std::max(scorer.n_classes(), 1)), 0.0);
    for (float v : truth)
        if (v >= 0 && static_cast<std::size_t>(v) < count.size())
            count[static_cast<std::size_t>(v)] += 1;
        else
            return {};
    const bool balanced = scorer.metric_name() == "balanced_accuracy";
    std::vector<double> w(count.size(), 1.0);
    if (balanced)
        for (std::size_t c = 0; c < count.size(); ++c)
            w[c] = count[c] > 0 ? 1.0 / count[c] : 0.0;
    return w;
}

// Greedy forward selection with replacement, from the `init` counts, scored on `sample` (positions into the
// selection rows, repeats allowed). Only a strict improvement adds a member: of the metric, or of the log-loss
// tiebreak where the metric ties. Regression metrics are smooth enough to need none, so there ties keep the evenly
// weighted, diverse start instead of piling weight onto one of many equally scored candidates. `at_best_threshold`:
// the metric is read at the blend's best threshold, as the ensemble will be read. Members only join: letting a
// step also take a count away (so that a starting member could leave) moved the chosen model's test score by
// -0.004 on 11 small tables (better on 3, worse on 5, one binary table by -0.046; 30 candidates each, same search).
std::vector<int> greedy_selection(const std::vector<PredictionBlock>& blocks, const std::vector<float>& truth,
                                  const std::vector<std::size_t>& sample, const std::vector<int>& init,
                                  const Scorer& scorer, int iterations, bool at_best_threshold)
{
    const std::vector<float> t = values_at(truth, sample);
    const std::vector<PredictionBlock> local = blocks_at(blocks, sample);
    const std::size_t width = local.front().width;
    std::vector<double> sum(t.size() * width, 0.0);
    std::vector<int> counts = init;
    int k = 0;
    for (std::size_t m = 0; m < local.size(); ++m) {
        k += counts[m];
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += counts[m] * local[m].values[i];
    }
    PredictionBlock trial;
    trial.width = width;
    trial.values.resize(sum.size());
    for (std::size_t i = 0; i < sum.size(); ++i)
        trial.values[i] = static_cast<float>(sum[i] / k);
    const std::vector<double> class_weight = tiebreak_class_weights(scorer, t);
    auto second = [&](const PredictionBlock& p) { return class_weight.empty() ? 0.0 : tiebreak_score(t, p, class_weight); };
    auto objective = [&](const PredictionBlock& p) {
        if (at_best_threshold)
            if (const auto s = best_score_over_thresholds(scorer, t, p))
                return *s;
        return scorer.oriented(scorer.score(t, p));
    };
    double best = objective(trial);
    double best_second = second(trial);
    for (int it = 0; it < iterations; ++it) {
        double round_best = -1e300, round_second = -1e300;
        std::size_t pick = 0;
        for (std::size_t m = 0; m < local.size(); ++m) {
            for (std::size_t i = 0; i < sum.size(); ++i)
                trial.values[i] = static_cast<float>((sum[i] + local[m].values[i]) / (k + 1.0));
            const double s = objective(trial);
            const double s2 = s >= round_best - 1e-12 ? second(trial) : -1e300;
            if (s > round_best + 1e-12 || (s >= round_best - 1e-12 && s2 > round_second)) {
                round_best = s;
                round_second = s2;
                pick = m;
            }
        }
        const bool better = round_best > best + 1e-12 ||
                            (round_best >= best - 1e-12 && round_second > best_second + 1e-9);
        if (!better)
            break;
        best_second = round_second;
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += local[pick].values[i];
        ++counts[pick];
        ++k;
        best = round_best;
    }
    return counts;
}

}  // namespace

namespace {

// The selection on `rows` of `blocks` (the pool, best first): weights per pool member, summing to one.
std::vector<double> select_weights(const std::vector<const EnsembleInput*>& pool,
                                   const std::vector<PredictionBlock>& blocks, const std::vector<float>& truth,
                                   std::span<const std::size_t> rows, const Scorer& scorer, int iterations,
                                   bool at_best_threshold)
{
    const std::vector<float> t = values_at(truth, rows);
    const std::vector<PredictionBlock> local = blocks_at(blocks, rows);

    // Diverse sorted initialisation: the best of each of the top families, if close enough to the very best.
    // Close is within one fold standard deviation; the tighter standard error of the mean (a start with fewer
    // families) moved the chosen model's test score by -0.0017 on 8 small tables (better on 4, worse on 3).
    constexpr std::size_t init_families = 5;
    const double margin = std::max(pool.front()->score_std, 0.005);
    std::vector<std::string> families_in;
    std::vector<int> init(pool.size(), 0);
    for (std::size_t m = 0; m < pool.size() && families_in.size() < init_families; ++m) {
        if (pool[m]->score < pool.front()->score - margin)
            break;
        if (std::find(families_in.begin(), families_in.end(), pool[m]->family) != families_in.end())
            continue;
        families_in.push_back(pool[m]->family);
        ++init[m];
    }

    // Bagged selection (Caruana et al. 2004, section 4.3, over rows): on small data the greedy additions chase the
    // noise of a few rows, piling weight onto whichever candidate was luckiest. Repeating the selection on bootstrap
    // samples of the rows and averaging the weights keeps what helps on most samples. Large data selects once.
    const std::size_t n = t.size();
    const int bags = n >= 30 && n <= 2000 ? 20 : 1;
    std::vector<double> weight(pool.size(), 0.0);
    std::mt19937_64 rng(0x5e1ec7ULL + n);
    std::uniform_int_distribution<std::size_t> draw(0, n - 1);
    for (int b = 0; b < bags; ++b) {
        std::vector<std::size_t> sample(n);
        for (std::size_t i = 0; i < n; ++i)
            sample[i] = bags == 1 ? i : draw(rng);
        std::vector<int> counts = init;
        try {
            counts = greedy_selection(local, t, sample, init, scorer, iterations, at_best_threshold);
        } catch (const std::exception&) {
            // A metric undefined on this sample (e.g. one class drawn only): the bag keeps the initial members.
        }
        const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
        for (std::size_t m = 0; m < pool.size(); ++m)
            weight[m] += counts[m] / total / bags;
    }
    // Members with a negligible share cost a refit and latency for nothing.
    for (auto& w : weight)
        if (w < 0.01)
            w = 0;
    const double kept = std::accumulate(weight.begin(), weight.end(), 0.0);
    for (auto& w : weight)
        w /= kept;
    return weight;
}

PredictionBlock blend_pool(const std::vector<PredictionBlock>& blocks, const std::vector<double>& weight)
{
    std::vector<const PredictionBlock*> used;
    std::vector<double> w;
    for (std::size_t m = 0; m < blocks.size(); ++m)
        if (weight[m] > 0) {
            used.push_back(&blocks[m]);
            w.push_back(weight[m]);
        }
    return blend(used, w);
}

}  // namespace

std::vector<const EnsembleInput*> ensemble_pool(const std::vector<EnsembleInput>& inputs, std::size_t pool_size)
{
    const auto by_score = [](const EnsembleInput* a, const EnsembleInput* b) { return a->score > b->score; };
    std::vector<const EnsembleInput*> ranked;
    for (const auto& in : inputs)
        ranked.push_back(&in);
    std::stable_sort(ranked.begin(), ranked.end(), by_score);
    std::map<std::string, std::size_t> taken;  // places per family
    std::vector<const EnsembleInput*> pool, rest;
    for (auto* p : ranked)
        (taken.try_emplace(p->family, 1).second ? pool : rest).push_back(p);
    const std::size_t share = std::max<std::size_t>(1, (pool_size + taken.size() - 1) / taken.size());
    for (auto* p : rest)
        if (pool.size() < pool_size && taken[p->family] < share) {
            ++taken[p->family];
            pool.push_back(p);
        }
    std::stable_sort(pool.begin(), pool.end(), by_score);
    return pool;
}

EnsembleResult select_ensemble(const std::vector<EnsembleInput>& inputs, std::span<const float> truth,
                               std::span<const std::size_t> rows, const Scorer& scorer, int iterations,
                               std::size_t pool_size, int parts, bool at_best_threshold)
{
    if (inputs.empty())
        throw WorkError("no successful candidate to build an ensemble from");
    const std::vector<const EnsembleInput*> pool = ensemble_pool(inputs, pool_size);

    // Work on the selection rows only (positions 0..n-1 below index into them).
    const std::vector<float> t = values_at(truth, rows);
    std::vector<PredictionBlock> blocks;
    for (auto* p : pool)
        blocks.push_back(take_rows(*p->oof, rows));
    const std::size_t n = t.size();
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), std::size_t{0});
    const std::vector<double> weight = select_weights(pool, blocks, t, all, scorer, iterations, at_best_threshold);

    EnsembleResult r;
    std::vector<const PredictionBlock*> full;
    for (std::size_t m = 0; m < pool.size(); ++m)
        if (weight[m] > 0) {
            r.members.push_back(pool[m]->id);
            r.weights.push_back(weight[m]);
            full.push_back(pool[m]->oof);
        }
    r.oof = blend(full, r.weights);
    r.score = scorer.score(t, blend_pool(blocks, weight));

    // The score above is measured on the rows the weights were chosen on, so it flatters the ensemble (most on
    // small data, where the selection can fit a few rows' noise). The cross-fitted score is honest: the rows are
    // cut into `parts`, and each part is predicted by the weights selected on the other parts.
    if (parts >= 2 && n >= static_cast<std::size_t>(2 * parts)) {
        std::vector<std::size_t> order = all;
        std::mt19937_64 rng(0xc405f17ULL + n);
        std::shuffle(order.begin(), order.end(), rng);
        PredictionBlock crossed, single;
        crossed.width = single.width = blocks.front().width;
        crossed.values.assign(n * crossed.width, 0.0f);
        single.values.assign(n * crossed.width, 0.0f);
        for (int k = 0; k < parts; ++k) {
            std::vector<std::size_t> fit_rows, held;
            for (std::size_t i = 0; i < n; ++i)
                (static_cast<int>(i % static_cast<std::size_t>(parts)) == k ? held : fit_rows).push_back(order[i]);
            std::sort(held.begin(), held.end());
            std::sort(fit_rows.begin(), fit_rows.end());
            const auto w = select_weights(pool, blocks, t, fit_rows, scorer, iterations, at_best_threshold);
            std::vector<PredictionBlock> part;
            for (const auto& b : blocks)
                part.push_back(take_rows(b, held));
            const auto predicted = blend_pool(part, w);
            // The rival strategy, cross-fitted the same way: the one best member on the other parts.
            std::vector<float> fit_truth;
            for (auto f : fit_rows)
                fit_truth.push_back(t[f]);
            std::size_t top = 0;
            double top_score = -1e300;
            for (std::size_t m = 0; m < blocks.size(); ++m) {
                double s = -1e300;
                try {
                    s = scorer.oriented(scorer.score(fit_truth, take_rows(blocks[m], fit_rows)));
                } catch (const std::exception&) {
                }
                if (s > top_score) {
                    top_score = s;
                    top = m;
                }
            }
            for (std::size_t i = 0; i < held.size(); ++i) {
                const auto at = static_cast<std::ptrdiff_t>(held[i] * crossed.width);
                std::copy_n(predicted.values.begin() + static_cast<std::ptrdiff_t>(i * crossed.width),
                            crossed.width, crossed.values.begin() + at);
                std::copy_n(part[top].values.begin() + static_cast<std::ptrdiff_t>(i * crossed.width),
                            crossed.width, single.values.begin() + at);
            }
            try {
                std::vector<float> ht;
                for (auto h : held)
                    ht.push_back(t[h]);
                r.part_scores.push_back(scorer.score(ht, predicted));
            } catch (const std::exception&) {
                // A part on which the metric is undefined (one class only) gives no score of its own.
            }
        }
        r.crossed = std::move(crossed);
        r.cross_fitted_score = scorer.score(t, r.crossed);
        r.cross_fitted_single_score = scorer.score(t, single);
    }
    return r;
}

}  // namespace tern::search
