// Metrics: built-in ones by name (CONTRACT.md) and user expressions (muparser over confusion counts).
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tern::metrics {

enum class Direction { maximize, minimize };

// What a metric sees: the truth, the predicted labels/values and, for classification, the probabilities.
struct Predictions {
    Task task = Task::binary;
    int n_classes = 2;
    std::span<const float> truth;          // class index or value
    std::span<const float> predicted;      // class index or value
    const Matrix* probabilities = nullptr; // rows x n_classes; may be null for metrics that need no scores
};

// Rows counted by true class (row) and predicted class (column): k x k, row-major. The metrics of predicted classes
// (accuracy, balanced accuracy, F1, MCC, a user's expression) are functions of it alone.
struct Confusion {
    std::size_t k = 0;
    std::vector<double> counts;

    double at(std::size_t truth, std::size_t predicted) const { return counts[truth * k + predicted]; }
    double true_count(std::size_t c) const;      // the row's sum
    double predicted_count(std::size_t c) const; // the column's sum
    double total() const;
    // Classes that occur in the truth or the predictions (scikit-learn's label set for macro averages).
    std::vector<int> present() const;
};

class Metric {
  public:
    virtual ~Metric() = default;
    virtual std::string name() const = 0;
    virtual Direction direction() const = 0;
    virtual bool needs_probabilities() const { return false; }
    virtual double score(const Predictions& p) const = 0;
    // A metric of predicted classes alone scores their confusion counts as it scores the rows they count; a
    // threshold sweep reads many matrices of one set of rows without revisiting the rows. nullopt for the others.
    virtual std::optional<double> score_counts(const Confusion&) const { return std::nullopt; }
};

// Built-ins: accuracy, balanced_accuracy, f1_macro, roc_auc, log_loss, mcc, r2, rmse, mae.
std::unique_ptr<Metric> make_metric(const std::string& name, Task task); // throws InputError on unknown/misfit names
std::vector<std::string> metric_names(Task task);
std::string default_metric(Task task); // balanced_accuracy / r2
// A built-in metric's direction by its name, whatever the task; empty for any other name. The one place that says
// which built-ins are better low (the leaderboard's order, the CLI's JSON, the GUI's sorting).
std::optional<Direction> builtin_direction(std::string_view name);
// `value` within the values a built-in metric can take (balanced accuracy 0..1, r2 up to 1, rmse from 0): a score
// estimated by moving another by a change measured elsewhere can overshoot them. Any other name: `value` itself.
double clamp_to_range(std::string_view name, double value);

// Ranking helpers that treat NaN (an undefined score, e.g. roc_auc on a fold with one class) as the worst value.
double worst_value(Direction direction);                 // -inf for maximize, +inf for minimize
bool is_better(Direction direction, double a, double b); // a strictly better than b

// A user expression over tp tn fp fn n (classification) or mse mae r2 n (regression).
// Classification: binary evaluates the expression once, for the positive class (class index 1); multiclass
// evaluates it one-vs-rest for every class present in the truth or the predictions and returns the mean.
// Validates at construction: a syntax error or unknown variable throws InputError with muparser's message and the
// position. A non-finite result (division by zero) scores worst_value(direction).
std::unique_ptr<Metric> make_expression_metric(const std::string& expression, Direction direction, Task task);

// Which way a user expression is better, from what it gives a perfect prediction and an all-wrong one: a cost such
// as (10*fn + fp)/n or sqrt(mse) is lower-is-better, a rate such as tp/(tp+fn) or r2 higher-is-better. Empty when the
// two are equal or undefined, or the expression is not valid over either task's variables.
std::optional<Direction> guess_expression_direction(const std::string& expression);

} // namespace tern::metrics
