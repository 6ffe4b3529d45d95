// The direct path of fp32, bf16 and int8 layers for a few rows (one-row prediction): oneDNN's per-call dispatch
// (argument maps, memory objects, stream) costs microseconds, more than the whole product of a small layer, so a few
// rows of a small layer run plain loops on weights prepared once here. int8: the row's activations quantised exactly
// as elsewhere, int32 dot products on s8 weights (vpdpbusd on AVX-512 VNNI, else portable loops), per-channel
// rescale, bias, activation, norm; the integer sums are the reference's. bf16: activations rounded to bf16, products
// with the bf16 weights widened to fp32 once, fp32 FMA (exact products of bf16 values; only the summation order
// differs). fp32: the same FMA loops on the weights as they are. Larger calls go to the wrapped oneDNN kernel.
#include "engine/quant/qgemm_impl.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cstring>

#define TERN_SMALL_VNNI __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni")))
#define TERN_SMALL_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))

namespace tern::quant {

namespace {

// Where the direct loops beat oneDNN (bench_qgemm --layer N,C,K --threads 1 on this project's AMX machine):
// int8 1 x 128 x 128 direct 173 GOP/s against 9 rows on oneDNN 69; 1 x 512 x 512 direct 119; but 8 x 512 x 512
// direct 218 against oneDNN's 9-row 732. bf16 (rows one at a time, 4 accumulator chains) runs ~25 GOP/s direct,
// against oneDNN's ~9 for one 128 x 128 row and ~60 for 9 rows. Hence bounds on rows x C x K (K padded to 16).
constexpr int kMaxRows = 8;
constexpr long kMaxWorkInt8 = 1L << 18;
constexpr long kMaxWorkFloat = 1L << 15;  // fp32 and bf16: the same fp32 FMA loops

long max_work(Precision p)
{
    return p == Precision::int8 ? kMaxWorkInt8 : kMaxWorkFloat;
}
long work_per_row(const QuantizedLayer& l)
{
    return long(l.inputs) * ((l.outputs + 15) / 16 * 16);
}

bool has_vnni()
{
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512vnni");
}

// One row: acc[0..kp) = corr + sum_g a[4g..4g+3] . w[g][j][0..3], kp a multiple of 16, T tiles of 16 at once.
template <int T>
TERN_SMALL_VNNI inline void vnni_tiles(const std::uint8_t* a, const std::int8_t* w, long kp, int groups,
                                       const std::int32_t* corr, std::int32_t* acc)
{
    __m512i s[T];
#pragma GCC unroll 4
    for (int t = 0; t < T; ++t)
        s[t] = _mm512_loadu_si512(corr + 16 * t);
    for (int g = 0; g < groups; ++g) {
        std::int32_t four;
        std::memcpy(&four, a + 4 * g, 4);
        const __m512i av = _mm512_set1_epi32(four);
#pragma GCC unroll 4
        for (int t = 0; t < T; ++t)
            s[t] = _mm512_dpbusd_epi32(s[t], av, _mm512_loadu_si512(w + (long(g) * kp + 16 * t) * 4));
    }
#pragma GCC unroll 4
    for (int t = 0; t < T; ++t)
        _mm512_storeu_si512(acc + 16 * t, s[t]);
}

TERN_SMALL_VNNI void vnni_row(const std::uint8_t* a, const std::int8_t* w, long kp, int groups,
                              const std::int32_t* corr, std::int32_t* acc)
{
    long j = 0;
    for (; j + 64 <= kp; j += 64)
        vnni_tiles<4>(a, w + j * 4, kp, groups, corr + j, acc + j);
    switch ((kp - j) / 16) {
    case 3: vnni_tiles<3>(a, w + j * 4, kp, groups, corr + j, acc + j); break;
    case 2: vnni_tiles<2>(a, w + j * 4, kp, groups, corr + j, acc + j); break;
    case 1: vnni_tiles<1>(a, w + j * 4, kp, groups, corr + j, acc + j); break;
    default: break;
    }
}

// One row of fp32 products: y[0..kp) = sum_i x[i] * w[i][0..kp), w padded to kp (a multiple of 16) columns.
template <int T> TERN_SMALL_VNNI inline void fma_tiles(const float* x, const float* w, long kp, int c, float* y)
{
    __m512 s[T];
#pragma GCC unroll 4
    for (int t = 0; t < T; ++t)
        s[t] = _mm512_setzero_ps();
    for (int i = 0; i < c; ++i) {
        const __m512 xv = _mm512_set1_ps(x[i]);
#pragma GCC unroll 4
        for (int t = 0; t < T; ++t)
            s[t] = _mm512_fmadd_ps(xv, _mm512_loadu_ps(w + long(i) * kp + 16 * t), s[t]);
    }
#pragma GCC unroll 4
    for (int t = 0; t < T; ++t)
        _mm512_storeu_ps(y + 16 * t, s[t]);
}

TERN_SMALL_VNNI void fma_row(const float* x, const float* w, long kp, int c, float* y)
{
    long j = 0;
    for (; j + 64 <= kp; j += 64)
        fma_tiles<4>(x, w + j, kp, c, y + j);
    switch ((kp - j) / 16) {
    case 3: fma_tiles<3>(x, w + j, kp, c, y + j); break;
    case 2: fma_tiles<2>(x, w + j, kp, c, y + j); break;
    case 1: fma_tiles<1>(x, w + j, kp, c, y + j); break;
    default: break;
    }
}

TERN_SMALL_CLONES
void int8_row_portable(const std::uint8_t* q, int offset, const std::int8_t* w, int c, int k,
                       std::int32_t* __restrict acc)
{
    std::fill(acc, acc + k, 0);
    for (int i = 0; i < c; ++i) {
        const std::int32_t qi = std::int32_t(q[i]) - offset;
        const std::int8_t* wi = w + long(i) * k;
        for (int j = 0; j < k; ++j)
            acc[j] += qi * std::int32_t(wi[j]);
    }
}

TERN_SMALL_CLONES
void float_row_portable(const float* x, const float* w, int c, int k, float* __restrict y)
{
    std::fill(y, y + k, 0.0f);
    for (int i = 0; i < c; ++i) {
        const float xi = x[i];
        const float* wi = w + long(i) * k;
        for (int j = 0; j < k; ++j)
            y[j] += xi * wi[j];
    }
}

class SmallPathKernel final : public LayerKernel::Impl {
  public:
    SmallPathKernel(const QuantizedLayer& l, std::unique_ptr<LayerKernel::Impl> large)
        : Impl(l), m_large(std::move(large)),
          m_rows(int(std::min<long>(kMaxRows, max_work(l.precision) / work_per_row(l))))
    {
        // The epilogue needs act, bias and norm, the quantiser the sign of the inputs; the copy drops the weights.
        m_layer.precision = l.precision, m_layer.inputs = l.inputs, m_layer.outputs = l.outputs;
        m_layer.act = l.act, m_layer.norm = l.norm, m_layer.bias = l.bias, m_layer.input_unsigned = l.input_unsigned;
        const int c = l.inputs, k = l.outputs;
        m_vnni = has_vnni(); // AVX-512 with VNNI: the fp32 tiles need only AVX-512F, but one check keeps it simple
        if (l.precision != Precision::int8) {
            m_kp = m_vnni ? (k + 15) / 16 * 16 : k;
            m_wf.assign(std::size_t(c) * m_kp, 0.0f);
            for (int i = 0; i < c; ++i) {
                float* row = m_wf.data() + long(i) * m_kp;
                if (l.precision == Precision::bf16) kernels::from_bf16(l.weights_bf16.data() + long(i) * k, row, k);
                else std::copy(l.weights_f32.data() + long(i) * k, l.weights_f32.data() + long(i + 1) * k, row);
            }
            return;
        }
        m_inv_scale = 1.0f / l.input_scale;
        m_scale.resize(k);
        for (int j = 0; j < k; ++j)
            m_scale[j] = l.weight_scale[j] * l.input_scale; // the reference's product
        m_offset = l.input_unsigned ? 0 : 128;              // vpdpbusd multiplies u8: s8 codes + 128, corrected below
        if (!m_vnni) {
            m_wi8 = l.weights_i8;
            return;
        }
        m_groups = (c + 3) / 4;
        m_kp = (k + 15) / 16 * 16;
        m_wp.assign(std::size_t(m_groups) * m_kp * 4, 0);
        m_corr.assign(m_kp, 0);
        for (int i = 0; i < c; ++i)
            for (int j = 0; j < k; ++j) {
                const std::int8_t w = l.weights_i8[long(i) * k + j];
                m_wp[(long(i / 4) * m_kp + j) * 4 + i % 4] = w;
                m_corr[j] -= m_offset * std::int32_t(w);
            }
    }

