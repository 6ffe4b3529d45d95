// The tree-ensemble model behind the `random_forest` and `extra_trees` families (each family's file declares its
// own search space): bagged CART trees from decision_tree.h, probabilities = mean of the leaves' class
// distributions, regression = mean of the leaves' means.
#pragma once

#include "engine/models/decision_tree.h"
#include "engine/models/model.h"

#include <memory>
#include <span>
#include <string>

namespace tern::models {

enum class ForestKind { random_forest, extra_trees };

std::string forest_name(ForestKind kind);
// params: already resolved against the family's space.
std::unique_ptr<Model> make_forest(ForestKind kind, Params params, const FitContext& ctx);
std::unique_ptr<Model> load_forest(ForestKind kind, std::span<const std::uint8_t> bytes);

// What an exporter needs from a fitted forest: the trees (a prediction is the mean of the leaves' values).
struct ForestView {
    Task task = Task::binary;
    int n_classes = 0;  // 0 for regression
    std::size_t n_features = 0;
    const std::vector<DecisionTree>* trees = nullptr;  // owned by the model; valid while it lives
};
// Throws InputError when `model` is not a fitted random_forest / extra_trees model.
ForestView forest_view(const Model& model);

}  // namespace tern::models
