// Optimiser steps over contiguous weight runs; vectorised like the activation epilogues.
#include "engine/kernels/update_rule.h"

#include <cmath>

namespace tern::kernels {

__attribute__((target_clones("arch=x86-64-v4", "default")))
void apply_update(const UpdateRule& r, float* w, const float* g, float* m, float* v, long n)
{
    const float wd = r.weight_decay;
    if (r.kind == UpdateRule::Kind::sgd) {
        if (r.momentum == 0.0f) {
            for (long i = 0; i < n; ++i) w[i] -= r.lr * (g[i] + wd * w[i]);
            return;
        }
        for (long i = 0; i < n; ++i) {
            m[i] = r.momentum * m[i] + g[i] + wd * w[i];
            w[i] -= r.lr * m[i];
        }
        return;
    }
    const float c1 = 1.0f / (1.0f - std::pow(r.beta1, static_cast<float>(r.step)));
    const float c2 = 1.0f / (1.0f - std::pow(r.beta2, static_cast<float>(r.step)));
    for (long i = 0; i < n; ++i) {
        float gi = g[i] + wd * w[i];
        m[i] = r.beta1 * m[i] + (1.0f - r.beta1) * gi;
        v[i] = r.beta2 * v[i] + (1.0f - r.beta2) * gi * gi;
        w[i] -= r.lr * (m[i] * c1) / (std::sqrt(v[i] * c2) + r.eps);
    }
}

}  // namespace tern::kernels
