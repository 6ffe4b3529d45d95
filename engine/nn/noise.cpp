// Steps are computed from the current weights at every training step: the grid moves with the weights, as it will
// when the trained model is quantised.
#include "engine/nn/noise.h"
#include "engine/core/error.h"
#include "engine/kernels/team.h"
#include "engine/kernels/vector_clones.h"
#include "engine/nn/network.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

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

// Row-major passes over [C][K] (each output channel's statistic accumulated across the rows), so every pass reads
// the weights contiguously.
TERN_VECTOR_CLONES
std::vector<float> quantisation_steps(NoiseTarget target, const float* w, int c, int k)
{
    std::vector<float> steps(k, 0.0f);
    if (target == NoiseTarget::none) return steps;
    if (target == NoiseTarget::int8) {
        for (int i = 0; i < c; ++i) {
            const float* row = w + long(i) * k;
            for (int j = 0; j < k; ++j) steps[j] = std::max(steps[j], std::fabs(row[j]));
        }
        for (auto& s : steps) s /= 127.0f;
        return steps;
    }
    // Branch-free float sums: the loops vectorise, and a channel's sum keeps the few digits a noise amplitude needs
    // (relative error about C * 2^-24; the count is exact up to 2^24 inputs).
    std::vector<float> cuts(k, 0.0f), sum(k, 0.0f), count(k, 0.0f);
    for (int i = 0; i < c; ++i) {
        const float* row = w + long(i) * k;
        for (int j = 0; j < k; ++j) cuts[j] += std::fabs(row[j]);
    }
    for (auto& cut : cuts) cut *= 0.7f / float(c);  // 0.7 mean |w|
    float* __restrict sums = sum.data();
    float* __restrict counts = count.data();
    const float* __restrict cut = cuts.data();
    for (int i = 0; i < c; ++i) {
        const float* __restrict row = w + long(i) * k;
        for (int j = 0; j < k; ++j) {
            const float a = std::fabs(row[j]);
            const float above = static_cast<float>(a > cut[j]);
            sums[j] += above * a;
            counts[j] += above;
        }
    }
    for (int j = 0; j < k; ++j) steps[j] = count[j] > 0 ? sum[j] / count[j] : 0.0f;
    return steps;
}

namespace {

// A counter-based generator: weight e's draw is a hash of (key, e), Wellons' "lowbias32" integer hash. Noise over
// every weight at every training step must cost little next to the step's GEMMs (std::mt19937_64 with
// uniform_real_distribution cost several times more); a hash of the index has no serial state, so the loop over a
// row vectorises, and it is statistically sound enough for noise. Every (step, layer) stream is the same sequence
// shifted by its key, so long runs of steps reuse values on other weights: harmless for noise.
std::uint32_t lowbias32(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// The top 24 bits of a draw as a float in [-0.5, 0.5).
float centred_unit(std::uint32_t r) { return float(r >> 8) * (1.0f / 16777216.0f) - 0.5f; }

// One row of [C][K]: `first` is the index of its first weight. The hash's 32-bit multiplies need SSE4.1 to vectorise
// at all: the baseline copy is scalar, the AVX-512 one does sixteen weights at a time.
TERN_VECTOR_CLONES
void noise_row(std::uint32_t key, std::uint32_t first, const float* __restrict amp, int k, float* __restrict row)
{
    for (int j = 0; j < k; ++j)
        row[j] = centred_unit(lowbias32(key + (first + std::uint32_t(j)) * 0x9e3779b9U)) * amp[j];
}

// Below this many weights a layer's noise is drawn on the calling thread: waking the team costs more.
constexpr long parallel_weights = 1 << 15;

}  // namespace

void weight_noise(NoiseTarget target, const float* w, int c, int k, float scale, std::uint64_t seed, float* noise)
{
    const long n = long(c) * k;
    if (target == NoiseTarget::none) {
        std::fill(noise, noise + n, 0.0f);
        return;
    }
    auto amplitude = quantisation_steps(target, w, c, k);
    for (auto& a : amplitude) a *= scale;
    const std::uint32_t key = lowbias32(std::uint32_t(seed) ^ lowbias32(std::uint32_t(seed >> 32) + 0x9e3779b9U));
    const float* amp = amplitude.data();
    kernels::for_rows(c, n >= parallel_weights, [&](int i) {
        noise_row(key, std::uint32_t(long(i) * k), amp, k, noise + long(i) * k);
    });
}

void WeightNoise::perturb(Network& net, long step)
{
    if (!active()) return;
    const std::size_t layers = net.layer_count();
    m_noise.resize(layers), m_w.resize(layers), m_b.resize(layers);
    for (std::size_t l = 0; l < layers; ++l) {
        auto& d = net.dense(l);
        const auto& s = d.spec();
        m_w[l].resize(std::size_t(s.c) * s.k), m_b[l].resize(s.k), m_noise[l].resize(m_w[l].size());
        d.set_weights_change_after_update(true); // restore() follows every update
        d.get_weights(m_w[l].data(), m_b[l].data());
        weight_noise(m_target, m_w[l].data(), s.c, s.k, m_scale, m_seed + step * 7919 + l, m_noise[l].data());
        d.add_to_weights(m_noise[l].data(), 1.0f);
    }
}

void WeightNoise::restore(Network& net)
{
    if (!active()) return;
    if (m_noise.size() != net.layer_count()) throw std::logic_error("WeightNoise::restore without perturb");
    for (std::size_t l = 0; l < net.layer_count(); ++l) net.dense(l).add_to_weights(m_noise[l].data(), -1.0f);
}

}  // namespace tern::nn
