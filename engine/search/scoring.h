// Scoring predictions with the run's metric (a built-in or a user expression) and with every built-in metric of the
// task. Predictions travel as a row-major block: class probabilities (n x k) for classification, values (n x 1)
// for regression; the predicted class is the most probable one, or for a binary task with a decision threshold the
// second class when its probability reaches the threshold (decision_threshold.h).
#pragma once

#include "engine/core/task.h"
#include "engine/metrics/metric.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tern::search {

struct PredictionBlock {
    std::size_t width = 1;        // n_classes for classification, 1 for regression
    std::vector<float> values;    // rows x width
    // Binary classification only: class 1 is predicted where p1 / (p0 + p1) exceeds it. Empty: the most probable
    // class (ties to the first).
    std::optional<float> threshold;

    std::size_t rows() const { return width ? values.size() / width : 0; }
    std::size_t predicted_class(std::size_t row) const;
};

class Scorer {
public:
    // metric: a built-in name ("" = the task's default); expression: non-empty for a user metric.
    Scorer(Task task, int n_classes, const std::string& metric, const std::string& expression, bool maximize_expr);

    const std::string& metric_name() const { return m_name; }  // the name, or "custom"
    bool maximize() const { return m_maximize; }
    Task task() const { return m_task; }
    // True when the run's metric reads the predicted classes of a binary task, not its probabilities: a decision
    // threshold then changes the score (decision_threshold.h).
    bool reads_binary_classes() const;
    int n_classes() const { return m_classes; }

    // The run's metric on the given rows (positions into `truth` and into the block's rows).
    double score(std::span<const float> truth, const PredictionBlock& p) const;
    double score(std::span<const float> truth, const PredictionBlock& p, std::span<const std::size_t> rows) const;
    // The run's metric from confusion counts, when it reads predicted classes alone (metrics::Metric::score_counts).
    std::optional<double> score_counts(const metrics::Confusion& c) const { return m_metric->score_counts(c); }
    // Every built-in metric of the task (plus the user's under "custom"); metrics that cannot be computed on these
    // rows (e.g. roc_auc with one class present) are left out.
    nlohmann::json all_metrics(std::span<const float> truth, const PredictionBlock& p) const;

    // Larger is better: the score, negated for metrics to minimise.
    double oriented(double score) const { return m_maximize ? score : -score; }

private:
    double evaluate(const metrics::Metric& m, std::span<const float> truth, const PredictionBlock& p) const;

    Task m_task;
    int m_classes;
    std::string m_name;
    bool m_maximize = true;
    std::unique_ptr<metrics::Metric> m_metric;
    std::vector<std::unique_ptr<metrics::Metric>> m_all;
};

// Rows of a block (positions), copied into a new block.
PredictionBlock take_rows(const PredictionBlock& p, std::span<const std::size_t> rows);
// The values at `rows` (positions), in that order: the truth beside take_rows' block.
std::vector<float> values_at(std::span<const float> values, std::span<const std::size_t> rows);

}  // namespace tern::search
