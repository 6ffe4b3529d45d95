// Internal to the inference kernels (qgemm.h): the per-precision implementation behind LayerKernel, the factories
// that build one, and the shared prologue/epilogue loops (activation quantisation, bias + activation + layer norm).
#pragma once

#include "engine/quant/qgemm.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tern::quant {

class LayerKernel::Impl {
public:
    explicit Impl(const QuantizedLayer& layer) : m_layer_inputs(layer.inputs), m_layer_outputs(layer.outputs) {}
    virtual ~Impl() = default;
    virtual void run(const float* x, int rows, float* y) const = 0;
    virtual void set_keep(const std::vector<std::uint8_t>&) {}
    virtual std::string path() const = 0;

    int m_layer_inputs, m_layer_outputs;
    Precision m_precision = Precision::fp32;
};

// fp32, bf16 and int8 on oneDNN matmul (onednn_gemm.cpp).
std::unique_ptr<LayerKernel::Impl> make_onednn_kernel(const QuantizedLayer& layer);
// ternary (ternary_gemm.cpp); method is never automatic here.
std::unique_ptr<LayerKernel::Impl> make_ternary_kernel(const QuantizedLayer& layer, TernaryMethod method);
// bf16 and int8 layers: wraps `large` so calls of a few rows of a small layer skip oneDNN (small_gemm.cpp; bounds on
// rows x C x K there); layers too large for even one direct row get `large` back.
std::unique_ptr<LayerKernel::Impl> with_small_path(const QuantizedLayer& layer,
                                                   std::unique_ptr<LayerKernel::Impl> large);

// Per-thread scratch that keeps its capacity between calls (large fresh allocations would page-fault every pass).
template <typename T>
T* scratch(std::vector<T>& v, std::size_t n)
{
    if (v.size() < n) v.resize(n);
    return v.data();
}

// q = clamp(round(x / scale)) for n values, into u8 ([0, 255]) or s8 ([-127, 127]); `offset` is added after
// rounding (128 turns s8 into the u8 operand of vpdpbusd). Same rounding as quantize_activation.
void quantize_row_u8(const float* x, std::uint8_t* q, int n, float inv_scale, bool is_unsigned, int offset);
void quantize_row_i16(const float* x, std::int16_t* q, int n, float inv_scale, bool is_unsigned);

// Epilogue over rows: y[r][0..K) = finish(scale_k * acc[r][k] + bias) where acc has row stride lda; scale may be
// null (1), the activation and bias are skipped when already applied. acc and y may alias only when lda == K.
struct Epilogue {
    const QuantizedLayer* layer = nullptr;
    const float* scale = nullptr;  // [K] or null
    float scale_all = 1.0f;        // applied with scale
    bool add_bias = true;
    bool apply_act = true;
};
void run_epilogue(const Epilogue& e, const float* acc, long lda, float* y, int rows);

}  // namespace tern::quant
