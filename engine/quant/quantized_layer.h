// One dense layer of a quantised network, in the form the inference kernels (qgemm.h), the model.tern package and
// the ONNX export share. Weights are [inputs C][outputs K] row-major, as everywhere in Tern.
//
// Activations entering an int8 or ternary layer are quantised symmetrically with no zero-point:
// q = clamp(round(x / input_scale)) as u8 [0, 255] when the input is never negative (after ReLU), else s8 [-127, 127].
// The integer product is rescaled by input_scale * weight scale, then bias and activation run in fp32.
//
// Ternary (after "Ternary Residual Networks"): the input dimension is split into blocks of `block` rows; level 0
// approximates each block and output channel by alpha * t with t in {-1, 0, +1}; level l >= 1 ternarises what the
// levels before it left over. A residual block is (level l >= 1, input block b) across all K outputs; `keep`
// marks the residual blocks that run (the most important first), which is how the residual-fraction knob trades
// accuracy for compute without retraining. Level 0 always runs.
#pragma once

#include "engine/kernels/activation.h"
#include "engine/kernels/bf16.h"
#include "engine/quant/dense_stack.h"
#include "engine/quant/precision.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tern::quant {

struct TernaryLevel {
    std::vector<std::int8_t> t;  // [C][K], values -1, 0, +1
    std::vector<float> alpha;    // [blocks][K], blocks = ceil(C / block)
};

struct QuantizedLayer {
    Precision precision = Precision::fp32;
    int inputs = 0, outputs = 0;
    kernels::Activation act = kernels::Activation::none;
    std::optional<LayerNorm> norm;  // after the activation, in fp32
    std::vector<float> bias;        // [K]

    std::vector<float> weights_f32;           // fp32
    std::vector<kernels::bf16> weights_bf16;  // bf16 (round to nearest even)

    // int8 and ternary
    float input_scale = 1.0f;
    bool input_unsigned = false;
    std::vector<std::int8_t> weights_i8;  // int8: [C][K]
    std::vector<float> weight_scale;      // int8: [K], symmetric per output channel

    int block = 64;                    // ternary: input rows per block
    std::vector<TernaryLevel> levels;  // ternary: level 0 first
    std::vector<std::uint8_t> keep;    // ternary: [levels - 1][blocks], 1 = the residual block runs
    std::vector<float> residual_gain;  // ternary: [levels - 1][blocks], squared error each residual block removes

    int blocks() const { return (inputs + block - 1) / block; }
};

}  // namespace tern::quant
