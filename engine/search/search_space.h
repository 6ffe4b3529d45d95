// The search space of one family as the strategies see it: the family's own parameters (its ParamSpec list) plus
// the preprocessing and class-weighting choices that matter for this data, each as a dimension that can be sampled,
// encoded to [0, 1] (choices: an index) and decoded back into a CandidateConfig.
#pragma once

#include "engine/core/task.h"
#include "engine/models/model.h"
#include "engine/search/candidate.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace tern::search {

// Facts about the data and the run that shape the space (never timings: proposals must not depend on speed).
struct SearchContext {
    Task task = Task::binary;
    int n_classes = 2;
    std::size_t n_rows = 0;
    bool has_missing = false;
    bool has_categorical = false;
    bool prefer_balanced = false;              // the metric rewards every class equally (balanced_accuracy, ...)
    std::vector<std::string> families;         // cheap first
    std::vector<double> fidelities{1.0};       // successive-halving rungs, ascending, last = 1
    nlohmann::json imputer_pins = nlohmann::json::object();
    std::uint64_t seed = 0;
};

enum class DimTarget { model, imputer, indicators, encoder, scaler, class_weight };

struct Dimension {
    std::string name;
    DimTarget target = DimTarget::model;
    models::ParamKind kind = models::ParamKind::real;
    double low = 0, high = 1;
    std::vector<std::string> choices;          // choice / boolean ("false", "true")

    bool categorical() const { return kind == models::ParamKind::choice || kind == models::ParamKind::boolean; }
    std::size_t n_choices() const { return choices.size(); }
};

// Families whose input needs no scaling (trees, naive Bayes): their scaler is fixed to none.
bool scale_free(const std::string& family);
// Tree families, which split on level codes (the ordinal encoder) as well as on one-hot columns.
bool splits_on_codes(const std::string& family);

std::vector<Dimension> dimensions(const std::string& family, const SearchContext& ctx);

// The family's defaults with its default preprocessing (e.g. xgboost takes missing values natively; linear, knn,
// svm and mlp get median imputation with indicators, one-hot encoding and standard scaling).
CandidateConfig default_config(const std::string& family, const SearchContext& ctx);

// A point in [0,1]^d (categorical dims hold an index) <-> a configuration.
using Point = std::vector<double>;
Point encode(const CandidateConfig& config, const std::vector<Dimension>& dims, const SearchContext& ctx);
CandidateConfig decode(const std::string& family, const Point& point, const std::vector<Dimension>& dims,
                       const SearchContext& ctx);
Point sample_uniform(const std::vector<Dimension>& dims, std::mt19937_64& rng);

}  // namespace tern::search
