// A fully-connected layer y = act(x W + b) for a fixed batch size: forward, backward by data and the weight
// gradient with the optimiser step fused per block. Three implementations share this interface: the plain C++
// reference (dense_reference.cpp), libxsmm batch-reduce GEMM on blocked layouts (dense_libxsmm.cpp) and oneDNN
// matmul primitives (dense_onednn.cpp). Activations travel in the layer's Blocking (row-major for reference and
// oneDNN); weights are kept in the backend's own layout and exchanged row-major [C][K].
#pragma once

#include "engine/kernels/activation.h"
#include "engine/kernels/blocking.h"
#include "engine/kernels/context.h"
#include "engine/kernels/update_rule.h"

#include <memory>
#include <string>

namespace tern::kernels {

struct DenseSpec {
    int n = 0, c = 0, k = 0;  // batch rows, inputs, outputs
    Activation act = Activation::none;
    Precision precision = Precision::fp32;
    // false: a BF16 layer may keep only the bf16 copy of its output (output().f32 is then null), which saves a 4-byte
    // write and read per value when the next layer reads bf16 anyway. FP32 layers always keep fp32.
    bool f32_output = true;
};

// An activation tensor in some Blocking; either pointer may be null (the layer converts what it needs).
struct ActView {
    const float* f32 = nullptr;
    const bf16* b16 = nullptr;
};

class DenseLayer {
public:
    virtual ~DenseLayer() = default;

    const DenseSpec& spec() const { return m_spec; }
    const Blocking& in() const { return m_in; }
    const Blocking& out() const { return m_out; }
    // Which kernels ran, e.g. "libxsmm brgemm f32" or "amx brgemm bf16 (libxsmm 1.17 has no AMX)".
    virtual std::string path() const = 0;

    // x must stay valid until backward(). The output (y, and its bf16 copy in BF16 mode) is owned by the layer.
    virtual void forward(ActView x) = 0;
    virtual ActView output() const = 0;

    // dy: gradient w.r.t. the output, in out() blocking. Computes dx when need_dx. With a rule, each weight block
    // is updated as soon as its gradient is known; without one the gradient is kept for weight_grad().
    virtual void backward(const float* dy, bool need_dx, const UpdateRule* rule) = 0;
    virtual const float* input_grad() const = 0;  // in in() blocking

    // Row-major [C][K] weights and [K] bias.
    virtual void get_weights(float* w, float* bias) const = 0;
    virtual void set_weights(const float* w, const float* bias) = 0;
    virtual void weight_grad(float* dw, float* dbias) const = 0;  // after backward() without a rule
    // w += factor * delta for a row-major [C][K] delta; the bias is untouched. Noise-aware training perturbs the
    // weights this way at every step, without a round trip through get_weights and set_weights.
    virtual void add_to_weights(const float* delta, float factor) = 0;
    // Told that the weights change again after each update before they are next read (noise-aware training takes
    // its noise off), a layer may leave the update's low-precision weight copies to the next forward pass instead of
    // converting them twice. Only a matter of speed: every pass reads current weights either way.
    virtual void set_weights_change_after_update(bool) {}

protected:
    DenseLayer(const DenseSpec& spec, Blocking in, Blocking out) : m_spec(spec), m_in(in), m_out(out) {}

    DenseSpec m_spec;
    Blocking m_in, m_out;
};

// Block sizes a backend wants for the batch and for a feature dimension (so that consecutive layers agree).
int batch_block(Backend backend, int n);
int feature_block(Backend backend, int dim);

// Throws InputError for empty shapes.
std::unique_ptr<DenseLayer> make_dense(Backend backend, const DenseSpec& spec, const Context& ctx);

}  // namespace tern::kernels
