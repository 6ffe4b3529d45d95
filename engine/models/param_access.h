// Helpers the families share: checking user/search parameters against a family's space (unknown names, wrong
// types, choices outside the list) and filling in defaults, and turning class_weight=balanced into row weights.
#pragma once

#include "engine/models/model.h"

#include <span>
#include <string>
#include <vector>

namespace tern::models {

// Defaults from `space`, overridden by `given`; throws InputError naming the family on a bad parameter.
Params resolve_params(const std::string& family, const std::vector<ParamSpec>& space, const Params& given);

// The ParamSpec every classification family offers: none | balanced.
ParamSpec class_weight_spec();

// Row weights = given weights (or 1) times, for "balanced", n / (k * weight of the row's class), as scikit-learn.
// Also validates labels: classification labels must be integers in [0, n_classes).
std::vector<float> fit_weights(std::span<const float> y, std::span<const float> weights, int n_classes,
                               bool balanced);

// Shared argument checks for fit(): sizes agree, at least one row, labels in range for classification,
// finite features unless the family takes NaN.
void check_fit_input(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                     const FitContext& ctx, bool allow_nan);
void check_predict_input(const Matrix& x, std::size_t n_features, const std::string& family);

}  // namespace tern::models
