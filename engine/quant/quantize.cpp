// quantize(): the float stack's layers become QuantizedLayers of the chosen precision. Activation scales come from
// running the float layers on (a sample of) the calibration rows, so every layer is calibrated on the activations
// the float model produces. Weights: bf16 rounds to nearest even; int8 is symmetric per output channel
// (scale = max |w| / 127); ternary fits alpha * t per block and output channel, level after level on the residual.
#include "engine/quant/quantize.h"

#include "engine/core/error.h"
#include "engine/quant/calibration.h"
#include "engine/quant/reference_forward.h"
#include "engine/quant/ternary.h"

#include <cmath>
#include <fmt/format.h>

namespace tern::quant {

namespace {

void check(const DenseStack& stack, const Matrix& calibration, const QuantOptions& o)
{
    if (stack.layers.empty())
        throw InputError("quantise: the model has no layers");
    for (std::size_t i = 0; i < stack.layers.size(); ++i) {
        const auto& s = stack.layers[i];
        if (s.inputs <= 0 || s.outputs <= 0 || s.weights.size() != std::size_t(s.inputs) * s.outputs ||
            s.bias.size() != std::size_t(s.outputs) || (i > 0 && stack.layers[i - 1].outputs != s.inputs))
            throw InputError(fmt::format("quantise: layer {} has inconsistent sizes", i));
    }
    const bool needs_rows = o.precision == Precision::int8 || o.precision == Precision::ternary;
    if (needs_rows && calibration.rows() == 0)
        throw InputError("quantise: int8 and ternary need calibration rows");
    if (calibration.rows() > 0 && int(calibration.cols()) != stack.inputs())
        throw InputError(fmt::format("quantise: calibration rows have {} columns, the model takes {}",
                                     calibration.cols(), stack.inputs()));
    if (o.ternary_block < 1 || o.ternary_block > 65536)
        throw InputError("quantise: ternary block must be 1..65536");
    if (o.ternary_levels < 1 || o.ternary_levels > 8)
        throw InputError("quantise: ternary levels must be 1..8");
    if (!(o.percentile > 0 && o.percentile <= 100))
        throw InputError("quantise: percentile must be in (0, 100]");
    if (!(o.residual_fraction >= 0 && o.residual_fraction <= 1))
        throw InputError("quantise: residual fraction must be in [0, 1]");
}

QuantizedLayer float_layer(const DenseStage& s)
{
    QuantizedLayer l;
    l.precision = Precision::fp32;
    l.inputs = s.inputs, l.outputs = s.outputs;
    l.act = s.act;
    l.norm = s.norm;
    l.bias = s.bias;
    l.weights_f32 = s.weights;
    return l;
}

void to_int8(QuantizedLayer& l)
{
    const int C = l.inputs, K = l.outputs;
    l.weight_scale.assign(K, 0.0f);
    for (int c = 0; c < C; ++c)
        for (int k = 0; k < K; ++k)
            l.weight_scale[k] = std::max(l.weight_scale[k], std::fabs(l.weights_f32[std::size_t(c) * K + k]));
    for (float& s : l.weight_scale)
        s = s > 0 ? s / 127.0f : 1.0f;
    l.weights_i8.resize(l.weights_f32.size());
    for (int c = 0; c < C; ++c)
        for (int k = 0; k < K; ++k) {
            const float q = std::nearbyint(l.weights_f32[std::size_t(c) * K + k] / l.weight_scale[k]);
            l.weights_i8[std::size_t(c) * K + k] = std::int8_t(std::clamp(q, -127.0f, 127.0f));
        }
}

void to_ternary(QuantizedLayer& l, int block, int levels)
{
    const int C = l.inputs, K = l.outputs;
    l.block = std::min(block, C);
    const int blocks = l.blocks();
    std::vector<float> residual = l.weights_f32;
    l.levels.assign(levels, {});
    l.residual_gain.assign(std::size_t(levels - 1) * blocks, 0.0f);
    std::vector<float> column(l.block);
    std::vector<std::int8_t> t(l.block);
    for (int lv = 0; lv < levels; ++lv) {
        auto& level = l.levels[lv];
        level.t.assign(std::size_t(C) * K, 0);
        level.alpha.assign(std::size_t(blocks) * K, 0.0f);
        for (int b = 0; b < blocks; ++b) {
            const int c0 = b * l.block, n = std::min(C, c0 + l.block) - c0;
            double removed = 0;
            for (int k = 0; k < K; ++k) {
                for (int i = 0; i < n; ++i)
                    column[i] = residual[std::size_t(c0 + i) * K + k];
                const auto fit = fit_ternary(std::span<const float>(column.data(), n), std::span(t.data(), n));
                // alpha is kept at bf16 precision (how the package stores it); the residual and the gain follow
                // the rounded value: ||r||^2 - ||r - a t||^2 = 2 a S - a^2 k with S = sum |r| over the support.
                const float a = kernels::from_bf16(kernels::to_bf16(fit.alpha));
                const double S = double(fit.alpha) * fit.support;
                level.alpha[std::size_t(b) * K + k] = a;
                for (int i = 0; i < n; ++i) {
                    level.t[std::size_t(c0 + i) * K + k] = t[i];
                    residual[std::size_t(c0 + i) * K + k] -= a * float(t[i]);
                }
                removed += 2.0 * a * S - double(a) * a * fit.support;
            }
            if (lv > 0)
                l.residual_gain[std::size_t(lv - 1) * blocks + b] = float(removed);
        }
    }
    l.keep.assign(l.residual_gain.size(), 1);
}

bool never_negative(const QuantizedLayer& previous)
{
    return !previous.norm &&
           (previous.act == kernels::Activation::relu || previous.act == kernels::Activation::sigmoid);
}

} // namespace

QuantizedNetwork quantize(const DenseStack& stack, const Matrix& calibration_rows, const QuantOptions& options)
{
    check(stack, calibration_rows, options);
    QuantizedNetwork net;
    net.task = stack.task;
    net.n_classes = stack.n_classes;
    net.output = stack.output;
    net.target_scale = stack.target_scale, net.target_offset = stack.target_offset;

    const bool eight_bit = options.precision == Precision::int8 || options.precision == Precision::ternary;
    Matrix x = eight_bit ? calibration_sample(calibration_rows) : Matrix();
    for (std::size_t i = 0; i < stack.layers.size(); ++i) {
        QuantizedLayer fl = float_layer(stack.layers[i]);
        QuantizedLayer l = fl;
        l.precision = options.precision;
        if (eight_bit) {
            const auto cal = calibrate_input(x, i > 0 && never_negative(net.layers.back()), i == 0, options);
            l.input_scale = cal.scale, l.input_unsigned = cal.is_unsigned;
            if (i + 1 < stack.layers.size())
                x = reference::layer_forward(fl, x);
        }
        switch (options.precision) {
        case Precision::fp32: break;
        case Precision::bf16:
            l.weights_bf16.resize(l.weights_f32.size());
            for (std::size_t e = 0; e < l.weights_f32.size(); ++e)
                l.weights_bf16[e] = kernels::to_bf16(l.weights_f32[e]);
            break;
        case Precision::int8: to_int8(l); break;
        case Precision::ternary: to_ternary(l, options.ternary_block, options.ternary_levels); break;
        }
        if (options.precision != Precision::fp32)
            l.weights_f32.clear(); // the quantised copy alone is the model
        net.layers.push_back(std::move(l));
    }
    net.set_residual_fraction(options.residual_fraction);
    return net;
}

} // namespace tern::quant
