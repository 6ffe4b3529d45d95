// Tree ensembles as ai.onnx.ml TreeEnsembleRegressor nodes (one target per class), whose raw sums/averages the graph
// turns into probabilities itself, so that binary and multiclass, forests and boosting all take one path:
// - random_forest / extra_trees (forest_model.h): go left when x <= threshold (BRANCH_LEQ, NaN goes right as in
//   DecisionTree::leaf), leaves hold class distributions or means, aggregated by AVERAGE;
// - xgboost (XGBoost's JSON model): go left when x < threshold (BRANCH_LT), missing values follow default_left,
//   leaves summed per class (tree_info), plus the base margin; then sigmoid (binary:logistic), softmax
//   (multi:softprob) or identity (reg:squarederror).
#include "engine/core/error.h"
#include "engine/export/onnx_parts.h"
#include "engine/models/forest_model.h"
#include "engine/models/xgboost_model.h"

#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace tern::exporting {

namespace {

struct TreeTable {
    std::vector<std::int64_t> tree, node, feature, true_id, false_id, missing_true;
    std::vector<float> threshold;
    std::vector<std::string> mode;
    std::vector<std::int64_t> t_tree, t_node, t_id;
    std::vector<float> t_weight;

    void split(std::int64_t t, std::int64_t n, std::int64_t f, float v, const char* m, std::int64_t yes,
               std::int64_t no, bool missing_yes)
    {
        tree.push_back(t), node.push_back(n), feature.push_back(f), threshold.push_back(v), mode.emplace_back(m);
        true_id.push_back(yes), false_id.push_back(no), missing_true.push_back(missing_yes ? 1 : 0);
    }
    void leaf(std::int64_t t, std::int64_t n) { split(t, n, 0, 0.0f, "LEAF", 0, 0, false); }
    void target(std::int64_t t, std::int64_t n, std::int64_t id, float w)
    {
        t_tree.push_back(t), t_node.push_back(n), t_id.push_back(id), t_weight.push_back(w);
    }

    // [N, n_targets] float.
    std::string emit(GraphBuilder& g, const std::string& x, std::int64_t n_targets, const char* aggregate,
                     std::vector<float> base) const
    {
        std::vector<Attr> attrs{Attr::of("nodes_treeids", tree),
                                Attr::of("nodes_nodeids", node),
                                Attr::of("nodes_featureids", feature),
                                Attr::of("nodes_values", threshold),
                                Attr::of("nodes_modes", mode),
                                Attr::of("nodes_truenodeids", true_id),
                                Attr::of("nodes_falsenodeids", false_id),
                                Attr::of("nodes_missing_value_tracks_true", missing_true),
                                Attr::of("target_treeids", t_tree),
                                Attr::of("target_nodeids", t_node),
                                Attr::of("target_ids", t_id),
                                Attr::of("target_weights", t_weight),
                                Attr::of("n_targets", n_targets),
                                Attr::of("aggregate_function", std::string(aggregate)),
                                Attr::of("post_transform", std::string("NONE"))};
        if (!base.empty())
            attrs.push_back(Attr::of("base_values", std::move(base)));
        return g.op("TreeEnsembleRegressor", {x}, std::move(attrs), ml_domain);
    }
};

double number(const nlohmann::json& j)
{
    return j.is_string() ? std::stod(j.get<std::string>()) : j.get<double>();
}

} // namespace

ModelOutput forest_graph(GraphBuilder& g, const models::Model& model, const std::string& features)
{
    const models::ForestView view = models::forest_view(model);
    const int k = view.n_classes > 0 ? view.n_classes : 1;
    if (!view.trees || view.trees->empty())
        throw InputError("the forest has no trees; nothing to export to ONNX");
    TreeTable table;
    for (std::size_t t = 0; t < view.trees->size(); ++t) {
        const models::DecisionTree& tree = (*view.trees)[t];
        const auto& feature = tree.features();
        const auto& child = tree.children();
        const auto& values = tree.values();
        for (std::size_t n = 0; n < tree.node_count(); ++n) {
            const auto id = std::int64_t(n);
            if (feature[n] >= 0) {
                table.split(std::int64_t(t), id, feature[n], tree.thresholds()[n], "BRANCH_LEQ", child[n], child[n] + 1,
                            false);
                continue;
            }
            table.leaf(std::int64_t(t), id);
            if (child[n] < 0 || std::size_t(child[n]) + std::size_t(k) > values.size())
                throw InputError("a forest tree's leaf points outside its values");
            for (int c = 0; c < k; ++c)
                table.target(std::int64_t(t), id, c, values[std::size_t(child[n]) + std::size_t(c)]);
        }
    }
    return {table.emit(g, features, k, "AVERAGE", {})};
}

ModelOutput xgboost_graph(GraphBuilder& g, const models::Model& model, const std::string& features)
{
    const models::XgboostDump dump = models::xgboost_json_model(model);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(dump.json);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(fmt::format("xgboost model JSON cannot be read: {}", e.what()));
    }
    try {
        const auto& learner = j.at("learner");
        const std::string objective = learner.at("objective").at("name").get<std::string>();
        const double base_score = number(learner.at("learner_model_param").at("base_score"));
        const auto& booster = learner.at("gradient_booster");
        if (booster.at("name").get<std::string>() != "gbtree")
            throw InputError(fmt::format("xgboost booster '{}' cannot be exported to ONNX yet",
                                         booster.at("name").get<std::string>()));
        const auto& m = booster.at("model");
        const auto& trees = m.at("trees");
        const auto& tree_info = m.at("tree_info");
        const int k = dump.task == Task::multiclass ? dump.n_classes : 1;
        TreeTable table;
        for (std::size_t t = 0; t < trees.size(); ++t) {
            const auto& tr = trees[t];
            const auto left = tr.at("left_children").get<std::vector<std::int64_t>>();
            const auto right = tr.at("right_children").get<std::vector<std::int64_t>>();
            const auto cond = tr.at("split_conditions").get<std::vector<float>>();
            const auto index = tr.at("split_indices").get<std::vector<std::int64_t>>();
            const auto default_left = tr.at("default_left").get<std::vector<int>>();
            const auto cls = tree_info.at(t).get<std::int64_t>();
            if (cls < 0 || cls >= k)
                throw InputError("xgboost tree_info names a class the model does not have");
            for (std::size_t n = 0; n < left.size(); ++n) {
                const auto id = std::int64_t(n);
                if (left[n] < 0) { // a leaf keeps its value in split_conditions
                    table.leaf(std::int64_t(t), id);
                    table.target(std::int64_t(t), id, cls, cond.at(n));
                    continue;
                }
                table.split(std::int64_t(t), id, index.at(n), cond.at(n), "BRANCH_LT", left[n], right.at(n),
                            default_left.at(n) != 0);
            }
        }
        if (objective == "binary:logistic") {
            const float margin = float(std::log(base_score / (1.0 - base_score)));
            const std::string z = table.emit(g, features, 1, "SUM", {margin});
            return {probabilities_from_logits(g, z, true)};
        }
        if (objective == "multi:softprob" || objective == "multi:softmax") {
            const std::string z =
                table.emit(g, features, k, "SUM", std::vector<float>(std::size_t(k), float(base_score)));
            return {probabilities_from_logits(g, z, false)};
        }
        if (objective == "reg:squarederror")
            return {table.emit(g, features, 1, "SUM", {float(base_score)})};
        throw InputError(fmt::format("xgboost objective '{}' cannot be exported to ONNX yet", objective));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(fmt::format("xgboost model JSON is not as expected: {}", e.what()));
    }
}

} // namespace tern::exporting
