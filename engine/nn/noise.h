// Noise-aware training: during training forward passes the weights are perturbed by uniform noise of one
// quantisation step of the precision the model will later be exported in, so the optimiser settles where
// rounding to that grid costs little accuracy. The int8 step is engine/quant's (symmetric per output channel,
// max|w| / 127); the ternary step is the ternary-weight-network approximation of engine/quant's fitted scale (per
// output channel, alpha = mean |w| over the weights above 0.7 mean |w|), cheap enough to recompute at every step.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tern::nn {

class Network;

enum class NoiseTarget { none, int8, ternary };

std::string to_string(NoiseTarget t);
NoiseTarget noise_target_from_string(const std::string& s);  // throws InputError

// Quantisation step per output channel of a row-major [C][K] weight matrix.
std::vector<float> quantisation_steps(NoiseTarget target, const float* w, int c, int k);

// noise[i] ~ U(-scale * step/2, +scale * step/2) of the output channel of weight i; deterministic for a seed.
void weight_noise(NoiseTarget target, const float* w, int c, int k, float scale, std::uint64_t seed, float* noise);

// One training step's perturbation of a network's weights: perturb() before the forward pass draws fresh noise for
// every dense layer and adds it; restore() after the update takes it off again, so the step computed at the noisy
// point applies to the clean weights. The noise depends only on the seed, the step, the layer and the weights'
// quantisation steps at that moment.
class WeightNoise {
public:
    WeightNoise(NoiseTarget target, float scale, std::uint64_t seed) : m_target(target), m_scale(scale), m_seed(seed) {}

    bool active() const { return m_target != NoiseTarget::none; }
    void perturb(Network& net, long step);
    void restore(Network& net);

private:
    NoiseTarget m_target;
    float m_scale;
    std::uint64_t m_seed;
    std::vector<std::vector<float>> m_noise, m_w, m_b;  // per layer
};

}  // namespace tern::nn
