#include "engine/models/linear_objective.h"

#include <algorithm>
#include <cmath>

namespace tern::models {

namespace {

// The loops are reductions the compiler may reorder (omp simd), so they fill whole vector registers; each clone
// is picked at load time for the CPU it runs on.
__attribute__((target_clones("avx512f", "avx2", "default"))) double dot(const double* w, const float* x,
                                                                         std::size_t d)
{
    double s = 0;
#pragma omp simd reduction(+ : s)
    for (std::size_t j = 0; j < d; ++j)
        s += w[j] * static_cast<double>(x[j]);
    return s;
}

__attribute__((target_clones("avx512f", "avx2", "default"))) void axpy(double a, const float* x, double* y,
                                                                        std::size_t d)
{
#pragma omp simd
    for (std::size_t j = 0; j < d; ++j)
        y[j] += a * static_cast<double>(x[j]);
}

}  // namespace

double linear_objective(const LinearProblem& p, const std::vector<double>& theta, std::vector<double>* grad)
{
    const Matrix& x = *p.x;
    const std::size_t n = x.rows(), d = x.cols(), stride = d + 1;
    const int k = p.outputs;
    if (grad)
        std::fill(grad->begin(), grad->end(), 0.0);
    double loss = 0;
    std::vector<double> z(static_cast<std::size_t>(k)), g(static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < n; ++i) {
        const float* row = x.data() + i * d;
        for (int c = 0; c < k; ++c) {
            const double* wc = theta.data() + c * stride;
            z[c] = wc[d] + dot(wc, row, d);
        }
        const double wi = p.row_weight[i];
        if (p.task == Task::regression) {
            const double r = z[0] - p.y[i];
            loss += wi * 0.5 * r * r;
            g[0] = wi * r;
        } else if (p.task == Task::binary) {
            const double t = p.y[i];
            // log(1 + e^z) - t z, computed stably.
            loss += wi * ((z[0] > 0 ? z[0] + std::log1p(std::exp(-z[0])) : std::log1p(std::exp(z[0]))) - t * z[0]);
            g[0] = wi * (1.0 / (1.0 + std::exp(-z[0])) - t);
        } else {
            const double zmax = *std::max_element(z.begin(), z.end());
            double sum = 0;
            for (int c = 0; c < k; ++c)
                sum += std::exp(z[c] - zmax);
            const int label = static_cast<int>(p.y[i]);
            loss += wi * (zmax + std::log(sum) - z[label]);
            for (int c = 0; c < k; ++c)
                g[c] = wi * (std::exp(z[c] - zmax) / sum - (c == label ? 1.0 : 0.0));
        }
        if (!grad)
            continue;
        for (int c = 0; c < k; ++c) {
            if (g[c] == 0)
                continue;
            double* gc = grad->data() + c * stride;
            axpy(g[c], row, gc, d);
            gc[d] += g[c];
        }
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
    const std::size_t d = x.cols(), stride = d + 1;
    std::vector<double> out(x.rows() * static_cast<std::size_t>(outputs));
    for (std::size_t i = 0; i < x.rows(); ++i) {
        const float* row = x.data() + i * d;
        for (int c = 0; c < outputs; ++c) {
            const double* wc = theta.data() + c * stride;
            out[i * outputs + c] = wc[d] + dot(wc, row, d);
        }
    }
    return out;
}

}  // namespace tern::models
