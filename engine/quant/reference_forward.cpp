// Reference arithmetic per precision: fp32 and bf16 (weights and activations rounded to bf16) accumulate in fp32;
// int8 accumulates integer products exactly and rescales by input_scale * weight_scale[k]; ternary accumulates
// q * t per kept block and level and multiplies once by alpha there, then once by input_scale.
#include "engine/quant/reference_forward.h"

#include "engine/core/error.h"

#include <vector>

namespace tern::quant::reference {

namespace {

void fp32_rows(const QuantizedLayer& l, const Matrix& x, Matrix& y, bool bf16)
{
    std::vector<float> w(std::size_t(l.inputs) * l.outputs);
    for (std::size_t i = 0; i < w.size(); ++i)
        w[i] = bf16 ? kernels::from_bf16(l.weights_bf16[i]) : l.weights_f32[i];
    for (std::size_t r = 0; r < x.rows(); ++r) {
        float* out = y.row(r).data();
        for (int c = 0; c < l.inputs; ++c) {
            const float v = bf16 ? kernels::from_bf16(kernels::to_bf16(x(r, c))) : x(r, c);
            const float* wr = w.data() + std::size_t(c) * l.outputs;
            for (int k = 0; k < l.outputs; ++k)
                out[k] += v * wr[k];
        }
    }
}

std::vector<int> codes(const QuantizedLayer& l, std::span<const float> row)
{
    std::vector<int> q(row.size());
    const float inv = 1.0f / l.input_scale;
    for (std::size_t c = 0; c < row.size(); ++c)
        q[c] = quantize_activation(row[c], inv, l.input_unsigned);
    return q;
}

void int8_rows(const QuantizedLayer& l, const Matrix& x, Matrix& y)
{
    std::vector<std::int32_t> acc(l.outputs);
    for (std::size_t r = 0; r < x.rows(); ++r) {
        const auto q = codes(l, x.row(r));
        std::fill(acc.begin(), acc.end(), 0);
        for (int c = 0; c < l.inputs; ++c) {
            const std::int8_t* wr = l.weights_i8.data() + std::size_t(c) * l.outputs;
            for (int k = 0; k < l.outputs; ++k)
                acc[k] += q[c] * wr[k];
        }
        for (int k = 0; k < l.outputs; ++k)
            y(r, k) = float(acc[k]) * l.input_scale * l.weight_scale[k];
    }
}

void ternary_rows(const QuantizedLayer& l, const Matrix& x, Matrix& y)
{
    const int blocks = l.blocks();
    std::vector<std::int32_t> acc(l.outputs);
    std::vector<float> sum(l.outputs);
    for (std::size_t r = 0; r < x.rows(); ++r) {
        const auto q = codes(l, x.row(r));
        std::fill(sum.begin(), sum.end(), 0.0f);
        for (std::size_t lv = 0; lv < l.levels.size(); ++lv)
            for (int b = 0; b < blocks; ++b) {
                if (lv > 0 && !l.keep[(lv - 1) * blocks + b])
                    continue;
                std::fill(acc.begin(), acc.end(), 0);
                const int end = std::min(l.inputs, (b + 1) * l.block);
                for (int c = b * l.block; c < end; ++c) {
                    const std::int8_t* t = l.levels[lv].t.data() + std::size_t(c) * l.outputs;
                    for (int k = 0; k < l.outputs; ++k)
                        acc[k] += t[k] * q[c]; // additions and subtractions
                }
                const float* alpha = l.levels[lv].alpha.data() + std::size_t(b) * l.outputs;
                for (int k = 0; k < l.outputs; ++k)
                    sum[k] += alpha[k] * float(acc[k]);
            }
        for (int k = 0; k < l.outputs; ++k)
            y(r, k) = sum[k] * l.input_scale;
    }
}

} // namespace

void finish_layer(const QuantizedLayer& l, Matrix& y)
{
    for (std::size_t r = 0; r < y.rows(); ++r) {
        auto row = y.row(r);
        for (int k = 0; k < l.outputs; ++k)
            row[k] = kernels::activate(l.act, row[k] + l.bias[k]);
        if (!l.norm)
            continue;
        double s = 0, ss = 0;
        for (float v : row)
            s += v;
        const double mean = s / l.outputs;
        for (float v : row)
            ss += (v - mean) * (v - mean);
        const double inv = 1.0 / std::sqrt(ss / l.outputs + l.norm->eps);
        for (int k = 0; k < l.outputs; ++k)
            row[k] = float(l.norm->gamma[k] * ((row[k] - mean) * inv) + l.norm->beta[k]);
    }
}

Matrix layer_forward(const QuantizedLayer& layer, const Matrix& x)
{
    if (int(x.cols()) != layer.inputs)
        throw InputError("quantised layer: expected " + std::to_string(layer.inputs) + " inputs, got " +
                         std::to_string(x.cols()));
    Matrix y(x.rows(), std::size_t(layer.outputs));
    switch (layer.precision) {
    case Precision::fp32: fp32_rows(layer, x, y, false); break;
    case Precision::bf16: fp32_rows(layer, x, y, true); break;
    case Precision::int8: int8_rows(layer, x, y); break;
    case Precision::ternary: ternary_rows(layer, x, y); break;
    }
    finish_layer(layer, y);
    return y;
}

} // namespace tern::quant::reference
