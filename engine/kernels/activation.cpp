// Fused epilogues. target_clones builds an AVX-512 and a baseline copy of each loop and picks one when the library
// loads, so the engine stays portable while the hot loops use the wide registers.
#include "engine/kernels/activation.h"
#include "engine/core/error.h"
#include "engine/kernels/vector_clones.h"

// GCC 12 false positive (GCC PR 105593): the AVX-512 intrinsics' _mm512_undefined_* placeholders, `__m512i __Y = __Y`,
// read as "'__Y' may be used uninitialized" once inlined here. Scoped to the header's own lines.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <cmath>
#include <cstdint>

namespace tern::kernels {

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

// AVX-512 version of the ReLU / identity cases (the ones training benchmarks run), 16 columns at a time: the compiler
// kept the generic loop scalar (interleaved word stores plus column sums), which made this pass 20 % of a step.
// Rounding is the same integer round-to-nearest-even as to_bf16(), NaN included, so both paths agree bit for bit.
namespace {

__attribute__((target("avx512f,avx512bw"))) inline __m512i bf16_words(__m512 v)
{
    const __m512i u = _mm512_castps_si512(v);
    const __m512i lsb = _mm512_and_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(1));
    __m512i r = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7fff)), lsb), 16);
    const __mmask16 nan = _mm512_cmpgt_epu32_mask(_mm512_and_si512(u, _mm512_set1_epi32(0x7fffffff)),
                                                  _mm512_set1_epi32(0x7f800000));
    return _mm512_mask_mov_epi32(r, nan, _mm512_or_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(0x40)));
}

// dy, masked by output > 0 for ReLU; the output read from fp32 or from its bf16 copy.
template <bool Relu, bool F32>
__attribute__((target("avx512f,avx512bw"))) inline __m512 relu_grad(const float* dy, const float* y, const bf16* yb,
                                                                    long i)
{
    const __m512 d = _mm512_loadu_ps(dy + i);
    if constexpr (!Relu) return d;
    __m512 out;
    if constexpr (F32) out = _mm512_loadu_ps(y + i);
    else out = _mm512_castsi512_ps(_mm512_slli_epi32(
             _mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(yb + i))), 16));
    return _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(out, _mm512_setzero_ps(), _CMP_GT_OQ), d);
}

template <bool Relu, bool F32>
__attribute__((target("avx512f,avx512bw"))) void backward_bf16_avx512(const float* dy, const float* y, const bf16* yb,
                                                                     bf16* dzb, bf16* dzv, float* colsum, int rows,
                                                                     int cols)
{
    auto* words = reinterpret_cast<std::uint32_t*>(dzv);
    for (int j = 0; j < cols; j += 16) {
        __m512 sum = _mm512_loadu_ps(colsum + j);
        for (int p = 0; p < rows / 2; ++p) {
            const long r0 = long(2 * p) * cols + j, r1 = r0 + cols;
            const __m512 d0 = relu_grad<Relu, F32>(dy, y, yb, r0), d1 = relu_grad<Relu, F32>(dy, y, yb, r1);
            const __m512i w0 = bf16_words(d0), w1 = bf16_words(d1);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(dzb + r0), _mm512_cvtepi32_epi16(w0));
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(dzb + r1), _mm512_cvtepi32_epi16(w1));
            _mm512_storeu_si512(words + long(p) * cols + j, _mm512_or_si512(w0, _mm512_slli_epi32(w1, 16)));
            sum = _mm512_add_ps(sum, _mm512_add_ps(d0, d1));
        }
        _mm512_storeu_ps(colsum + j, sum);
    }
}

template <bool Relu>
void backward_bf16_avx512(const float* dy, const float* y, const bf16* yb, bf16* dzb, bf16* dzv, float* colsum,
                          int rows, int cols)
{
    if (y) backward_bf16_avx512<Relu, true>(dy, y, yb, dzb, dzv, colsum, rows, cols);
    else backward_bf16_avx512<Relu, false>(dy, y, yb, dzb, dzv, colsum, rows, cols);
}

TERN_VECTOR_CLONES
void backward_bf16_generic(Activation a, const float* dy, const float* y, const bf16* yb, const float* z, bf16* dzb,
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

}  // namespace

void activation_backward_bf16(Activation a, const float* dy, const float* y, const bf16* yb, const float* z, bf16* dzb,
                              bf16* dzv, float* colsum, int rows, int cols)
{
    static const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    if (avx512 && cols % 16 == 0 && (a == Activation::relu || a == Activation::none)) {
        if (a == Activation::relu) backward_bf16_avx512<true>(dy, y, yb, dzb, dzv, colsum, rows, cols);
        else backward_bf16_avx512<false>(dy, y, yb, dzb, dzv, colsum, rows, cols);
        return;
    }
    backward_bf16_generic(a, dy, y, yb, z, dzb, dzv, colsum, rows, cols);
}

}  // namespace tern::kernels
