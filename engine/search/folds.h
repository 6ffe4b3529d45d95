// Cross-validation splits over the rows a run uses. Positions index TargetData::rows (0..n-1), not table rows.
// Classification folds are stratified by class; regression folds are stratified by sorted target bins so that each
// fold sees the whole range. Large data gets one 80/20 holdout instead of K folds.
#pragma once

#include "engine/core/task.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace tern::search {

struct Fold {
    std::vector<std::size_t> train;
    std::vector<std::size_t> valid;
    // Forward in time (time_folds.h): every timed row of `train` precedes every row of `valid`, and `train` is in
    // time order, which its fidelity subsample keeps (fold_training_rows).
    bool forward = false;
};

// Rows above which a holdout replaces K-fold cross-validation.
inline constexpr std::size_t holdout_rows = 200'000;

// Every position appears in exactly one fold's `valid` per repeat (K-fold), or in the single holdout's `valid` or
// `train`. Repeated K-fold (repeats > 1) reshuffles for each repeat: on small data it averages away much of the
// noise of one split, which otherwise decides which of many near-equal candidates looks best.
std::vector<Fold> make_folds(std::span<const float> y, Task task, int folds, std::uint64_t seed, bool holdout,
                             int repeats = 1);

// Folds in one repeat of K-fold: the first folds whose validation rows cover all `rows` once (all folds for a
// holdout, whose validation rows never cover every row).
std::size_t folds_per_repeat(std::span<const Fold> folds, std::size_t rows);

// Repeats of K-fold worth their cost for n rows: 3 below 1,000 rows, 2 below 3,000, else 1.
int repeats_for(std::size_t rows);

// The training rows of `fold` one candidate fits at `fidelity`: the stratified subsample below for random folds;
// for a forward fold, rows evenly spaced in time order (the latest always among them), so that a low-fidelity fit
// sees the same span of the past (its trend and seasons) and never a row from after its training window; for
// classification spaced within each class, so every class of the fold's past keeps at least one row.
std::vector<std::size_t> fold_training_rows(const Fold& fold, std::span<const float> y, Task task, double fidelity,
                                            std::size_t min_rows, std::uint64_t seed);

// The mean training rows of a fold: what a candidate's mean fold fit time was measured on.
double mean_training_rows(std::span<const Fold> folds);

// A deterministic stratified subsample of `positions` (share `fraction`, at least `min_rows`), kept in order.
std::vector<std::size_t> subsample(std::span<const std::size_t> positions, std::span<const float> y, Task task,
                                   double fraction, std::size_t min_rows, std::uint64_t seed);

}  // namespace tern::search
