// Inference kernels for one QuantizedLayer: y = norm(act(x W + bias)) at the layer's precision, with fp32 rows in and
// out. fp32 and bf16 run oneDNN matmul (bf16 x bf16 -> f32); int8 runs oneDNN's u8/s8 x s8 matmul with
// per-output-channel output scales (no runtime zero-point: that falls to oneDNN's slow path); ternary runs Tern's own
// block kernel (8-bit activations times {-1, 0, +1}, int32 sums per input block, one fp32 multiply by alpha per
// block), skipping the residual blocks whose keep flag is 0. reference_layer_forward is the plain-loop definition of
// every precision that the tests hold the kernels to.
#pragma once

#include "engine/quant/quantized_layer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tern::quant {

// How the ternary kernel multiplies 8-bit activations by {-1, 0, +1}.
enum class TernaryMethod {
    automatic,  // the fastest measured here: vnni where the CPU has it, else portable
    amx,        // TDPBUSD tiles (AMX-INT8) on the vnni packing; layers whose block is not a multiple of 64 use vnni
    vnni,       // vpdpbusd on packed s8 ternary weights (AVX-512 VNNI)
    masks,      // masked 16-bit additions and subtractions from bit masks of the +1 and -1 weights (AVX-512 BW)
    portable,   // plain C++ loops (any CPU)
};

std::string to_string(TernaryMethod m);
TernaryMethod ternary_method_from_string(const std::string& s);  // throws InputError
bool ternary_method_available(TernaryMethod m);                   // the CPU supports it

struct KernelOptions {
    TernaryMethod ternary = TernaryMethod::automatic;
};

class LayerKernel {
public:
    // Prepares packed weights (oneDNN's preferred layout, or the ternary kernel's). Throws InputError for a layer
    // whose arrays do not match its shape, or a ternary method this CPU lacks.
    explicit LayerKernel(const QuantizedLayer& layer, const KernelOptions& options = {});
    ~LayerKernel();
    LayerKernel(LayerKernel&&) noexcept;
    LayerKernel& operator=(LayerKernel&&) noexcept;

    // x [rows][C] fp32 -> y [rows][K] after bias, activation and layer norm (x and y must not overlap).
    // Activations are quantised on entry (int8, ternary) or converted (bf16). Safe to call from several threads;
    // oneDNN primitives are cached per row count.
    void run(const float* x, int rows, float* y) const;
    // Ternary: which residual blocks run ([levels - 1][blocks], as QuantizedLayer::keep); other precisions ignore it.
    // Not while another thread is inside run().
    void set_keep(const std::vector<std::uint8_t>& keep);

    int inputs() const;
    int outputs() const;
    Precision precision() const;
    // What runs, e.g. "onednn matmul int8 u8s8 (brg:avx512_core_amx_int8)" or "ternary amx (tdpbusd), block 64, ...".
    std::string path() const;

    class Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

// The plain-loop definition of the layer at its precision (same quantisation of the activations as the kernels).
void reference_layer_forward(const QuantizedLayer& layer, const float* x, int rows, float* y);

// The shared activation quantisation: q = clamp(round(x * inv_scale)) into [0, 255] (unsigned) or [-127, 127],
// rounding to nearest even, NaN -> 0 (the same codes as reference::quantize_activation in reference_forward.h).
std::int32_t quantize_activation(float x, float inv_scale, bool is_unsigned);
// bias + activation + layer norm over one row of K fp32 values, in place (every path's epilogue).
void finish_row(const QuantizedLayer& layer, float* row, bool add_bias);

}  // namespace tern::quant
