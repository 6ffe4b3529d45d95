// Losses on the network's output block layout: softmax cross-entropy (classification, labels = class index) and
// mean squared error (regression, one output per target). Each returns the weighted mean loss and writes its
// gradient w.r.t. the outputs. Rows with weight 0 contribute nothing (padding rows of a batch).
#pragma once

#include "engine/kernels/blocking.h"

#include <span>

namespace tern::nn {

enum class LossKind { softmax_cross_entropy, mse };

// out, grad: [n][k] in `b`; labels: n values; weights: n values or empty (all 1). Normalised by the weight sum.
double loss_and_gradient(LossKind kind, const float* out, const kernels::Blocking& b, std::span<const float> labels,
                         std::span<const float> weights, float* grad);

// Row-wise softmax of blocked logits into a row-major [n][k] matrix.
void softmax_rows(const float* out, const kernels::Blocking& b, float* probs);

}  // namespace tern::nn
