// An MLP for one fixed batch size, as a chain of kernels::DenseLayer (activation fused) each optionally followed by
// normalisation and dropout (hidden layers only). Activations stay in the backend's blocked layout from the input
// to the logits; the training step's weight updates are fused into the dense layers' backward pass.
#pragma once

#include "engine/kernels/dense.h"
#include "engine/nn/normalization.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tern::nn {

struct NetworkSpec {
    std::vector<int> sizes;  // inputs, hidden widths..., outputs
    kernels::Activation hidden = kernels::Activation::relu;
    NormKind norm = NormKind::none;
    float dropout = 0.0f;
    kernels::Precision precision = kernels::Precision::fp32;
    kernels::Backend backend = kernels::Backend::libxsmm;
};

class Network {
public:
    Network(const NetworkSpec& spec, int batch, const kernels::Context& ctx);

    const NetworkSpec& spec() const { return m_spec; }
    int batch() const { return m_batch; }
    const kernels::Blocking& input_blocking() const { return m_layers.front()->in(); }
    const kernels::Blocking& output_blocking() const { return m_layers.back()->out(); }
    std::string path() const;  // the kernels of the first hidden layer and of the output layer

    // x in input_blocking(); returns the logits in output_blocking(). dropout_seed makes the masks reproducible.
    const float* forward(const float* x, bool training, std::uint64_t dropout_seed = 0);
    // grad: d loss / d logits. With a rule every parameter is updated on the way; without, gradients are kept.
    void backward(const float* grad, const kernels::UpdateRule* rule);

    // All parameters flattened in a fixed order (per layer: W [C][K], b, then gamma, beta, running mean, var).
    std::vector<float> parameters() const;
    void set_parameters(std::span<const float> p);
    // Gradients in the same order (weights and biases, gamma/beta; zeros for running statistics).
    std::vector<float> gradients() const;
    std::size_t layer_count() const { return m_layers.size(); }
    kernels::DenseLayer& dense(std::size_t i) { return *m_layers[i]; }

private:
    struct Hidden {
        std::unique_ptr<Normalization> norm;
        std::vector<float> normed, dropped, mask, grad;  // norm output, dropout output, mask, scratch gradient
    };

    NetworkSpec m_spec;
    int m_batch;
    std::vector<std::unique_ptr<kernels::DenseLayer>> m_layers;
    std::vector<Hidden> m_hidden;  // one per hidden layer (all but the last)
    std::vector<float> m_grad_a, m_grad_b;
};

}  // namespace tern::nn
