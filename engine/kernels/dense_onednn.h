// The dense layer on oneDNN 2.6 matmul primitives (row-major activations), created once per layer shape and
// reused: forward with the bias and the activation as a post-op, backward by data on a transposed view of the
// weights, the weight gradient on a transposed view of the input. oneDNN picks its own ISA (AMX, avx512_core_bf16,
// ...); ONEDNN_VERBOSE=1 shows which.
#pragma once

#include "engine/kernels/dense.h"

namespace tern::kernels {

std::unique_ptr<DenseLayer> make_onednn_dense(const DenseSpec& spec, const Context& ctx);

}  // namespace tern::kernels
