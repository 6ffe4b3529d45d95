// The optimiser step a dense layer applies to each weight block right after computing its gradient (so the block
// is updated while in cache). SGD with momentum and Adam, both with L2 weight decay.
#pragma once

namespace tern::kernels {

struct UpdateRule {
    enum class Kind { sgd, adam } kind = Kind::sgd;
    float lr = 0.01f;
    float momentum = 0.0f;      // SGD
    float weight_decay = 0.0f;
    float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;  // Adam
    long step = 1;              // Adam bias correction: the 1-based step number
};

// w -= step(g); m and v are the optimiser state (m: momentum / first moment, v: second moment; Adam only).
void apply_update(const UpdateRule& rule, float* w, const float* g, float* m, float* v, long n);

}  // namespace tern::kernels
