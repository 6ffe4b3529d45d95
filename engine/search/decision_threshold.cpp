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

// Thresholds between consecutive distinct values of p1 / (p0 + p1), never on one: a threshold on a value would
// split rows that native code and ONNX round a hair apart. One half is always among them.
std::vector<float> candidate_thresholds(const PredictionBlock& block)
{
    std::vector<float> q;
    q.reserve(block.rows());
    for (std::size_t i = 0; i < block.rows(); ++i) {
        const float p0 = block.values[2 * i], p1 = block.values[2 * i + 1];
        q.push_back(p0 + p1 > 0 ? p1 / (p0 + p1) : 0.5f);
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
        const float p0 = part.values[2 * i], p1 = part.values[2 * i + 1];
        // Without probability mass a row is read as the first class at every threshold, as predicted_class reads it.
        const float q = p0 + p1 > 0 ? p1 / (p0 + p1) : never;
        rows.emplace_back(std::isnan(q) ? never : q, truth[i] == 1.0f);
        positives += truth[i];
    }
    std::sort(rows.begin(), rows.end());
    const double negatives = static_cast<double>(rows.size()) - positives;
    metrics::Confusion counts{2, std::vector<double>(4, 0.0)};
    std::vector<double> scores;
    scores.reserve(cuts.size());
    std::size_t below = 0;
    double negatives_below = 0, positives_below = 0;
    for (float t : cuts) {
        for (; below < rows.size() && !(rows[below].first > t); ++below)
            (rows[below].second ? positives_below : negatives_below) += 1;
        counts.counts = {negatives_below, negatives - negatives_below, positives_below, positives - positives_below};
        const std::optional<double> s = scorer.score_counts(counts);
        if (!s)
            return std::nullopt;
        const double oriented = scorer.oriented(*s);
        scores.push_back(std::isfinite(oriented) ? oriented : -std::numeric_limits<double>::infinity());
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
    std::vector<double> positives(bins, 0.0), negatives(bins, 0.0);
    double positives_never = 0, negatives_never = 0;
    for (std::size_t i = 0; i < block.rows(); ++i) {
        if (truth[i] != 0.0f && truth[i] != 1.0f)
            return std::nullopt;
        const bool positive = truth[i] == 1.0f;
        const float p0 = block.values[2 * i], p1 = block.values[2 * i + 1];
        const float q = p0 + p1 > 0 ? p1 / (p0 + p1) : std::numeric_limits<float>::quiet_NaN();
        if (std::isnan(q)) {
            (positive ? positives_never : negatives_never) += 1;
            continue;
        }
        const int b = std::clamp(static_cast<int>(std::ceil(std::clamp(q, 0.0f, 1.0f) * bins)) - 1, 0, bins - 1);
        (positive ? positives[b] : negatives[b]) += 1;
    }
    // Cut k / bins reads bins k and above as the second class.
    double positives_below = positives_never, negatives_below = negatives_never;
    double positives_total = positives_never, negatives_total = negatives_never;
    for (int b = 0; b < bins; ++b) {
        positives_total += positives[b];
        negatives_total += negatives[b];
    }
    metrics::Confusion counts{2, std::vector<double>(4, 0.0)};
    std::optional<double> best;
    for (int k = 1; k < bins; ++k) {
        if (positives[k - 1] + negatives[k - 1] == 0 && best)
            continue; // the same counts as the cut below: the same score (a user's expression costs a parse each)
        positives_below += positives[k - 1];
        negatives_below += negatives[k - 1];
        counts.counts = {negatives_below, negatives_total - negatives_below, positives_below,
                         positives_total - positives_below};
        const std::optional<double> s = scorer.score_counts(counts);
        if (!s)
            return std::nullopt;
        const double oriented = scorer.oriented(*s);
        if (std::isfinite(oriented) && (!best || oriented > *best))
            best = oriented;
    }
    return best;
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
