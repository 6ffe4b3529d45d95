// Noise-aware training: during training forward passes the weights are perturbed by uniform noise of one
// quantisation step of the precision the model will later be exported in, so the optimiser settles where
// rounding to that grid costs little accuracy. The step follows engine/quant's schemes: int8 symmetric per output
// channel (max|w| / 127), ternary per output channel (alpha = mean |w| over the weights above 0.7 mean |w|).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tern::nn {

enum class NoiseTarget { none, int8, ternary };

std::string to_string(NoiseTarget t);
NoiseTarget noise_target_from_string(const std::string& s);  // throws InputError

// Quantisation step per output channel of a row-major [C][K] weight matrix.
std::vector<float> quantisation_steps(NoiseTarget target, const float* w, int c, int k);

// noise[i] ~ U(-scale * step/2, +scale * step/2) of the output channel of weight i; deterministic for a seed.
void weight_noise(NoiseTarget target, const float* w, int c, int k, float scale, std::uint64_t seed, float* noise);

}  // namespace tern::nn
