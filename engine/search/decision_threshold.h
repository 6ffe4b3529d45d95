// The decision threshold of a binary classifier under a metric of predicted classes (F1, MCC, accuracy, a user's
// expression over confusion counts such as a cost; balanced accuracy is left to class weights, tunes_threshold).
// Reading the class at p = 0.5 suits accuracy on balanced classes; at 5 % positives a boosted model or an
// unweighted linear one then predicts the majority nearly always, while the same probabilities read at a lower
// threshold rank the rows well.
// Measured with scikit-learn on ten held-out binary tables (tests/bench/threshold_tuning.py): the threshold
// tuned on out-of-fold predictions raised HistGradientBoosting's test balanced accuracy from 0.50 to 0.60 at 5 %
// positives and from 0.62 to 0.74 at 16 %; class-weighted models gained less and sometimes lost a little.
//
// A candidate keeps a tuned threshold only when its cross-fitted fold scores (each fold read at a threshold tuned
// on the other folds' rows, forward in time the earlier ones') beat those at 0.5 consistently (gains_consistently);
// the threshold it keeps is tuned on every out-of-fold row.
#pragma once

#include "engine/search/scoring.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <vector>

namespace tern::search {

// Whether the run tunes thresholds: a binary task under a metric of predicted classes other than balanced accuracy.
// Balanced accuracy is what balanced class weights, one dimension of the search, aim at already: they read the
// classes at the prior. Paired runs on ten binary tables (30 s, the same splits and seed) showed a tuned threshold
// there moving the chosen model's test score by -0.008 on average, while under a cost over confusion counts,
// (10 fn + fp) / n, it lowered the test cost from 0.707 to 0.650 (churn) and from 0.652 to 0.560 (attrition).
bool tunes_threshold(const Scorer& scorer);

// The threshold on p1 / (p0 + p1) at which the metric scores best on the given positions (y and the block's rows
// are indexed alike). Ties go to the middle of the best candidates; one half for a metric of more than the
// confusion counts.
float best_threshold(const Scorer& scorer, std::span<const float> y, const PredictionBlock& block,
                     std::span<const std::size_t> rows);

struct TunedThreshold {
    float threshold = 0.5f;           // tuned on every scored row
    std::vector<double> fold_scores;  // fold i read at a threshold tuned on the scored rows outside fold i
};

// fold_rows[i]: the positions fold_blocks[i] predicts, in its row order; scored: every position with an
// out-of-fold prediction in `oof`. A single fold (a holdout) is read at the threshold tuned on its own rows: with
// the 40,000 rows or more a holdout validates, one number tuned on them flatters the score by little.
// forward: the folds validate forward in time, in order; fold i is then read at a threshold tuned on the earlier
// folds' rows only (the first at one half), so that no fold's score draws on later rows, as its model does not.
// nullopt when the run does not tune thresholds (tunes_threshold).
std::optional<TunedThreshold> tune_threshold(const Scorer& scorer, std::span<const float> y,
                                             const PredictionBlock& oof, std::span<const std::size_t> scored,
                                             std::span<const std::vector<std::size_t>> fold_rows,
                                             std::span<const PredictionBlock> fold_blocks, bool forward = false);

// Whether a candidate keeps its tuned threshold: the fold scores it gives (TunedThreshold::fold_scores) beat those
// at one half fold by fold, their mean gain at least twice its standard error (one fold, a holdout: any gain).
// One number tuned on a few hundred rows of the rarer class can fit the folds' noise; a real gain shows on every
// fold, as an unweighted model's does where one half never predicts the rare class.
bool gains_consistently(const Scorer& scorer, const std::vector<double>& at_half, const std::vector<double>& tuned);

// The best oriented score of the metric over thresholds 1/256 apart on p1 / (p0 + p1), one half among them, on all
// of `block`'s rows (truth alike): what an ensemble under a tuned threshold is selected by, so that members are
// weighed by how well the blend separates the classes at its best threshold, not by where it crosses one half
// (under a cost of ten missed positives to one false alarm, no blend is good at one half). One pass over the rows
// into bins, no sort: greedy selection scores thousands of blends. nullopt for a metric that reads more than the
// confusion counts.
std::optional<double> best_score_over_thresholds(const Scorer& scorer, std::span<const float> truth,
                                                 const PredictionBlock& block);

// A candidate's threshold as its params show it ("decision_threshold"); nullopt when it has none.
std::optional<float> decision_threshold(const nlohmann::json& params);

}  // namespace tern::search
