// Cross-validation of one candidate: for every fold, the preprocessing pipeline and the model are fitted on the
// fold's training rows only (subsampled by the candidate's fidelity), then predict the fold's validation rows.
// Produces the out-of-fold predictions (kept for the ensemble and for permutation importance), per-fold scores,
// every metric of the task on the out-of-fold rows, and the last fold's fitted candidate (for costs and storage).
#pragma once

#include "engine/core/message.h"
#include "engine/search/candidate.h"
#include "engine/search/fitted.h"
#include "engine/search/folds.h"
#include "engine/search/scoring.h"
#include "engine/search/target.h"

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace tern::search {

struct Problem {
    const data::Table* table = nullptr;
    const TargetData* target = nullptr;
    const std::vector<Fold>* folds = nullptr;
    const Scorer* scorer = nullptr;
    std::uint64_t seed = 0;
    int threads = 1;           // per fit
    int concurrent_folds = 1;  // folds of a repeat fitted side by side, each on `threads` threads
    bool keep_fold_models = false;  // keep a copy of every fold's fit (precision variants score each fold's model)
    bool pooled_score = false;      // score on pooled out-of-fold rows: folds_lack_a_class, decided once per run
};

// One fold's fit with the rows it was fitted on (table rows, after the fidelity subsample) and scored on.
struct FoldModel {
    FittedCandidate fitted;
    std::vector<std::size_t> train_rows, valid_rows;
    std::vector<float> valid_labels;
};

struct Evaluation {
    std::string status = "ok";            // ok | failed | timeout | cancelled
    Message error;
    PredictionBlock oof;                  // one row per position in TargetData::rows
    std::vector<std::uint8_t> oof_mask;   // 1 where `oof` holds a prediction (all rows for K-fold)
    // Repeated K-fold: each row's prediction by the first model that did not train on it. `oof` averages the
    // repeats' predictions, which is itself a small bagged ensemble and flatters unstable models; an ensemble is
    // selected on single models' predictions, as it will be refitted. Empty without repeats.
    PredictionBlock oof_single;
    std::vector<double> fold_scores;
    double score = 0, score_std = 0;
    // The score is the metric on each repeat's pooled out-of-fold rows (mean over repeats) instead of the mean of
    // per-fold scores: some validation fold lacks a class (fewer rows of it than folds), and a class-averaged metric
    // on such a fold ignores it, so that always predicting the common class scored 1.0 there. Asked for by
    // Problem::pooled_score.
    bool pooled_score = false;
    // Folds on which the metric is not finite; when some are, the score is the metric on the pooled out-of-fold rows
    // (count_undefined_folds says why).
    std::size_t undefined_folds = 0;
    nlohmann::json metrics = nlohmann::json::object();
    // Binary classes read at this threshold on p1 (decision_threshold.h) instead of one half: the fold scores, the
    // score and the label metrics are at it. Empty when one half scored as well.
    std::optional<float> threshold;
    double fit_s = 0;                     // mean time to fit pipeline + model on one fold
    double cv_s = 0;                      // the whole cross-validation
    // The size parameters as trained when the time limit cut fits short (Model::cut_short, mean over the folds),
    // e.g. {"n_estimators": 73}; empty when every fold ran as configured.
    nlohmann::json cut_short = nlohmann::json::object();
    std::optional<FittedCandidate> last_fold;
    std::vector<FoldModel> fold_models;   // only with Problem::keep_fold_models
};

// stop: trips on timeout or cancellation; time_limit_s: the candidate's limit, used to give up early when the
// folds done so far show the rest cannot finish in time. Never throws for a model's failure: it is reported.
Evaluation cross_validate(const Problem& problem, const CandidateConfig& config, std::stop_token stop,
                          double time_limit_s, const std::function<bool()>& timed_out);

// Per-fold scores summed up over the folds where the metric is defined: a metric expression can be undefined on a
// fold (tp / (tp + fn) on a fold without positives scores worst_value), and one such fold would make the mean
// infinite and fail every candidate. nullopt when no fold defines it.
struct FoldSummary {
    double mean = 0, std = 0;
    std::size_t defined = 0;  // folds with a finite score
};
std::optional<FoldSummary> summarize_folds(const std::vector<double>& fold_scores);

// True for classification folds (K-fold, not forward in time) where some fold's validation rows lack a class that
// the labels hold: per-fold scores of class-averaged metrics are then biased upward.
bool folds_lack_a_class(std::span<const Fold> folds, std::span<const float> y, Task task);
// Per fold, whether it is one of those. Under pooled scoring such a fold's own score says nothing (always predicting
// the common class scored 1.0 there): it is recorded as undefined (NaN), left out of the spread and shown as such.
std::vector<bool> folds_lacking_a_class(std::span<const Fold> folds, std::span<const float> y, Task task);

// Table rows of the given positions.
std::vector<std::size_t> table_rows(const TargetData& target, std::span<const std::size_t> positions);
std::vector<float> labels(const TargetData& target, std::span<const std::size_t> positions);

}  // namespace tern::search
