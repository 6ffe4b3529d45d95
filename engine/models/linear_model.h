// The `linear` family's extra surface: the fitted coefficients, for exporters (ONNX LinearClassifier /
// LinearRegressor or a MatMul + Sigmoid / Softmax graph).
#pragma once

#include "engine/models/model.h"

#include <vector>

namespace tern::models {

struct LinearCoefficients {
    Task task = Task::binary;
    int n_classes = 0;        // 0 for regression
    std::size_t n_features = 0;
    int outputs = 1;          // 1 for binary (sigmoid of the score = P(class 1)) and regression; n_classes for multiclass (softmax)
    std::vector<double> weights;     // outputs x n_features, row-major
    std::vector<double> intercepts;  // outputs
};

// Throws InputError when `model` is not a fitted linear model.
LinearCoefficients linear_coefficients(const Model& model);

}  // namespace tern::models
