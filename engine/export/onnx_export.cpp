// onnx_model: one graph for the whole request -- per member its pipeline and model (names under "m<i>/"), the
// members' probabilities or values averaged with their weights, then the contract's outputs -- checked with
// onnx::checker before the bytes leave.
#include "engine/export/onnx_export.h"

#include "engine/core/error.h"
#include "engine/export/onnx_parts.h"
#include "engine/quant/quantized_model.h"
#include "engine/search/fitted.h"

#include <array>
#include <cmath>
#include <fmt/format.h>
#include <onnx/checker.h>

namespace tern::exporting {

namespace {

constexpr std::int64_t opset = 13, ml_opset = 3, ir_version = 8;

ModelOutput model_part(GraphBuilder& g, const models::Model& m, const std::string& features)
{
    if (const quant::QuantizedNetwork* q = quant::quantized_network(m))
        return quantized_graph(g, *q, features);
    const std::string family = m.family();
    if (family == "random_forest" || family == "extra_trees")
        return forest_graph(g, m, features);
    if (family == "xgboost")
        return xgboost_graph(g, m, features);
    if (family == "knn")
        return knn_graph_model(g, m, features);
    if (family == "svm")
        return svm_graph(g, m, features);
    if (family == "naive_bayes")
        return naive_bayes_graph(g, m, features);
    if (quant::has_dense_stack(m))
        return dense_stack_graph(g, quant::dense_stack(m), features);
    throw InputError(fmt::format("{} models cannot be exported to ONNX yet", family));
}

void validate(const OnnxRequest& r)
{
    if (r.members.empty())
        throw InputError("nothing to export to ONNX: the request has no model");
    double total = 0;
    for (const OnnxMember& m : r.members) {
        if (!m.fitted || !m.fitted->model)
            throw InputError("an ONNX export member has no fitted model");
        if (!std::isfinite(m.weight) || m.weight < 0)
            throw InputError("an ONNX export member has an invalid weight");
        total += m.weight;
    }
    if (std::abs(total - 1.0) > 1e-6)
        throw InputError(fmt::format("the ensemble's weights sum to {}, not 1", total));
    if (r.task == Task::regression && !r.class_names.empty())
        throw InputError("a regression model has no class names");
    if (r.task == Task::binary && r.class_names.size() != 2)
        throw InputError(fmt::format("a binary model needs 2 class names, got {}", r.class_names.size()));
    if (r.task == Task::multiclass && r.class_names.size() < 2)
        throw InputError("a multiclass model needs its class names");
    if (r.threshold && (r.task != Task::binary || !(*r.threshold > 0 && *r.threshold < 1)))
        throw InputError("a decision threshold needs a binary model and lies between 0 and 1");
}

} // namespace

std::string onnx_model(const OnnxRequest& request)
{
    validate(request);
    onnx::ModelProto model;
    model.set_ir_version(ir_version);
    model.set_producer_name("Tern");
    model.set_producer_version(TERN_VERSION);
    auto* core = model.add_opset_import();
    core->set_domain("");
    core->set_version(opset);
    auto* ml = model.add_opset_import();
    ml->set_domain(ml_domain);
    ml->set_version(ml_opset);
    // What the graph is, for whoever opens it in a viewer or reads it from a runtime's metadata API.
    std::string families;
    for (const OnnxMember& member : request.members)
        families += (families.empty() ? "" : ",") + member.fitted->family;
    model.set_doc_string(
        fmt::format("Tern {} model ({}): preprocessing and model in one graph", to_string(request.task), families));
    const auto meta = [&](const std::string& key, const std::string& value) {
        auto* p = model.add_metadata_props();
        p->set_key(key);
        p->set_value(value);
    };
    meta("tern.task", std::string(to_string(request.task)));
    meta("tern.families", families);
    onnx::GraphProto& graph = *model.mutable_graph();
    graph.set_name("tern");
    GraphBuilder g(graph);

    std::string combined;
    for (std::size_t i = 0; i < request.members.size(); ++i) {
        const OnnxMember& member = request.members[i];
        g.set_prefix(fmt::format("m{}/", i));
        const std::string features = pipeline_graph(g, member.fitted->pipeline);
        std::string out = model_part(g, *member.fitted->model, features).tensor;
        if (request.members.size() > 1)
            out = g.op("Mul", {out, g.scalar(float(member.weight))});
        combined = combined.empty() ? out : g.op("Add", {combined, out});
    }

    // Inputs keep their column names (the contract), so a feature column may not take an output's name.
    for (const auto& in : graph.input())
        if (in.name() == "label" || in.name() == "probabilities" || in.name() == "prediction")
            throw InputError(fmt::format("the feature column '{}' has the name of an ONNX output; rename the column to "
                                         "export this model to ONNX",
                                         in.name()));
    g.set_prefix("out/");
    if (is_classification(request.task)) {
        const auto classes = std::int64_t(request.class_names.size());
        g.op_to("Identity", {combined}, "probabilities");
        std::string decided = combined;
        if (request.threshold) {
            const float t = *request.threshold;
            const std::array<float, 2> weights{t, 1.0f - t};
            decided = g.op("Mul", {combined, g.floats("decision_weights", {2}, weights)});
        }
        const std::string index = g.op("ArgMax", {decided}, {Attr::of("axis", 1), Attr::of("keepdims", 0)});
        const std::string names = g.strings("class_names", {classes}, request.class_names);
        g.op_to("Gather", {names, index}, "label", {Attr::of("axis", 0)});
        g.output("label", onnx::TensorProto::STRING, {});
        g.output("probabilities", onnx::TensorProto::FLOAT, {classes});
    } else {
        g.op_to("Reshape", {combined, g.shape({-1})}, "prediction");
        g.output("prediction", onnx::TensorProto::FLOAT, {});
    }

    try {
        onnx::checker::check_model(model);
    } catch (const std::exception& e) {
        throw WorkError(fmt::format("the exported ONNX graph does not pass onnx::checker: {}", e.what()));
    }
    return model.SerializeAsString();
}

} // namespace tern::exporting
