// AVX-512 micro-kernels of the ternary layer (see ternary_kernels.h). Register tiles: vnni keeps 6 rows x 4 tiles of
// 16 int32 sums (24 zmm) plus 4 weight vectors and one broadcast; masks keeps 8 rows x 2 tiles of 32 int16 sums.
// Per input block the integer sums are converted once and multiplied by alpha into the fp32 accumulator in memory,
// which stays in L1 because the driver walks a small row x column tile through all blocks.
#include "engine/quant/ternary_kernels.h"

// GCC 12 warns that its own intrinsics (_mm512_cvtepi32_ps and friends) read an "uninitialized" undefined vector.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop

#include <cstring>

#define TERN_AVX512_VNNI __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni")))
#define TERN_AVX512_BW __attribute__((target("avx512f,avx512bw,avx512vl")))

namespace tern::quant::ternary {

namespace {

// vpdpbusd through inline asm: GCC 12 treats the intrinsic's accumulator as a fresh output and copies all 24
// accumulators through the stack on every step (3x slower); "+v" ties the accumulator to one of the 32 registers.
TERN_AVX512_VNNI inline __m512i dpbusd(__m512i acc, __m512i a, __m512i b)
{
    asm("vpdpbusd %2, %1, %0" : "+v"(acc) : "v"(a), "v"(b));
    return acc;
}

// Masked 16-bit add and subtract in place, through inline asm for the same reason (merge-masking intrinsics made
// GCC copy every accumulator once per step).
TERN_AVX512_BW inline __m512i add_masked(__m512i acc, __mmask32 m, __m512i a)
{
    asm("vpaddw %2, %0, %0%{%1%}" : "+v"(acc) : "Yk"(m), "v"(a));
    return acc;
}

TERN_AVX512_BW inline __m512i sub_masked(__m512i acc, __mmask32 m, __m512i a)
{
    asm("vpsubw %2, %0, %0%{%1%}" : "+v"(acc) : "Yk"(m), "v"(a));
    return acc;
}

template <int R, int T>
TERN_AVX512_VNNI inline void vnni_tile(const std::uint8_t* a, long lda, const std::int8_t* w, long wtile, int groups,
                                        const std::int32_t* corr, const float* alpha, float* acc, long ldc)
{
    __m512i s[R][T];
#pragma GCC unroll 8
    for (int t = 0; t < T; ++t) {
        const __m512i init = corr ? _mm512_loadu_si512(corr + 16 * t) : _mm512_setzero_si512();
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) s[r][t] = init;
    }
    for (int g = 0; g < groups; ++g) {
        __m512i wv[T];
#pragma GCC unroll 8
        for (int t = 0; t < T; ++t) wv[t] = _mm512_loadu_si512(w + t * wtile + g * 64);
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) {
            std::int32_t four;
            std::memcpy(&four, a + r * lda + 4 * g, 4);
            const __m512i av = _mm512_set1_epi32(four);
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) s[r][t] = dpbusd(s[r][t], av, wv[t]);
        }
    }
#pragma GCC unroll 8
    for (int t = 0; t < T; ++t) {
        const __m512 al = _mm512_loadu_ps(alpha + 16 * t);
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r) {
            float* p = acc + r * ldc + 16 * t;
            _mm512_storeu_ps(p, _mm512_fmadd_ps(_mm512_cvtepi32_ps(s[r][t]), al, _mm512_loadu_ps(p)));
        }
    }
}

template <int T>
TERN_AVX512_VNNI void vnni_rows(const std::uint8_t* a, long lda, int rows, const std::int8_t* w, long wtile,
                                int groups, const std::int32_t* corr, const float* alpha, float* acc, long ldc)
{
    constexpr int R = 6;
    int r = 0;
    for (; r + R <= rows; r += R) vnni_tile<R, T>(a + r * lda, lda, w, wtile, groups, corr, alpha, acc + r * ldc, ldc);
    a += r * lda, acc += r * ldc;
    switch (rows - r) {
    case 1: vnni_tile<1, T>(a, lda, w, wtile, groups, corr, alpha, acc, ldc); break;
    case 2: vnni_tile<2, T>(a, lda, w, wtile, groups, corr, alpha, acc, ldc); break;
    case 3: vnni_tile<3, T>(a, lda, w, wtile, groups, corr, alpha, acc, ldc); break;
    case 4: vnni_tile<4, T>(a, lda, w, wtile, groups, corr, alpha, acc, ldc); break;
    case 5: vnni_tile<5, T>(a, lda, w, wtile, groups, corr, alpha, acc, ldc); break;
    default: break;
    }
}

