// Plain C++ dense-layer math on row-major arrays, double accumulation: the yardstick every optimised path is
// tested against, and the Backend::reference layer (used by gradient checks). In BF16 mode the GEMM inputs are
// first rounded to bf16, as the optimised paths do, and accumulation stays wide.
#pragma once

#include "engine/kernels/dense.h"

namespace tern::kernels {

// z = x W + b, y = act(z); x [N][C], w [C][K], y and z [N][K] (z may be null).
void reference_dense_forward(const float* x, const float* w, const float* bias, float* y, float* z, int n, int c,
                             int k, Activation act, Precision p);
// dz = dy * act'(y, z) (z used by GELU only, may be null otherwise).
void reference_activation_backward(const float* dy, const float* y, const float* z, float* dz, long count,
                                   Activation act);
// dx [N][C] = dz W^T
void reference_dense_backward_data(const float* dz, const float* w, float* dx, int n, int c, int k, Precision p);
// dw [C][K] = x^T dz, db [K] = column sums of dz
void reference_dense_weight_grad(const float* x, const float* dz, float* dw, float* db, int n, int c, int k,
                                 Precision p);

std::unique_ptr<DenseLayer> make_reference_dense(const DenseSpec& spec);

}  // namespace tern::kernels
