// Metrics: built-in ones by name (CONTRACT.md) and user expressions (muparser over confusion counts).
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tern::metrics {

enum class Direction { maximize, minimize };

// What a metric sees: the truth, the predicted labels/values and, for classification, the probabilities.
struct Predictions {
    Task task = Task::binary;
    int n_classes = 2;
    std::span<const float> truth;       // class index or value
    std::span<const float> predicted;   // class index or value
    const Matrix* probabilities = nullptr;  // rows x n_classes; may be null for metrics that need no scores
};

class Metric {
public:
    virtual ~Metric() = default;
    virtual std::string name() const = 0;
    virtual Direction direction() const = 0;
    virtual bool needs_probabilities() const { return false; }
    virtual double score(const Predictions& p) const = 0;
};

// Built-ins: accuracy, balanced_accuracy, f1_macro, roc_auc, log_loss, mcc, r2, rmse, mae.
std::unique_ptr<Metric> make_metric(const std::string& name, Task task);  // throws InputError on unknown/misfit names
std::vector<std::string> metric_names(Task task);
std::string default_metric(Task task);  // balanced_accuracy / r2

// A user expression over tp tn fp fn n (classification; one-vs-rest, macro-averaged) or mse mae r2 n (regression).
// Validates at construction: a syntax error or unknown variable throws InputError with a readable message.
std::unique_ptr<Metric> make_expression_metric(const std::string& expression, Direction direction, Task task);

}  // namespace tern::metrics
