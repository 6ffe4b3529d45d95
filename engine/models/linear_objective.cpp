#include "engine/models/linear_objective.h"

#include <algorithm>
#include <cmath>

namespace tern::models {

namespace {

// The two passes over the rows, each one call per objective so that the per-ISA dispatch costs nothing per row. The
// inner loops are reductions the compiler may reorder (omp simd), so they fill whole vector registers.

// z (rows x k) = the rows of x times each output's weights, plus its intercept.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
scores_pass(const float* x, std::size_t n, std::size_t d, const double* theta, int k, double* z)
{
    const std::size_t stride = d + 1;
    for (std::size_t i = 0; i < n; ++i) {
        const float* row = x + i * d;
        for (int c = 0; c < k; ++c) {
            const double* wc = theta + c * stride;
            double s = 0;
#pragma omp simd reduction(+ : s)
            for (std::size_t j = 0; j < d; ++j)
                s += wc[j] * static_cast<double>(row[j]);
            z[i * k + c] = wc[d] + s;
        }
    }
}

// grad (k x (d + 1)) += the rows of x weighted by g (rows x k), the intercepts by g alone.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
gradient_pass(const float* x, std::size_t n, std::size_t d, const double* g, int k, double* grad)
{
    const std::size_t stride = d + 1;
    for (std::size_t i = 0; i < n; ++i) {
        const float* row = x + i * d;
        for (int c = 0; c < k; ++c) {
            const double a = g[i * k + c];
            if (a == 0)
                continue;
            double* gc = grad + c * stride;
#pragma omp simd
            for (std::size_t j = 0; j < d; ++j)
                gc[j] += a * static_cast<double>(row[j]);
            gc[d] += a;
        }
    }
}

}  // namespace

double linear_objective(LinearProblem& p, const std::vector<double>& theta, std::vector<double>* grad)
{
    const Matrix& x = *p.x;
    const std::size_t n = x.rows(), d = x.cols(), stride = d + 1;
    const int k = p.outputs;
    std::vector<double>& z = p.scores;
    std::vector<double>& g = p.row_gradient;
    z.resize(n * k);
    g.resize(n * k);
    scores_pass(x.data(), n, d, theta.data(), k, z.data());
    double loss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double* zi = z.data() + i * k;
        double* gi = g.data() + i * k;
        const double wi = p.row_weight[i];
        if (p.task == Task::regression) {
            const double r = zi[0] - p.y[i];
            loss += wi * 0.5 * r * r;
            gi[0] = wi * r;
        } else if (p.task == Task::binary) {
            const double t = p.y[i];
            // log(1 + e^z) - t z, computed stably.
            loss += wi * ((zi[0] > 0 ? zi[0] + std::log1p(std::exp(-zi[0])) : std::log1p(std::exp(zi[0]))) - t * zi[0]);
            gi[0] = wi * (1.0 / (1.0 + std::exp(-zi[0])) - t);
        } else {
            const double zmax = *std::max_element(zi, zi + k);
            double sum = 0;
            for (int c = 0; c < k; ++c)
                sum += std::exp(zi[c] - zmax);
            const int label = static_cast<int>(p.y[i]);
            loss += wi * (zmax + std::log(sum) - zi[label]);
            for (int c = 0; c < k; ++c)
                gi[c] = wi * (std::exp(zi[c] - zmax) / sum - (c == label ? 1.0 : 0.0));
        }
    }
    if (grad) {
        std::fill(grad->begin(), grad->end(), 0.0);
        gradient_pass(x.data(), n, d, g.data(), k, grad->data());
    }
    for (int c = 0; c < k; ++c)
        for (std::size_t j = 0; j < d; ++j) {
            const double v = theta[c * stride + j];
            loss += 0.5 * p.l2 * v * v;
            if (grad)
                (*grad)[c * stride + j] += p.l2 * v;
        }
    return loss;
}

std::vector<double> linear_scores(const Matrix& x, const std::vector<double>& theta, int outputs)
{
    std::vector<double> out(x.rows() * static_cast<std::size_t>(outputs));
    scores_pass(x.data(), x.rows(), x.cols(), theta.data(), outputs, out.data());
    return out;
}

}  // namespace tern::models
