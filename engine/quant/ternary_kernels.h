// Internal to the ternary layer kernel (ternary_gemm.cpp): the block micro-kernels. Each accumulates, for `rows`
// rows of 8-bit activations (one input block, padded to a multiple of 4) and a group of output columns,
//     acc[r][j] += alpha[j] * sum_c a[r][c] * t[c][j]        (integer sum first, one fp32 multiply per block)
// The AVX-512 ones live in ternary_avx512.cpp (AMX in ternary_amx.cpp), compiled with per-function target attributes so the project keeps
// its baseline -march; call them only when ternary_method_available() says the CPU has the instructions.
#pragma once

#include <cstdint>

namespace tern::quant::ternary {

// Columns per register tile: 16 int32 lanes (vnni), 32 int16 lanes (masks).
constexpr int vnni_tile_cols = 16;
constexpr int masks_tile_cols = 32;
// Column tiles a micro-kernel call handles at most (the driver splits the columns in groups of this many tiles).
constexpr int vnni_group_tiles = 4;
constexpr int masks_group_tiles = 2;

// a: u8 activations, row stride lda bytes (signed inputs are shifted by +128 and corr undoes it).
// w: tile j's panel at w + j * wtile bytes, laid out [groups][16][4] (4 consecutive inputs per int32 lane).
// corr: [tiles * 16] initial int32 sums (-128 * column sums of t) or null. alpha: [tiles * 16].
void vnni_block(const std::uint8_t* a, long lda, int rows, const std::int8_t* w, long wtile, int tiles, int groups,
                const std::int32_t* corr, const float* alpha, float* acc, long ldc);

// AMX (ternary_amx.cpp): the vnni operands and panels, with rows a multiple of 16 and inputs a multiple of 64.
// Call amx_begin() on the thread before the first amx_block and amx_end() after the last (tile configuration).
void amx_begin();
void amx_end();
void amx_block(const std::uint8_t* a, long lda, int rows, const std::int8_t* w, long wtile, int tiles, int inputs,
               const std::int32_t* corr, const float* alpha, float* acc, long ldc);

// a: int16 activations, row stride lda elements. m: tile j's masks at m + j * mtile, [inputs][2] (bit i of the
// first word: t = +1 for column i; of the second: t = -1). alpha: [tiles * 32].
void masks_block(const std::int16_t* a, long lda, int rows, const std::uint32_t* m, long mtile, int tiles,
                 int inputs, const float* alpha, float* acc, long ldc);

}  // namespace tern::quant::ternary
