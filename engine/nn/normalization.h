// Batch and layer normalisation over a blocked activation tensor, with learned scale (gamma) and shift (beta).
// Batch norm keeps running statistics for inference; both update gamma/beta with the network's optimiser rule.
#pragma once

#include "engine/kernels/blocking.h"
#include "engine/kernels/update_rule.h"

#include <vector>

namespace tern::nn {

enum class NormKind { none, batch, layer };

class Normalization {
public:
    Normalization(NormKind kind, const kernels::Blocking& b);

    NormKind kind() const { return m_kind; }
    // y = gamma * (x - mean) / sqrt(var + eps) + beta; training uses batch statistics (batch norm).
    void forward(const float* x, float* y, bool training);
    // dx from dy (after forward(training=true)); updates gamma and beta when rule is given, else keeps their grads.
    void backward(const float* dy, float* dx, const kernels::UpdateRule* rule);

    std::vector<float>& gamma() { return m_gamma; }
    std::vector<float>& beta() { return m_beta; }
    std::vector<float>& running_mean() { return m_run_mean; }
    std::vector<float>& running_var() { return m_run_var; }
    const std::vector<float>& gamma_grad() const { return m_dgamma; }
    const std::vector<float>& beta_grad() const { return m_dbeta; }

private:
    NormKind m_kind;
    kernels::Blocking m_b;
    std::vector<float> m_gamma, m_beta, m_dgamma, m_dbeta, m_run_mean, m_run_var;
    std::vector<float> m_gm, m_gv, m_bm, m_bv;  // optimiser state
    std::vector<float> m_xhat, m_inv_std;        // saved for backward
};

}  // namespace tern::nn
