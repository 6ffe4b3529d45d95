// Losses walk each row's column blocks as contiguous runs (no per-element block arithmetic). Rows are independent,
// so large batches share them among the OpenMP team; each row's loss lands in its own slot and the slots are summed
// in row order, in double: the result does not depend on the thread count.
#include "engine/nn/loss.h"
#include "engine/kernels/team.h"
#include "engine/kernels/vector_clones.h"


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
    // Round to nearest by the 1.5 * 2^23 trick (nearbyint needs SSE4.1, which the baseline clone lacks).
    const float n = (x * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
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

// Reductions over 16 independent lanes: the compiler vectorises them without reassociating a single sum.
template <typename Op>
inline float lanes_reduce(const float* v, int n, float init, Op op)
{
    float lane[16];
    for (float& l : lane) l = init;
    int c = 0;
    for (; c + 16 <= n; c += 16)
        for (int l = 0; l < 16; ++l) lane[l] = op(lane[l], v[c + l]);
    for (; c < n; ++c) lane[0] = op(lane[0], v[c]);
    float r = init;
    for (float l : lane) r = op(r, l);
    return r;
}

// Softmax numerators of row r into dst (same blocked layout), with the row maximum and their sum.
inline void softmax_row(const float* out, const kernels::Blocking& b, int r, float* dst, float& mx, double& sum)
{
    mx = -INFINITY;
    for (int j = 0; j < b.cb(); ++j)
        mx = std::max(mx, lanes_reduce(out + run(b, r, j), b.bc, -INFINITY, [](float x, float y) { return x > y ? x : y; }));
    sum = 0;
    for (int j = 0; j < b.cb(); ++j) {
        const float* v = out + run(b, r, j);
        float* d = dst + run(b, r, j);
        for (int c = 0; c < b.bc; ++c) d[c] = exp_nonpositive(v[c] - mx);
        sum += lanes_reduce(d, b.bc, 0.0f, [](float x, float y) { return x + y; });
    }
}

// One row's weighted loss and gradient. A separate function so that it gets the AVX-512 clone (the OpenMP loop body
// calling it is outlined by the compiler and would not be cloned).
TERN_VECTOR_CLONES
double row_loss_and_gradient(LossKind kind, const float* out, const kernels::Blocking& b, std::span<const float> labels,
                             float w, float inv, int r, float* grad)
{
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
        return w * -(out[b.at(r, y)] - mx - std::log(s));
    }
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
    return w * l / b.c;
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
    kernels::for_rows(b.n, b.size() >= parallel_outputs, [&](int r) {
        row_loss[r] = row_loss_and_gradient(kind, out, b, labels, weights.empty() ? 1.0f : weights[r], inv, r, grad);
    });
    double loss = 0;
    for (double l : row_loss) loss += l;
    return loss / wsum;
}

}  // namespace tern::nn
