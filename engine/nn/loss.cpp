// Losses walk each row's column blocks as contiguous runs (no per-element block arithmetic). Rows are independent,
// so large batches share them among the OpenMP team; each row's loss lands in its own slot and the slots are summed
// in row order, in double: the result does not depend on the thread count.
#include "engine/nn/loss.h"

#include <omp.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace tern::nn {

namespace {

// Below this many outputs a loss is cheaper than waking a second thread.
constexpr long parallel_outputs = 1L << 16;

// exp(x) for x <= 0 (softmax after subtracting the row maximum) in plain arithmetic the compiler vectorises (libm's
// expf is a call per element: it was 7 % of a 1024-class training step). x = n ln2 + r with |r| <= ln2 / 2, e^r by its
// degree-6 Taylor polynomial: relative error below 5e-7. Results below 2^-126 flush to zero.
inline float exp_nonpositive(float x)
{
    x = std::max(x, -87.0f);
    const float n = std::nearbyint(x * 1.44269504088896341f);
    const float r = (x - n * 0.693145751953125f) - n * 1.428606765330187e-6f;  // ln 2 in two parts (Cody-Waite)
    float p = 1.0f / 720;
    p = p * r + 1.0f / 120;
    p = p * r + 1.0f / 24;
    p = p * r + 1.0f / 6;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    const std::int32_t e = (static_cast<std::int32_t>(n) + 127) << 23;
    return p * std::bit_cast<float>(e);
}

// The contiguous run of row r inside column block j.
inline long run(const kernels::Blocking& b, int r, int j)
{
    return b.block(r / b.bn, j) + static_cast<long>(r % b.bn) * b.bc;
}

// Softmax of row r into dst (same blocked layout); returns log(sum exp(v - max)) and the max.
inline void softmax_row(const float* out, const kernels::Blocking& b, int r, float* dst, float& mx, double& sum)
{
    mx = -INFINITY;
    for (int j = 0; j < b.cb(); ++j) {
        const float* v = out + run(b, r, j);
        for (int c = 0; c < b.bc; ++c) mx = std::max(mx, v[c]);
    }
    sum = 0;
    for (int j = 0; j < b.cb(); ++j) {
        const float* v = out + run(b, r, j);
        float* d = dst + run(b, r, j);
        float s = 0;
        for (int c = 0; c < b.bc; ++c) s += d[c] = exp_nonpositive(v[c] - mx);
        sum += s;
    }
}

}  // namespace

void softmax_rows(const float* out, const kernels::Blocking& b, float* probs)
{
    std::vector<float> e(static_cast<std::size_t>(b.c));
    const kernels::Blocking row{1, b.c, 1, b.bc};
    for (int r = 0; r < b.n; ++r) {
        float* p = probs + static_cast<long>(r) * b.c;
        float mx;
        double s;
        for (int j = 0; j < b.cb(); ++j) std::copy_n(out + run(b, r, j), b.bc, e.data() + static_cast<long>(j) * b.bc);
        softmax_row(e.data(), row, 0, p, mx, s);
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
    std::vector<double> row_loss(static_cast<std::size_t>(b.n));
#pragma omp parallel for schedule(static) if (b.size() >= parallel_outputs)
    for (int r = 0; r < b.n; ++r) {
        const float w = weights.empty() ? 1.0f : weights[r];
        if (kind == LossKind::softmax_cross_entropy) {
            const int y = static_cast<int>(labels[r]);
            float mx;
            double s;
            softmax_row(out, b, r, grad, mx, s);
            const float scale = static_cast<float>(w * inv / s);
            for (int j = 0; j < b.cb(); ++j) {
                float* g = grad + run(b, r, j);
                for (int c = 0; c < b.bc; ++c) g[c] *= scale;
            }
            grad[b.at(r, y)] -= w * inv;
            row_loss[r] = w * -(out[b.at(r, y)] - mx - std::log(s));
        } else {
            double l = 0;
            for (int j = 0; j < b.cb(); ++j) {
                const float* o = out + run(b, r, j);
                float* g = grad + run(b, r, j);
                const float* t = labels.data() + static_cast<long>(r) * b.c + static_cast<long>(j) * b.bc;
                for (int c = 0; c < b.bc; ++c) {
                    const float d = o[c] - t[c];
                    g[c] = 2.0f * w * inv * d / b.c;
                    l += double(d) * d;
                }
            }
            row_loss[r] = w * l / b.c;
        }
    }
    double loss = 0;
    for (double l : row_loss) loss += l;
    return loss / wsum;
}

}  // namespace tern::nn
