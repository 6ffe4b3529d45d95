// The two tree-ensemble families over one model (forest_model.cpp), differing only in how a split is drawn:
// `random_forest`: bootstrap-sampled CART trees, each split the best threshold among max_features random features;
// `extra_trees` (extremely randomised trees): one random threshold per tried feature, no bootstrap by default.
#include "engine/models/forest_model.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"

namespace tern::models {

namespace {
std::vector<ParamSpec> forest_space(ForestKind kind)
{
    const bool bootstrap = kind == ForestKind::random_forest;
    return {
        {"n_estimators", ParamKind::integer, 20, 500, {}, 100, "number of trees"},
        {"max_features", ParamKind::choice, 0, 0, {"auto", "sqrt", "log2", "0.3", "0.5", "1.0"}, "auto",
         "features tried per split (auto: sqrt for classification, all for regression; or a fraction)"},
        {"min_samples_leaf", ParamKind::integer, 1, 20, {}, 1, "rows a leaf must keep at least"},
        {"max_depth", ParamKind::integer, 2, 64, {}, 64, "maximum depth (64 = effectively unlimited)"},
        {"criterion", ParamKind::choice, 0, 0, {"gini", "entropy"}, "gini",
         "classification split criterion (regression uses squared error)", ParamTask::classification},
        {"bootstrap", ParamKind::boolean, 0, 1, {}, bootstrap, "grow each tree on a bootstrap sample of the rows"},
        class_weight_spec(),
    };
}

Family forest_family(ForestKind kind, std::string description)
{
    Family f;
    f.name = forest_name(kind);
    f.description = std::move(description);
    f.space = forest_space(kind);
    f.make = [kind, name = f.name](const Params& p, const FitContext& ctx) {
        return make_forest(kind, resolve_params(name, forest_space(kind), p), ctx);
    };
    f.load = [kind](std::span<const std::uint8_t> bytes) { return load_forest(kind, bytes); };
    return f;
}
}  // namespace

Family random_forest_family()
{
    return forest_family(ForestKind::random_forest, "Random forest: bagged CART trees on histogram-binned features");
}

Family extra_trees_family()
{
    return forest_family(ForestKind::extra_trees, "Extremely randomised trees: random thresholds, no bootstrap");
}

}  // namespace tern::models