    std::string path() const override
    {
        const char* how = m_layer.precision == Precision::bf16
                              ? (m_vnni ? "bf16 fp32-fma avx512" : "bf16 fp32-fma portable")
                          : m_layer.precision == Precision::fp32 ? (m_vnni ? "fp32 fma avx512" : "fp32 portable")
                          : m_vnni                               ? "int8 vnni (vpdpbusd)"
                                                                 : "int8 portable";
        return m_large->path() + "; up to " + std::to_string(m_rows) + " rows: direct " + how;
    }

    void set_keep(const std::vector<std::uint8_t>& keep) override { m_large->set_keep(keep); }

    void run(const float* x, int rows, float* y) const override
    {
        if (rows > m_rows)
            return m_large->run(x, rows, y);
        const int c = m_layer.inputs, k = m_layer.outputs;
        for (int r = 0; r < rows; ++r) {
            const float* xr = x + long(r) * c;
            float* yr = y + long(r) * k;
            if (m_layer.precision == Precision::int8)
                int8_row(xr, yr);
            else
                float_row(xr, yr);
            finish_row(m_layer, yr, true);
        }
    }

  private:
    // fp32 and bf16 (its activations rounded to bf16 first).
    void float_row(const float* x, float* y) const
    {
        const int c = m_layer.inputs;
        const float* b = x;
        if (m_layer.precision == Precision::bf16) {
            thread_local std::vector<float> xb;
            float* rounded = scratch(xb, std::size_t(c));
            for (int i = 0; i < c; ++i)
                rounded[i] = kernels::from_bf16(kernels::to_bf16(x[i]));
            b = rounded;
        }
        if (!m_vnni)
            return float_row_portable(b, m_wf.data(), c, m_layer.outputs, y);
        thread_local std::vector<float> ybuf;
        float* yp = scratch(ybuf, std::size_t(m_kp));
        fma_row(b, m_wf.data(), m_kp, c, yp);
        std::copy(yp, yp + m_layer.outputs, y);
    }

