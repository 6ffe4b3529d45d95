// Statistics are accumulated in double in a fixed order, so results do not depend on the thread count.
#include "engine/nn/normalization.h"

#include <cmath>

namespace tern::nn {

namespace {
constexpr double eps = 1e-5;
constexpr float running_momentum = 0.1f;
}  // namespace

Normalization::Normalization(NormKind kind, const kernels::Blocking& b)
    : m_kind(kind), m_b(b), m_gamma(b.c, 1.0f), m_beta(b.c, 0.0f), m_dgamma(b.c), m_dbeta(b.c),
      m_run_mean(b.c, 0.0f), m_run_var(b.c, 1.0f), m_gm(b.c), m_gv(b.c), m_bm(b.c), m_bv(b.c), m_xhat(b.size()),
      m_inv_std(kind == NormKind::batch ? b.c : b.n)
{
}

void Normalization::forward(const float* x, float* y, bool training)
{
    const auto& b = m_b;
    if (m_kind == NormKind::batch) {
        for (int j = 0; j < b.c; ++j) {
            double mean = m_run_mean[j], var = m_run_var[j];
            if (training) {
                double s = 0, ss = 0;
                for (int r = 0; r < b.n; ++r) s += x[b.at(r, j)];
                mean = s / b.n;
                for (int r = 0; r < b.n; ++r) ss += (x[b.at(r, j)] - mean) * (x[b.at(r, j)] - mean);
                var = ss / b.n;
                m_run_mean[j] = (1 - running_momentum) * m_run_mean[j] + running_momentum * float(mean);
                m_run_var[j] = (1 - running_momentum) * m_run_var[j] + running_momentum * float(var);
            }
            const double inv = 1.0 / std::sqrt(var + eps);
            m_inv_std[j] = float(inv);
            for (int r = 0; r < b.n; ++r) {
                const long i = b.at(r, j);
                m_xhat[i] = float((x[i] - mean) * inv);
                y[i] = m_gamma[j] * m_xhat[i] + m_beta[j];
            }
        }
        return;
    }
    for (int r = 0; r < b.n; ++r) {
        double s = 0, ss = 0;
        for (int j = 0; j < b.c; ++j) s += x[b.at(r, j)];
        const double mean = s / b.c;
        for (int j = 0; j < b.c; ++j) ss += (x[b.at(r, j)] - mean) * (x[b.at(r, j)] - mean);
        const double inv = 1.0 / std::sqrt(ss / b.c + eps);
        m_inv_std[r] = float(inv);
        for (int j = 0; j < b.c; ++j) {
            const long i = b.at(r, j);
            m_xhat[i] = float((x[i] - mean) * inv);
            y[i] = m_gamma[j] * m_xhat[i] + m_beta[j];
        }
    }
}

void Normalization::backward(const float* dy, float* dx, const kernels::UpdateRule* rule)
{
    const auto& b = m_b;
    for (int j = 0; j < b.c; ++j) {
        double dg = 0, db = 0;
        for (int r = 0; r < b.n; ++r) {
            const long i = b.at(r, j);
            dg += double(dy[i]) * m_xhat[i];
            db += dy[i];
        }
        m_dgamma[j] = float(dg), m_dbeta[j] = float(db);
    }
    // dx = inv_std / m * (m * dxhat - sum(dxhat) - xhat * sum(dxhat * xhat)), sums over the normalised axis.
    if (m_kind == NormKind::batch) {
        for (int j = 0; j < b.c; ++j) {
            double s1 = 0, s2 = 0;
            for (int r = 0; r < b.n; ++r) {
                const long i = b.at(r, j);
                const double dxh = double(dy[i]) * m_gamma[j];
                s1 += dxh, s2 += dxh * m_xhat[i];
            }
            for (int r = 0; r < b.n; ++r) {
                const long i = b.at(r, j);
                const double dxh = double(dy[i]) * m_gamma[j];
                dx[i] = float(m_inv_std[j] / b.n * (b.n * dxh - s1 - m_xhat[i] * s2));
            }
        }
    } else {
        for (int r = 0; r < b.n; ++r) {
            double s1 = 0, s2 = 0;
            for (int j = 0; j < b.c; ++j) {
                const long i = b.at(r, j);
                const double dxh = double(dy[i]) * m_gamma[j];
                s1 += dxh, s2 += dxh * m_xhat[i];
            }
            for (int j = 0; j < b.c; ++j) {
                const long i = b.at(r, j);
                const double dxh = double(dy[i]) * m_gamma[j];
                dx[i] = float(m_inv_std[r] / b.c * (b.c * dxh - s1 - m_xhat[i] * s2));
            }
        }
    }
    if (rule) {
        kernels::UpdateRule no_decay = *rule;
        no_decay.weight_decay = 0;
        kernels::apply_update(no_decay, m_gamma.data(), m_dgamma.data(), m_gm.data(), m_gv.data(), b.c);
        kernels::apply_update(no_decay, m_beta.data(), m_dbeta.data(), m_bm.data(), m_bv.data(), b.c);
    }
}

}  // namespace tern::nn
