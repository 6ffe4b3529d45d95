// Steps are computed from the current weights at every training step: the grid moves with the weights, as it will
// when the trained model is quantised.
#include "engine/nn/noise.h"
#include "engine/core/error.h"

#include <cmath>
#include <random>

namespace tern::nn {

std::string to_string(NoiseTarget t)
{
    switch (t) {
    case NoiseTarget::none: return "none";
    case NoiseTarget::int8: return "int8";
    case NoiseTarget::ternary: return "ternary";
    }
    return "?";
}

NoiseTarget noise_target_from_string(const std::string& s)
{
    if (s == "none" || s.empty()) return NoiseTarget::none;
    if (s == "int8") return NoiseTarget::int8;
    if (s == "ternary") return NoiseTarget::ternary;
    throw InputError("unknown noise target '" + s + "' (expected none, int8 or ternary)");
}

std::vector<float> quantisation_steps(NoiseTarget target, const float* w, int c, int k)
{
    std::vector<float> steps(k, 0.0f);
    if (target == NoiseTarget::none) return steps;
    for (int j = 0; j < k; ++j) {
        if (target == NoiseTarget::int8) {
            float mx = 0;
            for (int i = 0; i < c; ++i) mx = std::max(mx, std::fabs(w[long(i) * k + j]));
            steps[j] = mx / 127.0f;
            continue;
        }
        double mean = 0;
        for (int i = 0; i < c; ++i) mean += std::fabs(w[long(i) * k + j]);
        mean /= c;
        const double delta = 0.7 * mean;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < c; ++i)
            if (std::fabs(w[long(i) * k + j]) > delta) sum += std::fabs(w[long(i) * k + j]), ++count;
        steps[j] = count ? float(sum / count) : 0.0f;
    }
    return steps;
}

void weight_noise(NoiseTarget target, const float* w, int c, int k, float scale, std::uint64_t seed, float* noise)
{
    const auto steps = quantisation_steps(target, w, c, k);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(-0.5f, 0.5f);
    for (int i = 0; i < c; ++i)
        for (int j = 0; j < k; ++j) noise[long(i) * k + j] = target == NoiseTarget::none ? 0.0f : u(rng) * scale * steps[j];
}

}  // namespace tern::nn
