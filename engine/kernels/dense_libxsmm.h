// The dense layer on libxsmm 1.17 batch-reduce GEMM (blocked layouts, JIT kernels dispatched once per shape,
// OpenMP over output blocks). BF16 runs on libxsmm's avx512_bf16 kernels, or on Tern's AMX batch-reduce kernel
// when the CPU has AMX (libxsmm 1.17 predates it); without BF16 kernels the layer falls back to FP32 and says so.
#pragma once

#include "engine/kernels/dense.h"

namespace tern::kernels {

std::unique_ptr<DenseLayer> make_libxsmm_dense(const DenseSpec& spec, const Context& ctx);

}  // namespace tern::kernels
