// Layout conversions of the BF16 paths. A VNNI pair layout [K/2][N][2] stores rows 2p and 2p+1 of a K x N bf16
// matrix interleaved, i.e. one 32-bit word per (pair, column): word = row(2p)[j] | row(2p+1)[j] << 16. Writing
// whole words keeps the loops vectorisable.
#pragma once

#include "engine/kernels/bf16.h"

namespace tern::kernels {

// src: fp32 [rows][cols] (row stride cols), rows even -> dst VNNI [rows/2][cols][2].
void to_vnni(const float* src, bf16* dst, int rows, int cols);
// src: bf16 [rows][cols] -> dst VNNI [rows/2][cols][2].
void to_vnni(const bf16* src, bf16* dst, int rows, int cols);
// src: fp32 [rows][cols], cols even -> dst = VNNI of the transpose: [cols/2][rows][2].
void to_vnni_transposed(const float* src, bf16* dst, int rows, int cols);
// Plain transposes of one block.
void transpose(const float* src, float* dst, int rows, int cols);
void transpose(const bf16* src, bf16* dst, int rows, int cols);

}  // namespace tern::kernels