    void int8_row(const float* x, float* y) const
    {
        const int c = m_layer.inputs, k = m_layer.outputs;
        thread_local std::vector<std::uint8_t> qbuf;
        thread_local std::vector<std::int32_t> abuf;
        std::uint8_t* q = scratch(qbuf, std::size_t(m_groups) * 4 + c);
        std::int32_t* acc = scratch(abuf, std::size_t(m_kp) + k);
        quantize_row_u8(x, q, c, m_inv_scale, m_layer.input_unsigned, m_offset);
        if (m_vnni) {
            // Padding inputs carry the offset code; their weights are zero, so they add nothing.
            std::fill(q + c, q + m_groups * 4, std::uint8_t(m_offset));
            vnni_row(q, m_wp.data(), m_kp, m_groups, m_corr.data(), acc);
        } else {
            int8_row_portable(q, m_offset, m_wi8.data(), c, k, acc);
        }
        for (int j = 0; j < k; ++j)
            y[j] = float(acc[j]) * m_scale[j];
    }

    std::unique_ptr<LayerKernel::Impl> m_large;
    int m_rows;                 // calls of up to this many rows run here
    QuantizedLayer m_layer;     // act, bias, norm for finish_row
    std::vector<float> m_wf;    // fp32, bf16: weights in fp32, [C][Kp] (Kp = K when portable)
    float m_inv_scale = 1.0f;   // int8
    std::vector<float> m_scale; // int8: input scale x weight scale, [K]
    int m_offset = 0;           // int8: 128 for s8 inputs on vpdpbusd
    bool m_vnni = false;
    int m_groups = 0;                 // vnni: ceil(C / 4)
    long m_kp = 0;                    // avx512: K padded to 16
    std::vector<std::int8_t> m_wp;    // vnni: [groups][Kp][4]
    std::vector<std::int32_t> m_corr; // vnni: -offset x column sums, [Kp]
    std::vector<std::int8_t> m_wi8;   // portable: [C][K]
};

} // namespace

std::unique_ptr<LayerKernel::Impl> with_small_path(const QuantizedLayer& layer,
                                                   std::unique_ptr<LayerKernel::Impl> large)
{
    const bool wanted = layer.precision != Precision::ternary && work_per_row(layer) <= max_work(layer.precision);
    if (!wanted)
        return large;
    return std::make_unique<SmallPathKernel>(layer, std::move(large));
}

} // namespace tern::quant
