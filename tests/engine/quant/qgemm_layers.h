// Test layers for the inference-kernel tests: QuantizedLayer objects built directly with a simple quantisation
// (so the kernels are tested on any shape, independently of the calibrating quantiser), random inputs and the
// comparison measure.
#pragma once

#include "engine/quant/qgemm.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace qgemm_test {

using namespace tern::quant;
using tern::kernels::Activation;

inline std::vector<float> random_values(std::size_t n, std::mt19937& rng, float scale = 1.0f)
{
    std::normal_distribution<float> d(0.0f, scale);
    std::vector<float> v(n);
    for (auto& x : v) x = d(rng);
    return v;
}

// Inputs for an unsigned layer are never negative (as after ReLU).
inline std::vector<float> random_inputs(int rows, int c, bool non_negative, std::mt19937& rng)
{
    auto x = random_values(std::size_t(rows) * c, rng);
    if (non_negative)
        for (auto& v : x) v = std::fabs(v);
    return x;
}

inline QuantizedLayer base_layer(Precision p, int c, int k, Activation act, bool norm, std::mt19937& rng)
{
    QuantizedLayer l;
    l.precision = p;
    l.inputs = c, l.outputs = k;
    l.act = act;
    l.bias = random_values(k, rng, 0.3f);
    if (norm) {
        LayerNorm n;
        n.gamma = random_values(k, rng, 0.5f);
        n.beta = random_values(k, rng, 0.5f);
        l.norm = n;
    }
    return l;
}

// fp32, bf16 or int8 (symmetric per-channel weights; input scale from the 4-sigma range of a unit normal).
inline QuantizedLayer dense_layer(Precision p, int c, int k, Activation act, bool norm, bool is_unsigned,
                                  std::mt19937& rng)
{
    QuantizedLayer l = base_layer(p, c, k, act, norm, rng);
    const auto w = random_values(std::size_t(c) * k, rng, 1.0f / std::sqrt(float(c)));
    if (p == Precision::fp32) l.weights_f32 = w;
    if (p == Precision::bf16)
        for (float v : w) l.weights_bf16.push_back(tern::kernels::to_bf16(v));
    if (p == Precision::int8) {
        l.input_unsigned = is_unsigned;
        l.input_scale = 4.0f / (is_unsigned ? 255.0f : 127.0f);
        l.weight_scale.assign(k, 0.0f);
        for (int i = 0; i < c; ++i)
            for (int j = 0; j < k; ++j) l.weight_scale[j] = std::max(l.weight_scale[j], std::fabs(w[i * k + j]) / 127);
        l.weights_i8.resize(w.size());
        for (int i = 0; i < c; ++i)
            for (int j = 0; j < k; ++j)
                l.weights_i8[i * k + j] = std::int8_t(std::lround(w[i * k + j] / l.weight_scale[j]));
    }
    return l;
}

// Ternary with `levels` levels of random {-1, 0, +1} (about a third each) and positive alphas; keep flags random
// (probability keep_p).
inline QuantizedLayer ternary_layer(int c, int k, int block, int levels, Activation act, bool norm, bool is_unsigned,
                                    double keep_p, std::mt19937& rng)
{
    QuantizedLayer l = base_layer(Precision::ternary, c, k, act, norm, rng);
    l.block = block;
    l.input_unsigned = is_unsigned;
    l.input_scale = 4.0f / (is_unsigned ? 255.0f : 127.0f);
    std::uniform_int_distribution<int> tern(-1, 1);
    std::uniform_real_distribution<float> pos(0.01f, 0.2f);
    std::bernoulli_distribution keep(keep_p);
    for (int lv = 0; lv < levels; ++lv) {
        TernaryLevel level;
        level.t.resize(std::size_t(c) * k);
        for (auto& t : level.t) t = std::int8_t(tern(rng));
        level.alpha.resize(std::size_t(l.blocks()) * k);
        for (auto& a : level.alpha) a = pos(rng) / float(lv + 1);
        l.levels.push_back(std::move(level));
    }
    for (int i = 0; i < (levels - 1) * l.blocks(); ++i) {
        l.keep.push_back(keep(rng) ? 1 : 0);
        l.residual_gain.push_back(1.0f);
    }
    return l;
}

// Largest absolute difference relative to the largest reference magnitude.
inline double relative_error(const std::vector<float>& got, const std::vector<float>& want)
{
    double worst = 0, norm = 1e-12;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (!std::isfinite(got[i])) return INFINITY;
        worst = std::max(worst, double(std::fabs(got[i] - want[i])));
        norm = std::max(norm, double(std::fabs(want[i])));
    }
    return worst / norm;
}

inline std::vector<float> run_kernel(const LayerKernel& kernel, const std::vector<float>& x, int rows)
{
    std::vector<float> y(std::size_t(rows) * kernel.outputs(), NAN);
    kernel.run(x.data(), rows, y.data());
    return y;
}

inline std::vector<float> run_reference(const QuantizedLayer& l, const std::vector<float>& x, int rows)
{
    std::vector<float> y(std::size_t(rows) * l.outputs, NAN);
    reference_layer_forward(l, x.data(), rows, y.data());
    return y;
}

}  // namespace qgemm_test
