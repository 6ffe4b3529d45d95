// Fused epilogues. target_clones builds an AVX-512 and a baseline copy of each loop and picks one when the library
// loads, so the engine stays portable while the hot loops use the wide registers.
#include "engine/kernels/activation.h"
#include "engine/core/error.h"

#include <cmath>
#include <cstdint>

namespace tern::kernels {

#define TERN_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))

std::string to_string(Activation a)
{
    switch (a) {
    case Activation::none: return "none";
    case Activation::relu: return "relu";
    case Activation::gelu: return "gelu";
    case Activation::tanh: return "tanh";
    case Activation::sigmoid: return "sigmoid";
    }
    return "?";
}

Activation activation_from_string(const std::string& s)
{
    for (auto a : {Activation::none, Activation::relu, Activation::gelu, Activation::tanh, Activation::sigmoid})
        if (to_string(a) == s) return a;
    throw InputError("unknown activation '" + s + "' (expected none, relu, gelu, tanh or sigmoid)");
}

namespace {
constexpr float gelu_c = 0.7978845608028654f;  // sqrt(2/pi), tanh approximation as in PyTorch's approximate='tanh'
inline float gelu(float z) { return 0.5f * z * (1.0f + std::tanh(gelu_c * (z + 0.044715f * z * z * z))); }
inline float gelu_grad(float z)
{
    float u = gelu_c * (z + 0.044715f * z * z * z);
    float t = std::tanh(u);
    return 0.5f * (1.0f + t) + 0.5f * z * (1.0f - t * t) * gelu_c * (1.0f + 3.0f * 0.044715f * z * z);
}
inline float sigmoid(float z) { return 1.0f / (1.0f + std::exp(-z)); }
}  // namespace

float activate(Activation a, float z)
{
    switch (a) {
    case Activation::none: return z;
    case Activation::relu: return z > 0 ? z : 0.0f;
    case Activation::gelu: return gelu(z);
    case Activation::tanh: return std::tanh(z);
    case Activation::sigmoid: return sigmoid(z);
    }
    return z;
}

float activation_derivative(Activation a, float y, float z)
{
    switch (a) {
    case Activation::none: return 1.0f;
    case Activation::relu: return y > 0 ? 1.0f : 0.0f;
    case Activation::gelu: return gelu_grad(z);
    case Activation::tanh: return 1.0f - y * y;
    case Activation::sigmoid: return y * (1.0f - y);
    }
    return 1.0f;
}

TERN_VECTOR_CLONES
void to_bf16(const float* in, bf16* out, long n)
{
    for (long i = 0; i < n; ++i) out[i] = to_bf16(in[i]);
}

TERN_VECTOR_CLONES
void from_bf16(const bf16* in, float* out, long n)
{
    for (long i = 0; i < n; ++i) out[i] = from_bf16(in[i]);
}

void round_to_bf16(float* values, long n)
{
    for (long i = 0; i < n; ++i) values[i] = from_bf16(to_bf16(values[i]));
}

namespace {

template <Activation A>
inline void epilogue_row(const float* acc, const float* bias, float* y, float* z, bf16* yb, int cols)
{
    for (int j = 0; j < cols; ++j) {
        float v = acc[j] + (bias ? bias[j] : 0.0f);
        if (z) z[j] = v;
        float o;
        if constexpr (A == Activation::relu) o = v > 0 ? v : 0.0f;
        else if constexpr (A == Activation::none) o = v;
        else o = activate(A, v);
        y[j] = o;
        if (yb) yb[j] = to_bf16(o);
    }
}

}  // namespace

TERN_VECTOR_CLONES
void bias_activation(Activation a, const float* acc, const float* bias, float* y, float* z, bf16* yb, int rows,
                     int cols, int ld)
{
    for (int i = 0; i < rows; ++i) {
        const float* ar = acc + static_cast<long>(i) * ld;
        float* yr = y + static_cast<long>(i) * ld;
        float* zr = z ? z + static_cast<long>(i) * ld : nullptr;
        bf16* br = yb ? yb + static_cast<long>(i) * ld : nullptr;
        switch (a) {
        case Activation::none: epilogue_row<Activation::none>(ar, bias, yr, zr, br, cols); break;
        case Activation::relu: epilogue_row<Activation::relu>(ar, bias, yr, zr, br, cols); break;
        case Activation::gelu: epilogue_row<Activation::gelu>(ar, bias, yr, zr, br, cols); break;
        case Activation::tanh: epilogue_row<Activation::tanh>(ar, bias, yr, zr, br, cols); break;
        case Activation::sigmoid: epilogue_row<Activation::sigmoid>(ar, bias, yr, zr, br, cols); break;
        }
    }
}

TERN_VECTOR_CLONES
void activation_backward(Activation a, const float* dy, const float* y, const float* z, float* dz, bf16* dzb, long n)
{
    if (a == Activation::relu) {
        for (long i = 0; i < n; ++i) dz[i] = y[i] > 0 ? dy[i] : 0.0f;
    } else if (a == Activation::none) {
        for (long i = 0; i < n; ++i) dz[i] = dy[i];
    } else {
        for (long i = 0; i < n; ++i) dz[i] = dy[i] * activation_derivative(a, y[i], z ? z[i] : 0.0f);
    }
    if (dzb)
        for (long i = 0; i < n; ++i) dzb[i] = to_bf16(dz[i]);
}

namespace {

template <Activation A, bool F32>
inline float backward_value(float dy, const float* y, const bf16* yb, const float* z, long i)
{
    if constexpr (A == Activation::none) return dy;
    const float out = F32 ? y[i] : from_bf16(yb[i]);
    if constexpr (A == Activation::relu) return out > 0 ? dy : 0.0f;
    else return dy * activation_derivative(A, out, z ? z[i] : 0.0f);
}

template <Activation A, bool F32>
inline void backward_bf16_block(const float* dy, const float* y, const bf16* yb, const float* z, bf16* dzb, bf16* dzv,
                                float* colsum, int rows, int cols)
{
    auto* words = reinterpret_cast<std::uint32_t*>(dzv);
    for (int p = 0; p < rows / 2; ++p) {
        const long r0 = long(2 * p) * cols, r1 = r0 + cols;
        for (int j = 0; j < cols; ++j) {
            const float d0 = backward_value<A, F32>(dy[r0 + j], y, yb, z, r0 + j);
            const float d1 = backward_value<A, F32>(dy[r1 + j], y, yb, z, r1 + j);
            const bf16 b0 = to_bf16(d0), b1 = to_bf16(d1);
            dzb[r0 + j] = b0;
            dzb[r1 + j] = b1;
            words[long(p) * cols + j] = std::uint32_t(b0) | (std::uint32_t(b1) << 16);
            colsum[j] += d0 + d1;
        }
    }
}

template <Activation A>
inline void backward_bf16_block(const float* dy, const float* y, const bf16* yb, const float* z, bf16* dzb, bf16* dzv,
                                float* colsum, int rows, int cols)
{
    if (y) backward_bf16_block<A, true>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
    else backward_bf16_block<A, false>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
}

}  // namespace

TERN_VECTOR_CLONES
void activation_backward_bf16(Activation a, const float* dy, const float* y, const bf16* yb, const float* z, bf16* dzb,
                              bf16* dzv, float* colsum, int rows, int cols)
{
    switch (a) {
    case Activation::none: return backward_bf16_block<Activation::none>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
    case Activation::relu: return backward_bf16_block<Activation::relu>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
    case Activation::gelu: return backward_bf16_block<Activation::gelu>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
    case Activation::tanh: return backward_bf16_block<Activation::tanh>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
    case Activation::sigmoid:
        return backward_bf16_block<Activation::sigmoid>(dy, y, yb, z, dzb, dzv, colsum, rows, cols);
    }
}

}  // namespace tern::kernels
