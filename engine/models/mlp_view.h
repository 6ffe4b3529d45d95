// A read-only view of a fitted `mlp` model for code that reads its weights (quantisation, export): the network,
// the task, and how regression outputs map back to the target (value = output * target_std + target_mean).
#pragma once

#include "engine/models/model.h"
#include "engine/nn/mlp.h"

#include <optional>

namespace tern::models {

struct MlpView {
    const nn::Mlp* mlp = nullptr; // valid while the model lives
    Task task = Task::binary;
    int n_classes = 0; // 0 for regression
    double target_mean = 0, target_std = 1;
};

// std::nullopt unless `model` is an mlp model that has been fitted (or loaded).
std::optional<MlpView> mlp_view(const Model& model);

} // namespace tern::models
