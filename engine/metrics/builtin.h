// The built-in metric functions (CONTRACT.md names) and the checks they share. Internal to engine/metrics: the rest
// of the engine reaches them by name through make_metric (metric.h).
#pragma once

#include "engine/metrics/metric.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tern::metrics::detail {

// Throws InputError unless the truth is non-empty, class indices lie in [0, n_classes) (classification), the
// predictions have the truth's length (when `need_labels`) and the probability matrix is rows x n_classes with
// finite entries (when `need_probabilities`).
void validate(const Predictions& p, bool need_labels, bool need_probabilities);

// Confusion counts, row = true class, column = predicted class; n_classes x n_classes, row-major.
std::vector<double> confusion(const Predictions& p);

// Classes that occur in the truth or in the predictions (sklearn's label set for macro averages).
std::vector<int> present_classes(const Predictions& p);

double accuracy(const Predictions& p);
double balanced_accuracy(const Predictions& p);
double f1_macro(const Predictions& p);
double mcc(const Predictions& p);
double roc_auc(const Predictions& p);
double log_loss(const Predictions& p);
double r2(const Predictions& p);
double rmse(const Predictions& p);
double mae(const Predictions& p);
double mse(const Predictions& p);

// Area under the ROC curve of scores against 0/1 labels (ties share ranks, as Mann-Whitney); NaN if one class only.
double binary_auc(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive);

} // namespace tern::metrics::detail
