// The plain-loop definition of each precision's layer forward, which the optimised kernels are tested against.
// It follows the kernels' arithmetic order where it matters for exactness: integer sums per input block, then one
// fp32 multiply by alpha per block, then the input scale, bias, activation and layer norm.
#include "engine/core/error.h"
#include "engine/quant/qgemm.h"

#include <vector>

namespace tern::quant {

namespace {

void forward_float(const QuantizedLayer& l, const float* x, int rows, float* y)
{
    const int c = l.inputs, k = l.outputs;
    const bool bf = l.precision == Precision::bf16;
    std::vector<double> acc(k);
    for (int r = 0; r < rows; ++r) {
        std::fill(acc.begin(), acc.end(), 0.0);
        for (int i = 0; i < c; ++i) {
            float xv = x[long(r) * c + i];
            if (bf) xv = kernels::from_bf16(kernels::to_bf16(xv));
            for (int j = 0; j < k; ++j) {
                const long at = long(i) * k + j;
                const float w = bf ? kernels::from_bf16(l.weights_bf16[at]) : l.weights_f32[at];
                acc[j] += double(xv) * w;
            }
        }
        float* yr = y + long(r) * k;
        for (int j = 0; j < k; ++j) yr[j] = float(acc[j]);
        finish_row(l, yr, true);
    }
}

void forward_int8(const QuantizedLayer& l, const float* x, int rows, float* y)
{
    const int c = l.inputs, k = l.outputs;
    const float inv = 1.0f / l.input_scale;
    std::vector<std::int64_t> acc(k);
    for (int r = 0; r < rows; ++r) {
        std::fill(acc.begin(), acc.end(), 0);
        for (int i = 0; i < c; ++i) {
            const std::int32_t q = quantize_activation(x[long(r) * c + i], inv, l.input_unsigned);
            for (int j = 0; j < k; ++j) acc[j] += q * std::int32_t(l.weights_i8[long(i) * k + j]);
        }
        float* yr = y + long(r) * k;
        for (int j = 0; j < k; ++j) yr[j] = float(acc[j]) * (l.weight_scale[j] * l.input_scale);
        finish_row(l, yr, true);
    }
}

void forward_ternary(const QuantizedLayer& l, const float* x, int rows, float* y)
{
    const int c = l.inputs, k = l.outputs, nb = l.blocks();
    const float inv = 1.0f / l.input_scale;
    std::vector<std::int32_t> q(c);
    std::vector<std::int64_t> acc(k);
    std::vector<float> sum(k);
    for (int r = 0; r < rows; ++r) {
        for (int i = 0; i < c; ++i) q[i] = quantize_activation(x[long(r) * c + i], inv, l.input_unsigned);
        std::fill(sum.begin(), sum.end(), 0.0f);
        for (int b = 0; b < nb; ++b) {
            for (std::size_t lv = 0; lv < l.levels.size(); ++lv) {
                if (lv > 0 && !l.keep[(lv - 1) * nb + b]) continue;
                const TernaryLevel& level = l.levels[lv];
                std::fill(acc.begin(), acc.end(), 0);
                for (int i = b * l.block; i < std::min(c, (b + 1) * l.block); ++i)
                    for (int j = 0; j < k; ++j) acc[j] += q[i] * std::int32_t(level.t[long(i) * k + j]);
                for (int j = 0; j < k; ++j) sum[j] += float(acc[j]) * level.alpha[long(b) * k + j];
            }
        }
        float* yr = y + long(r) * k;
        for (int j = 0; j < k; ++j) yr[j] = sum[j] * l.input_scale;
        finish_row(l, yr, true);
    }
}

}  // namespace

void reference_layer_forward(const QuantizedLayer& layer, const float* x, int rows, float* y)
{
    switch (layer.precision) {
    case Precision::fp32:
    case Precision::bf16: forward_float(layer, x, rows, y); return;
    case Precision::int8: forward_int8(layer, x, rows, y); return;
    case Precision::ternary: forward_ternary(layer, x, rows, y); return;
    }
    throw InputError("unknown precision");
}

}  // namespace tern::quant
