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

// The confusion counts of validated labels.
Confusion confusion(const Predictions& p);

double accuracy(const Confusion& c);
double balanced_accuracy(const Confusion& c);
double f1_macro(const Confusion& c);
double mcc(const Confusion& c);
double roc_auc(const Predictions& p);
double log_loss(const Predictions& p);
double r2(const Predictions& p);
double rmse(const Predictions& p);
double mae(const Predictions& p);
double mse(const Predictions& p);

// Area under the ROC curve of scores against 0/1 labels (ties share ranks, as Mann-Whitney); NaN if one class only.
double binary_auc(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive);

} // namespace tern::metrics::detail
