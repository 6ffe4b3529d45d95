// Caruana et al. (2004) ensemble selection: greedily add, with replacement, the candidate whose out-of-fold
// predictions most improve the averaged ensemble's score; keep the best prefix. The result is a weighted average
// of member predictions (probabilities for classification, values for regression).
// Initialisation (Caruana et al. 2006, "sorted initialisation"), made diverse: the best candidate of each of the
// best few families whose score is within one fold standard deviation of the best. On small data many candidates tie
// within noise, and averaging different families is what makes the ensemble robust there; later rounds add
// a member only when it strictly improves the score, or, for a classification metric that counts decisions
// (accuracy and the like, which tie on most additions), keeps it and lowers the log-loss of the averaged
// probabilities (class-balanced for balanced_accuracy). On small data (30 to 2,000 selection rows) the selection is
// bagged over bootstrap samples of the rows and the weights averaged, so that no member's weight rests on a few rows.
// Where the ensemble's threshold will be tuned (a cost, F1; decision_threshold.h) a blend is scored at its best
// threshold, as the ensemble will be read. Its honest score is cross-fitted: weights chosen on some rows, scored on
// the others.
#pragma once

#include "engine/search/scoring.h"

#include <cstdint>
#include <optional>
#include <string>
#include <span>
#include <vector>

namespace tern::search {

struct EnsembleInput {
    std::int64_t id = 0;
    double score = 0;                    // oriented (larger is better): the pool is the best of these
    const PredictionBlock* oof = nullptr;
    std::string family;
    double score_std = 0;                // over folds
};

struct EnsembleResult {
    std::vector<std::int64_t> members;   // distinct ids
    std::vector<double> weights;         // same order, sum 1
    PredictionBlock oof;                 // the ensemble's out-of-fold predictions
    double score = 0;                    // the run's metric (not oriented), on the rows the weights were chosen on
    // Cross-fitted (parts >= 2): each part of the selection rows predicted with weights chosen on the other parts;
    // `crossed` holds those predictions in selection-row order, `part_scores` the metric on each part.
    std::optional<double> cross_fitted_score;
    // The same for the rival strategy, taking the one best input: on each part, the input that scores best on the
    // other parts. Recorded in the ensemble's details for comparison; the run chooses the ensemble either way
    // (RunSession::choose_best says why).
    std::optional<double> cross_fitted_single_score;
    std::vector<double> part_scores;
    PredictionBlock crossed;
};

// The inputs a selection draws on, best score first: each family's best, then the best of the rest up to pool_size,
// no family holding more than an equal share of the pool (pool_size / families, rounded up). The search tunes the
// family that scores best the longest, and the best of many near-identical tries flatters itself most: without the
// share, 14 of 20 places went to one family's variants, whose weight the selection then fitted to a few rows' noise
// (16 tables, 40 candidates each, same candidates: test score +0.003 on average, better on 6, worse on 2). A share
// of one place per family moved it by +0.002 on 22 small tables but was better on 7 and worse on 8: not kept.
// Cross-validating the pool again on a new assignment of rows to folds and selecting on those predictions (the
// search's scores are the best of many tries on the same folds: airquality's leaders lost 0.03-0.08 R^2 there) was
// tried too: +0.018 on airquality over 8 fresh splits, -0.003 on 13 unseen tables (30 s runs): not kept.
std::vector<const EnsembleInput*> ensemble_pool(const std::vector<EnsembleInput>& inputs, std::size_t pool_size);

// rows: the positions to select on (rows every input predicted). pool_size: the best inputs considered.
// parts: 0 = no cross-fitted score; else the number of parts of the rows (at least 2 rows each) it is measured on.
// at_best_threshold: blends are scored at their best decision threshold (best_score_over_thresholds), for an
// ensemble that will be read at a tuned one; else as the metric reads them.
EnsembleResult select_ensemble(const std::vector<EnsembleInput>& inputs, std::span<const float> truth,
                               std::span<const std::size_t> rows, const Scorer& scorer, int iterations = 50,
                               std::size_t pool_size = 20, int parts = 0, bool at_best_threshold = false);

// The weighted average of member blocks (all the same shape).
PredictionBlock blend(const std::vector<const PredictionBlock*>& blocks, const std::vector<double>& weights);

}  // namespace tern::search