// Converts 32 int16 sums to fp32 and adds alpha * sum to 32 accumulators.
TERN_AVX512_BW inline void flush16(__m512i s, const float* alpha, float* p)
{
    const __m512 lo = _mm512_cvtepi32_ps(_mm512_cvtepi16_epi32(_mm512_castsi512_si256(s)));
    const __m512 hi = _mm512_cvtepi32_ps(_mm512_cvtepi16_epi32(_mm512_extracti64x4_epi64(s, 1)));
    _mm512_storeu_ps(p, _mm512_fmadd_ps(lo, _mm512_loadu_ps(alpha), _mm512_loadu_ps(p)));
    _mm512_storeu_ps(p + 16, _mm512_fmadd_ps(hi, _mm512_loadu_ps(alpha + 16), _mm512_loadu_ps(p + 16)));
}

template <int R, int T>
TERN_AVX512_BW inline void masks_tile(const std::int16_t* a, long lda, const std::uint32_t* m, long mtile, int inputs,
                                      const float* alpha, float* acc, long ldc)
{
    // int16 sums cannot overflow within 128 inputs (128 x 255 < 32767); longer blocks flush every 128.
    for (int c0 = 0; c0 < inputs; c0 += 128) {
        const int c1 = inputs < c0 + 128 ? inputs : c0 + 128;
        __m512i s[R][T];
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r)
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) s[r][t] = _mm512_setzero_si512();
        for (int c = c0; c < c1; ++c) {
            __mmask32 plus[T], minus[T];
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) plus[t] = m[t * mtile + 2 * c], minus[t] = m[t * mtile + 2 * c + 1];
#pragma GCC unroll 8
            for (int r = 0; r < R; ++r) {
                const __m512i av = _mm512_set1_epi16(a[r * lda + c]);
#pragma GCC unroll 8
                for (int t = 0; t < T; ++t) {
                    s[r][t] = add_masked(s[r][t], plus[t], av);
                    s[r][t] = sub_masked(s[r][t], minus[t], av);
                }
            }
        }
#pragma GCC unroll 8
        for (int r = 0; r < R; ++r)
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) flush16(s[r][t], alpha + 32 * t, acc + r * ldc + 32 * t);
    }
}

template <int T>
TERN_AVX512_BW void masks_rows(const std::int16_t* a, long lda, int rows, const std::uint32_t* m, long mtile,
                               int inputs, const float* alpha, float* acc, long ldc)
{
    constexpr int R = 8;
    int r = 0;
    for (; r + R <= rows; r += R) masks_tile<R, T>(a + r * lda, lda, m, mtile, inputs, alpha, acc + r * ldc, ldc);
    for (; r < rows; ++r) masks_tile<1, T>(a + r * lda, lda, m, mtile, inputs, alpha, acc + r * ldc, ldc);
}

}  // namespace

void vnni_block(const std::uint8_t* a, long lda, int rows, const std::int8_t* w, long wtile, int tiles, int groups,
                const std::int32_t* corr, const float* alpha, float* acc, long ldc)
{
    switch (tiles) {
    case 1: vnni_rows<1>(a, lda, rows, w, wtile, groups, corr, alpha, acc, ldc); break;
    case 2: vnni_rows<2>(a, lda, rows, w, wtile, groups, corr, alpha, acc, ldc); break;
    case 3: vnni_rows<3>(a, lda, rows, w, wtile, groups, corr, alpha, acc, ldc); break;
    default: vnni_rows<4>(a, lda, rows, w, wtile, groups, corr, alpha, acc, ldc); break;
    }
}

void masks_block(const std::int16_t* a, long lda, int rows, const std::uint32_t* m, long mtile, int tiles, int inputs,
                 const float* alpha, float* acc, long ldc)
{
    if (tiles == 1) masks_rows<1>(a, lda, rows, m, mtile, inputs, alpha, acc, ldc);
    else masks_rows<2>(a, lda, rows, m, mtile, inputs, alpha, acc, ldc);
}

}  // namespace tern::quant::ternary
