#include "engine/search/decision_threshold.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace tern::search {

namespace {

// At most this many thresholds are tried, spread over the quantiles of the predicted probabilities: a label metric
// moves in steps of a row, and 128 steps resolve it finer than a fold's sampling noise.
constexpr std::size_t max_candidates = 128;

// p1 / (p0 + p1) of row i of a two-column block; NaN without probability mass, a row read as the first class at
// every threshold (as predicted_class reads it).
float second_share(const PredictionBlock& block, std::size_t i)
{
    const float p0 = block.values[2 * i], p1 = block.values[2 * i + 1];
    return p0 + p1 > 0 ? p1 / (p0 + p1) : std::numeric_limits<float>::quiet_NaN();
}

struct ClassCounts {
    double negatives = 0, positives = 0;
};

// The oriented metric when the `below` rows of each class are read as the first class and the rest of `total` as
// the second (-inf where it is not finite), through `counts` (reused: this runs for every cut of every blend).
// nullopt for a metric that reads more than the confusion counts.
std::optional<double> oriented_at_cut(const Scorer& scorer, metrics::Confusion& counts, ClassCounts below,
                                      ClassCounts total)
{
    counts.counts = {below.negatives, total.negatives - below.negatives, below.positives,
                     total.positives - below.positives};
    const std::optional<double> s = scorer.score_counts(counts);
    if (!s)
        return std::nullopt;
    const double oriented = scorer.oriented(*s);
    return std::isfinite(oriented) ? oriented : -std::numeric_limits<double>::infinity();
}

// Thresholds between consecutive distinct values of p1 / (p0 + p1), never on one: a threshold on a value would
// split rows that native code and ONNX round a hair apart. One half is always among them.
std::vector<float> candidate_thresholds(const PredictionBlock& block)
{
    std::vector<float> q;
    q.reserve(block.rows());
    for (std::size_t i = 0; i < block.rows(); ++i) {
        const float share = second_share(block, i);
        q.push_back(std::isnan(share) ? 0.5f : share);
    }
    std::sort(q.begin(), q.end());
    q.erase(std::unique(q.begin(), q.end()), q.end());
    std::vector<float> cuts{0.5f};
    if (q.size() >= 2) {
        const std::size_t gaps = q.size() - 1;
        const std::size_t steps = std::min(gaps, max_candidates);
        for (std::size_t k = 0; k < steps; ++k) {
            const std::size_t i = (2 * k + 1) * gaps / (2 * steps);
            cuts.push_back(q[i] + (q[i + 1] - q[i]) / 2);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

// The oriented metric at every cut (ascending) from one pass over the rows in order of p1 / (p0 + p1): a row above
// a cut is read as the second class, so each cut's confusion counts follow from how many rows of each class lie
// above it, and the metric reads the counts (Scorer::score_counts; every metric tunes_threshold admits does). The
// rows are sorted once instead of scored once per cut. nullopt for a metric that reads more than the predicted
// classes, or a true class that is not 0 or 1.
std::optional<std::vector<double>> swept_scores(const Scorer& scorer, std::span<const float> truth,
                                                const PredictionBlock& part, std::span<const float> cuts)
{
    constexpr float never = -std::numeric_limits<float>::infinity();
    std::vector<std::pair<float, bool>> rows;  // (p1 / (p0 + p1), of the second class)
    rows.reserve(part.rows());
    double positives = 0;
    for (std::size_t i = 0; i < part.rows(); ++i) {
        if (truth[i] != 0.0f && truth[i] != 1.0f)
            return std::nullopt;
        const float q = second_share(part, i);
        rows.emplace_back(std::isnan(q) ? never : q, truth[i] == 1.0f);
        positives += truth[i];
    }
    std::sort(rows.begin(), rows.end());
    const ClassCounts total{static_cast<double>(rows.size()) - positives, positives};
    metrics::Confusion counts{2, std::vector<double>(4, 0.0)};
    std::vector<double> scores;
    scores.reserve(cuts.size());
    std::size_t next = 0;
    ClassCounts below;
    for (float t : cuts) {
        for (; next < rows.size() && !(rows[next].first > t); ++next)
            (rows[next].second ? below.positives : below.negatives) += 1;
        const std::optional<double> s = oriented_at_cut(scorer, counts, below, total);
        if (!s)
            return std::nullopt;
        scores.push_back(*s);
    }
    return scores;
}

}  // namespace

std::optional<double> best_score_over_thresholds(const Scorer& scorer, std::span<const float> truth,
                                                 const PredictionBlock& block)
{
    constexpr int bins = 256;
    if (block.width != 2)
        return std::nullopt;
    // Rows in bin b have p1 / (p0 + p1) in (b / bins, (b + 1) / bins], bin 0 from 0 on: a row on a cut is read as
    // the first class, as predicted_class reads a row on its threshold (trees and even blends put many at one
    // half). A row without probability mass is read as the first class at every threshold and stays below all.
    std::vector<ClassCounts> in_bin(bins);
    ClassCounts below, total; // `below` starts with the rows without probability mass, under every cut
    for (std::size_t i = 0; i < block.rows(); ++i) {
        if (truth[i] != 0.0f && truth[i] != 1.0f)
            return std::nullopt;
        const bool positive = truth[i] == 1.0f;
        (positive ? total.positives : total.negatives) += 1;
        const float q = second_share(block, i);
        ClassCounts& into =
            std::isnan(q) ? below
                          : in_bin[std::clamp(int(std::ceil(std::clamp(q, 0.0f, 1.0f) * bins)) - 1, 0, bins - 1)];
        (positive ? into.positives : into.negatives) += 1;
    }
    // Cut k / bins reads bins k and above as the second class.
    metrics::Confusion counts{2, std::vector<double>(4, 0.0)};
    double best = -std::numeric_limits<double>::infinity();
    for (int k = 1; k < bins; ++k) {
        const ClassCounts& passed = in_bin[std::size_t(k - 1)];
        if (passed.positives + passed.negatives == 0 && k > 1)
            continue; // the same counts as the cut below: the same score (a user's expression costs a parse each)
        below.positives += passed.positives;
        below.negatives += passed.negatives;
        const std::optional<double> s = oriented_at_cut(scorer, counts, below, total);
        if (!s)
            return std::nullopt;
        best = std::max(best, *s);
    }
    return std::isfinite(best) ? std::optional(best) : std::nullopt;
}

bool tunes_threshold(const Scorer& scorer)
{
    return scorer.reads_binary_classes() && scorer.metric_name() != "balanced_accuracy";
}

float best_threshold(const Scorer& scorer, std::span<const float> y, const PredictionBlock& block,
                     std::span<const std::size_t> rows)
{
    const PredictionBlock part = take_rows(block, rows);
    if (part.width != 2 || part.rows() == 0)
        return 0.5f;
    const std::vector<float> truth = values_at(y, rows);
    const std::vector<float> cuts = candidate_thresholds(part);
    const auto swept = swept_scores(scorer, truth, part, cuts);
    if (!swept)
        return 0.5f;
    const std::vector<double>& scores = *swept;
    const double top = *std::max_element(scores.begin(), scores.end());
    std::vector<std::size_t> tied;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i] == top)
            tied.push_back(i);
    return cuts[tied[tied.size() / 2]];
}

std::optional<TunedThreshold> tune_threshold(const Scorer& scorer, std::span<const float> y,
                                             const PredictionBlock& oof, std::span<const std::size_t> scored,
                                             std::span<const std::vector<std::size_t>> fold_rows,
                                             std::span<const PredictionBlock> fold_blocks, bool forward)
{
    if (!tunes_threshold(scorer) || fold_blocks.empty() || oof.width != 2)
        return std::nullopt;
    TunedThreshold out;
    out.threshold = best_threshold(scorer, y, oof, scored);
    std::vector<char> in_fold(y.size(), 0);
    std::vector<std::size_t> others;
    for (std::size_t f = 0; f < fold_blocks.size(); ++f) {
        const auto& rows = fold_rows[f];
        float t = out.threshold;
        if (fold_blocks.size() > 1 && forward) {
            others.clear();
            for (std::size_t earlier = 0; earlier < f; ++earlier)
                others.insert(others.end(), fold_rows[earlier].begin(), fold_rows[earlier].end());
            t = others.empty() ? 0.5f : best_threshold(scorer, y, oof, others);
        } else if (fold_blocks.size() > 1) {
            for (auto r : rows)
                in_fold[r] = 1;
            others.clear();
            for (auto r : scored)
                if (!in_fold[r])
                    others.push_back(r);
            for (auto r : rows)
                in_fold[r] = 0;
            if (!others.empty())
                t = best_threshold(scorer, y, oof, others);
        }
        PredictionBlock read = fold_blocks[f];
        read.threshold = t;
        out.fold_scores.push_back(scorer.score(values_at(y, rows), read));
    }
    return out;
}

bool gains_consistently(const Scorer& scorer, const std::vector<double>& at_half, const std::vector<double>& tuned)
{
    std::vector<double> gains;
    for (std::size_t f = 0; f < std::min(at_half.size(), tuned.size()); ++f)
        if (std::isfinite(at_half[f]) && std::isfinite(tuned[f]))
            gains.push_back(scorer.oriented(tuned[f]) - scorer.oriented(at_half[f]));
    if (gains.empty())
        return false;
    const double n = static_cast<double>(gains.size());
    double mean = 0;
    for (double g : gains)
        mean += g / n;
    if (gains.size() == 1)
        return mean > 0;
    double var = 0;
    for (double g : gains)
        var += (g - mean) * (g - mean) / (n - 1);
    return mean > 0 && mean >= 2 * std::sqrt(var / n);
}

std::optional<float> decision_threshold(const nlohmann::json& params)
{
    if (!params.is_object())
        return std::nullopt;
    const auto it = params.find("decision_threshold");
    if (it == params.end() || !it->is_number())
        return std::nullopt;
    return it->get<float>();
}

}  // namespace tern::search
