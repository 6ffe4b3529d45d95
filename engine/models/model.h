// The interface every model family implements, and the description of its parameters that the search and the GUI
// read. Features arrive as a dense row-major float Matrix (missing = NaN only when the family says it takes missing
// values natively); labels as float (class index 0..k-1, or the value for regression).
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

namespace tern::models {

using Params = nlohmann::json;  // {"name": value, ...}

struct FitContext {
    Task task = Task::binary;
    int n_classes = 2;          // 0 for regression
    std::uint64_t seed = 0;
    int threads = 1;
    std::stop_token stop;       // honoured within about a second: throw tern::Cancelled
    double time_limit_s = 0;    // 0 = none; a family that can stop early (boosting rounds, epochs) respects it
};

class Model {
public:
    virtual ~Model() = default;

    virtual std::string family() const = 0;
    virtual Params params() const = 0;

    // weights: empty, or one per row (class weights for imbalance arrive this way).
    virtual void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                     const FitContext& ctx) = 0;

    // Regression: the value; classification: the most probable class index.
    virtual std::vector<float> predict(const Matrix& x) const = 0;
    // Classification only: rows x n_classes probabilities.
    virtual Matrix predict_proba(const Matrix& x) const = 0;

    // A self-contained byte string; models::load (registry.h) restores an identical model.
    virtual std::vector<std::uint8_t> save() const = 0;

    // Threads used by predict (the latency probe measures one thread); families without threading ignore it.
    virtual void set_threads(int threads) { (void)threads; }

    // The size parameters of a fit its time limit cut short, as trained ({"n_estimators": 73} for 73 of 200
    // boosting rounds); empty when the fit ran as configured. Refitted with them, the model is the one scored.
    virtual Params cut_short() const { return Params::object(); }
};

// The label a classifier predicts: per row, the index of its most probable class (first one on ties).
std::vector<float> most_probable_class(const Matrix& probabilities);

enum class ParamKind { integer, real, log_real, choice, boolean };

// Which tasks a parameter means something for: a classification-only knob (split criterion, class weights, the
// inverse penalty C of logistic regression) is neither searched nor reported in a regression run, and vice versa.
enum class ParamTask { any, classification, regression };

struct ParamSpec {
    std::string name;
    ParamKind kind = ParamKind::real;
    double low = 0, high = 1;               // integer / real / log_real
    std::vector<std::string> choices;       // choice
    nlohmann::json default_value;
    std::string description;
    ParamTask task = ParamTask::any;
    // "other=value": the parameter acts only while `other` has that value (l1_ratio only under an elasticnet
    // penalty); otherwise the search keeps it at its default, so candidates differing only there count as one.
    std::string active_when;
    // A cap on training rows: every value at or above the rows there are trains the same model.
    bool caps_rows = false;
};

bool applies_to(const ParamSpec& spec, Task task);

}  // namespace tern::models
