// A trained mlp or linear model as a plain chain of dense layers: the float description that quantisation
// (quantize.h) and the ONNX export both start from. Batch normalisation is folded into the following layer (exact
// at inference); layer normalisation cannot be folded and stays an explicit step after its layer's activation.
#pragma once

#include "engine/core/task.h"
#include "engine/kernels/activation.h"
#include "engine/models/model.h"

#include <optional>
#include <vector>

namespace tern::quant {

struct LayerNorm {
    std::vector<float> gamma, beta;  // per output feature
    float eps = 1e-5f;
};

struct DenseStage {
    int inputs = 0, outputs = 0;
    std::vector<float> weights;  // [inputs][outputs], row-major
    std::vector<float> bias;     // [outputs]
    kernels::Activation act = kernels::Activation::none;
    std::optional<LayerNorm> norm;  // applied after the activation
};

// What the last stage's outputs mean.
enum class OutputKind {
    softmax,   // multiclass: one logit per class
    sigmoid,   // binary: one logit, P(class 1) = sigmoid(logit)
    identity,  // regression: the value is output * target_scale + target_offset
};

struct DenseStack {
    Task task = Task::binary;
    int n_classes = 0;  // 0 for regression
    std::vector<DenseStage> layers;
    OutputKind output = OutputKind::softmax;
    float target_scale = 1.0f, target_offset = 0.0f;  // regression only

    int inputs() const { return layers.empty() ? 0 : layers.front().inputs; }
};

bool has_dense_stack(const models::Model& model);      // a fitted mlp or linear model
DenseStack dense_stack(const models::Model& model);    // throws InputError for any other model

}  // namespace tern::quant
