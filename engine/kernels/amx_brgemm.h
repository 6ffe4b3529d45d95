// A BF16 batch-reduce GEMM on Intel AMX tiles, for CPUs where libxsmm 1.17 (which predates AMX) stops at
// avx512_bf16: C[M][N] (fp32, row-major, ldc) (+)= sum_i A_i[M][K] (bf16 row-major, lda) x B_i (bf16 VNNI pairs
// [K/2][N][2]). Same operands and blocked layouts as the libxsmm BF16 path, so a layer can take either.
#pragma once

#include "engine/kernels/bf16.h"

namespace tern::kernels {

// M, N and K must be multiples of 32 (2x2 register blocking of 16x16 tiles, 32 bf16 per K step).
constexpr bool amx_shape_ok(int m, int n, int k) { return m % 32 == 0 && n % 32 == 0 && k % 32 == 0 && m && n && k; }

// stride_a / stride_b: elements between consecutive batch members. Caller checks detected_isa().amx_bf16.
void amx_brgemm_bf16(const bf16* a, long stride_a, int lda, const bf16* b, long stride_b, float* c, int ldc, int m,
                     int n, int k, int count, bool accumulate);

}  // namespace tern::kernels
