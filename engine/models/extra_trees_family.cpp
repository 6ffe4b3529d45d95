// The `extra_trees` family (extremely randomised trees): each split takes, for each of max_features random features,
// one random threshold and keeps the best of those; no bootstrap by default (the model is in forest_model.cpp).
#include "engine/models/forest_model.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"

namespace tern::models {

namespace {
std::vector<ParamSpec> extra_trees_space()
{
    return {
        {"n_estimators", ParamKind::integer, 20, 500, {}, 100, "number of trees"},
        {"max_features", ParamKind::choice, 0, 0, {"auto", "sqrt", "log2", "0.3", "0.5", "1.0"}, "auto",
         "features tried per split (auto: sqrt for classification, all for regression; or a fraction)"},
        {"min_samples_leaf", ParamKind::integer, 1, 20, {}, 1, "rows a leaf must keep at least"},
        {"max_depth", ParamKind::integer, 2, 64, {}, 64, "maximum depth (64 = effectively unlimited)"},
        {"criterion", ParamKind::choice, 0, 0, {"gini", "entropy"}, "gini",
         "classification split criterion (regression uses squared error)"},
        {"bootstrap", ParamKind::boolean, 0, 1, {}, false, "grow each tree on a bootstrap sample of the rows"},
        class_weight_spec(),
    };
}
}  // namespace

Family extra_trees_family()
{
    Family f;
    f.name = forest_name(ForestKind::extra_trees);
    f.description = "Extremely randomised trees: random thresholds, no bootstrap";
    f.space = extra_trees_space();
    f.make = [name = f.name](const Params& p, const FitContext& ctx) {
        return make_forest(ForestKind::extra_trees, resolve_params(name, extra_trees_space(), p), ctx);
    };
    f.load = [](std::span<const std::uint8_t> bytes) { return load_forest(ForestKind::extra_trees, bytes); };
    return f;
}

}  // namespace tern::models
