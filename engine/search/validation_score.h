// The score and spread a candidate is ranked by, from its fold scores. Random K-fold: their plain mean and standard
// deviation (summarize_folds), the folds being alike. Forward in time (time_folds.h) they are not: the first folds
// train on little history and, where ties of a time fall at a cut, validate short blocks, and their scores (R^2 of
// -526 from a linear model fitted on 12 months) swamped a plain mean, although the model the user keeps is refitted
// on every row. A forward fold therefore counts by the rows it validated (each validated row once, as TimeSeriesSplit
// users pool predictions) times the rows it trained on (the first of five folds counts a fifth as much as the last).
// Over the 24 candidates of a forward run on each of three dated tables (forward_validation.py's two and a
// classification one), this tracked each refitted candidate's test score better than the plain mean (rank
// correlation 0.41 / 0.61 / 0.92 against 0.15 / 0.54 / 0.86) and than the metric on the pooled out-of-fold
// predictions (0.42 / 0.58 / 0.92 against 0.30 / 0.51 / 0.89 in runs ranked by it), whose R^2 also counts the
// trend between periods as explained variance.
#pragma once

#include "engine/search/evaluator.h"
#include "engine/search/folds.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tern::search {

// True when the folds validate forward in time.
bool validates_forward(std::span<const Fold> folds);

// Weighted mean of the finite fold scores; std: their plain standard deviation, how much the score moves from one
// period to the next (the spread a user reads beside the score); defined: those folds. nullopt when none is finite
// or their weights sum to zero.
std::optional<FoldSummary> summarize_weighted_folds(const std::vector<double>& fold_scores,
                                                    const std::vector<double>& weights);

// How many fold scores are not finite: the metric is undefined on those folds (a user's expression dividing by zero
// there, such as precision on a fold without a predicted positive). Left out of the mean they would flatter a
// candidate by its worst folds, so such a candidate is scored on its pooled out-of-fold rows instead.
std::size_t count_undefined_folds(const std::vector<double>& fold_scores);
// The score_basis details of a candidate scored on its pooled out-of-fold rows: because the metric is not finite on
// some folds, or because a validation fold lacks a class (folds_lack_a_class).
std::string undefined_folds_basis(std::size_t undefined, std::size_t folds);
inline constexpr const char* class_lacking_basis = "pooled out-of-fold rows: a validation fold lacks a class";

// The candidate's summary from the scores of the first fold_scores.size() folds. `validated`: the rows each of
// those folds scored, when fewer than its `valid` rows (an ensemble scores only rows every member predicted).
std::optional<FoldSummary> summarize_validation(std::span<const Fold> folds, const std::vector<double>& fold_scores,
                                                const std::vector<std::size_t>& validated = {});

}  // namespace tern::search
