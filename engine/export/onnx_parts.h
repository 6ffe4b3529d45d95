// The pieces the ONNX export assembles (internal to engine/export): each appends nodes to one graph and returns the
// name of the tensor it produced. Shapes: N rows (dynamic), F pipeline features.
#pragma once

#include "engine/core/task.h"
#include "engine/export/onnx_graph.h"

#include <string>
#include <vector>

namespace tern::models {
class Model;
}
namespace tern::prep {
class Pipeline;
struct FittedSteps;
} // namespace tern::prep
namespace tern::quant {
struct DenseStack;
class QuantizedNetwork;
} // namespace tern::quant

namespace tern::exporting {

// Declares the pipeline's input columns and returns its features [N, F] float: imputation, missing indicators,
// categorical encoding, concatenation in the documented order, scaling.
std::string pipeline_graph(GraphBuilder& g, const prep::Pipeline& pipeline);

// Iterative (MICE) and k-NN imputation of the numeric inputs. raw: per numeric step its [N, 1] input. Returns per
// numeric step the imputed column [N, 1] to use where that step's cell is missing (an empty name for steps the
// imputer does not handle).
std::vector<std::string> iterative_graph(GraphBuilder& g, const prep::FittedSteps& steps,
                                         const std::vector<std::string>& raw);
std::vector<std::string> knn_graph(GraphBuilder& g, const prep::FittedSteps& steps,
                                   const std::vector<std::string>& raw);

// What a model part returns: probabilities [N, classes] for classification, values [N, 1] for regression.
struct ModelOutput {
    std::string tensor;
};

ModelOutput dense_stack_graph(GraphBuilder& g, const quant::DenseStack& stack, const std::string& features);
ModelOutput quantized_graph(GraphBuilder& g, const quant::QuantizedNetwork& network, const std::string& features);
ModelOutput forest_graph(GraphBuilder& g, const models::Model& model, const std::string& features);
ModelOutput knn_graph_model(GraphBuilder& g, const models::Model& model, const std::string& features);
ModelOutput naive_bayes_graph(GraphBuilder& g, const models::Model& model, const std::string& features);
ModelOutput svm_graph(GraphBuilder& g, const models::Model& model, const std::string& features);
ModelOutput xgboost_graph(GraphBuilder& g, const models::Model& model, const std::string& features);

// Turns logits [N, K] into probabilities: softmax over K, or (one logit) sigmoid -> [1 - p, p].
std::string probabilities_from_logits(GraphBuilder& g, const std::string& logits, bool sigmoid);

} // namespace tern::exporting
