// AMX micro-kernel of the ternary layer (see ternary_kernels.h): TDPBUSD multiplies a 16-row x 64-input tile of u8
// activations by a 64-input x 16-column tile of {-1, 0, +1} weights into 16 x 16 int32 sums in one instruction. The
// weight panels are the vnni method's ([inputs/4][16][4] bytes = exactly an AMX B tile with a 64-byte stride), so
// both methods share the packing. Per input block the int32 tiles go to a small buffer and AVX-512 adds
// alpha * sum to the fp32 accumulator: that per-block multiply, not the tile unit, bounds this kernel.
#include "engine/quant/ternary_kernels.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#pragma GCC diagnostic pop

#include <cstdint>

#define TERN_AMX_INT8 __attribute__((target("amx-tile,amx-int8,avx512f,avx512bw,avx512vl")))

namespace tern::quant::ternary {

namespace {

struct alignas(64) TileConfig {
    std::uint8_t palette = 1;
    std::uint8_t start_row = 0;
    std::uint8_t reserved[14] = {};
    std::uint16_t colsb[16] = {};
    std::uint8_t rows[16] = {};
};

// Tiles 0-3: int32 sums (2 x 2 of 16 x 16); 4, 5: activations (16 rows x 64 inputs); 6, 7: weights (16 groups of 4
// inputs x 16 columns x 4).
template <int MR, int NR>
TERN_AMX_INT8 inline void amx_step(const std::uint8_t* a, long lda, const std::int8_t* w, long wtile, int ksteps,
                                   const std::int32_t* corr, const float* alpha, float* acc, long ldc)
{
    alignas(64) std::int32_t sums[MR * NR][16 * 16];
    // Tile numbers must be compile-time constants, hence the unrolled cases.
    if (corr) {
        _tile_loadd(0, corr, 0);  // stride 0: the same row (the -128 * column sums) in all 16 rows
        if (NR > 1) _tile_loadd(1, corr + 16, 0);
        if (MR > 1) _tile_loadd(2, corr, 0);
        if (MR > 1 && NR > 1) _tile_loadd(3, corr + 16, 0);
    } else {
        _tile_zero(0);
        if (NR > 1) _tile_zero(1);
        if (MR > 1) _tile_zero(2);
        if (MR > 1 && NR > 1) _tile_zero(3);
    }
    for (int ks = 0; ks < ksteps; ++ks) {
        _tile_loadd(4, a + ks * 64, lda);
        if (MR > 1) _tile_loadd(5, a + 16 * lda + ks * 64, lda);
        _tile_loadd(6, w + ks * 1024, 64);
        if (NR > 1) _tile_loadd(7, w + wtile + ks * 1024, 64);
        _tile_dpbusd(0, 4, 6);
        if (NR > 1) _tile_dpbusd(1, 4, 7);
        if (MR > 1) _tile_dpbusd(2, 5, 6);
        if (MR > 1 && NR > 1) _tile_dpbusd(3, 5, 7);
    }
    _tile_stored(0, sums[0], 64);
    if (NR > 1) _tile_stored(1, sums[1], 64);
    if (MR > 1) _tile_stored(2, sums[NR], 64);
    if (MR > 1 && NR > 1) _tile_stored(3, sums[3], 64);
#pragma GCC unroll 2
    for (int m = 0; m < MR; ++m)
#pragma GCC unroll 2
        for (int n = 0; n < NR; ++n) {
            const __m512 al = _mm512_loadu_ps(alpha + 16 * n);
            const std::int32_t* s = sums[m * NR + n];
            float* out = acc + 16 * m * ldc + 16 * n;
#pragma GCC unroll 16
            for (int r = 0; r < 16; ++r) {
                const __m512 v = _mm512_cvtepi32_ps(_mm512_load_si512(s + 16 * r));
                _mm512_storeu_ps(out + r * ldc, _mm512_fmadd_ps(v, al, _mm512_loadu_ps(out + r * ldc)));
            }
        }
}

}  // namespace

TERN_AMX_INT8 void amx_begin()
{
    TileConfig cfg;
    for (int t = 0; t < 8; ++t) {
        cfg.rows[t] = 16;
        cfg.colsb[t] = 64;
    }
    // Not _tile_loadconfig: GCC 12 declares its operand as one pointer-sized word, so the stores of the rows and
    // column widths were dropped as dead and every tile load then faulted; a whole-struct operand keeps them.
    asm volatile("ldtilecfg %0" : : "m"(cfg));
}

TERN_AMX_INT8 void amx_end() { _tile_release(); }

TERN_AMX_INT8 void amx_block(const std::uint8_t* a, long lda, int rows, const std::int8_t* w, long wtile, int tiles,
                             int inputs, const std::int32_t* corr, const float* alpha, float* acc, long ldc)
{
    const int ksteps = inputs / 64;
    for (int r = 0; r < rows; r += 32) {
        const bool two_rows = r + 32 <= rows;
        const std::uint8_t* ar = a + r * lda;
        float* out = acc + r * ldc;
        for (int t = 0; t < tiles; t += 2) {
            const std::int8_t* wt = w + t * wtile;
            const std::int32_t* ct = corr ? corr + 16 * t : nullptr;
            const float* at = alpha + 16 * t;
            float* ot = out + 16 * t;
            if (t + 2 <= tiles) {
                if (two_rows) amx_step<2, 2>(ar, lda, wt, wtile, ksteps, ct, at, ot, ldc);
                else amx_step<1, 2>(ar, lda, wt, wtile, ksteps, ct, at, ot, ldc);
            } else {
                if (two_rows) amx_step<2, 1>(ar, lda, wt, wtile, ksteps, ct, at, ot, ldc);
                else amx_step<1, 1>(ar, lda, wt, wtile, ksteps, ct, at, ot, ldc);
            }
        }
    }
}

}  // namespace tern::quant::ternary
