// The `random_forest` family: bootstrap-sampled CART trees, each split the best threshold among max_features
// randomly chosen features (the model itself is in forest_model.cpp).
#include "engine/models/forest_model.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"

namespace tern::models {

namespace {
std::vector<ParamSpec> random_forest_space()
{
    return {
        {"n_estimators", ParamKind::integer, 20, 500, {}, 100, "number of trees"},
        {"max_features", ParamKind::choice, 0, 0, {"auto", "sqrt", "log2", "0.3", "0.5", "1.0"}, "auto",
         "features tried per split (auto: sqrt for classification, all for regression; or a fraction)"},
        {"min_samples_leaf", ParamKind::integer, 1, 20, {}, 1, "rows a leaf must keep at least"},
        {"max_depth", ParamKind::integer, 2, 64, {}, 64, "maximum depth (64 = effectively unlimited)"},
        {"criterion", ParamKind::choice, 0, 0, {"gini", "entropy"}, "gini",
         "classification split criterion (regression uses squared error)"},
        {"bootstrap", ParamKind::boolean, 0, 1, {}, true, "grow each tree on a bootstrap sample of the rows"},
        class_weight_spec(),
    };
}
}  // namespace

Family random_forest_family()
{
    Family f;
    f.name = forest_name(ForestKind::random_forest);
    f.description = "Random forest: bagged CART trees on histogram-binned features";
    f.space = random_forest_space();
    f.make = [name = f.name](const Params& p, const FitContext& ctx) {
        return make_forest(ForestKind::random_forest, resolve_params(name, random_forest_space(), p), ctx);
    };
    f.load = [](std::span<const std::uint8_t> bytes) { return load_forest(ForestKind::random_forest, bytes); };
    return f;
}

}  // namespace tern::models
