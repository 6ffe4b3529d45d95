// Optimiser steps over contiguous weight runs; vectorised like the activation epilogues.
#include "engine/kernels/update_rule.h"

#include <cmath>

namespace tern::kernels {

__attribute__((target_clones("arch=x86-64-v4", "default")))
void apply_update(const UpdateRule& r, float* __restrict w, const float* __restrict g, float* __restrict m,
                  float* __restrict v, long n)
{
    // Locals, not r.*: the weights could alias the rule's fields as far as the compiler knows, which would keep
    // the loops scalar.
    const float wd = r.weight_decay, lr = r.lr, mu = r.momentum, b1 = r.beta1, b2 = r.beta2, eps = r.eps;
    if (r.kind == UpdateRule::Kind::sgd) {
        if (mu == 0.0f) {
            for (long i = 0; i < n; ++i) w[i] -= lr * (g[i] + wd * w[i]);
            return;
        }
        for (long i = 0; i < n; ++i) {
            m[i] = mu * m[i] + g[i] + wd * w[i];
            w[i] -= lr * m[i];
        }
        return;
    }
    const float c1 = 1.0f / (1.0f - std::pow(r.beta1, static_cast<float>(r.step)));
    const float c2 = 1.0f / (1.0f - std::pow(r.beta2, static_cast<float>(r.step)));
    for (long i = 0; i < n; ++i) {
        float gi = g[i] + wd * w[i];
        m[i] = b1 * m[i] + (1.0f - b1) * gi;
        v[i] = b2 * v[i] + (1.0f - b2) * gi * gi;
        w[i] -= lr * (m[i] * c1) / (std::sqrt(v[i] * c2) + eps);
    }
}

}  // namespace tern::kernels
