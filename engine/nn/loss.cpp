// Loss gradients are computed row by row in double precision for the normaliser (fixed order: deterministic).
#include "engine/nn/loss.h"

#include <cmath>
#include <vector>

namespace tern::nn {

void softmax_rows(const float* out, const kernels::Blocking& b, float* probs)
{
    for (int r = 0; r < b.n; ++r) {
        float* p = probs + static_cast<long>(r) * b.c;
        float mx = -INFINITY;
        for (int j = 0; j < b.c; ++j) mx = std::max(mx, out[b.at(r, j)]);
        double s = 0;
        for (int j = 0; j < b.c; ++j) s += p[j] = std::exp(out[b.at(r, j)] - mx);
        for (int j = 0; j < b.c; ++j) p[j] = static_cast<float>(p[j] / s);
    }
}

double loss_and_gradient(LossKind kind, const float* out, const kernels::Blocking& b, std::span<const float> labels,
                         std::span<const float> weights, float* grad)
{
    double wsum = 0;
    for (int r = 0; r < b.n; ++r) wsum += weights.empty() ? 1.0 : weights[r];
    if (wsum <= 0) wsum = 1;
    const float inv = static_cast<float>(1.0 / wsum);
    double loss = 0;
    std::vector<float> p(b.c);
    for (int r = 0; r < b.n; ++r) {
        const float w = weights.empty() ? 1.0f : weights[r];
        if (kind == LossKind::softmax_cross_entropy) {
            const int y = static_cast<int>(labels[r]);
            float mx = -INFINITY;
            for (int j = 0; j < b.c; ++j) mx = std::max(mx, out[b.at(r, j)]);
            double s = 0;
            for (int j = 0; j < b.c; ++j) s += p[j] = std::exp(out[b.at(r, j)] - mx);
            for (int j = 0; j < b.c; ++j) {
                float pj = static_cast<float>(p[j] / s);
                grad[b.at(r, j)] = w * inv * (pj - (j == y ? 1.0f : 0.0f));
            }
            loss += w * -(out[b.at(r, y)] - mx - std::log(s));
        } else {
            for (int j = 0; j < b.c; ++j) {
                const float d = out[b.at(r, j)] - labels[static_cast<long>(r) * b.c + j];
                grad[b.at(r, j)] = 2.0f * w * inv * d / b.c;
                loss += w * double(d) * d / b.c;
            }
        }
    }
    return loss / wsum;
}

}  // namespace tern::nn
