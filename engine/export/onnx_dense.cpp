// Dense stacks (fp32 mlp/linear, engine/quant/dense_stack.h) and quantised networks (engine/quant/quantize.h) as
// ONNX: MatMul + Add + activation (+ layer norm) per layer, the weights in their deployed precision:
// - bf16: bfloat16 weights Cast to float; activations rounded to bfloat16 and back (Cast), fp32 accumulation;
// - int8: QDQ. Activations are quantised exactly as Tern does (round(x * (1 / input_scale)) clamped to [0, 255] or
//   [-127, 127], no zero-point), i.e. QuantizeLinear with scale 1 after the Mul and a Clip, then DequantizeLinear by
//   input_scale; int8 weights DequantizeLinear per output channel (axis 1);
// - ternary: per level, the trits t [C][K] (padded to whole blocks) packed five to a byte, unpacked to
//   [blocks, block, K], times alpha [blocks, 1, K] (zero for residual blocks not kept), summed over levels and
//   sliced back to C rows; activations as int8.
#include "engine/core/error.h"
#include "engine/export/onnx_parts.h"
#include "engine/quant/quantize.h"

#include <cmath>
#include <span>
#include <fmt/format.h>

namespace tern::exporting {

namespace {

using quant::Precision;

std::string activation(GraphBuilder& g, kernels::Activation act, const std::string& z)
{
    switch (act) {
    case kernels::Activation::none: return z;
    case kernels::Activation::relu: return g.op("Relu", {z});
    case kernels::Activation::tanh: return g.op("Tanh", {z});
    case kernels::Activation::sigmoid: return g.op("Sigmoid", {z});
    case kernels::Activation::gelu: {
        // The tanh approximation (engine/kernels/activation.cpp): 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3))).
        const std::string z3 = g.op("Mul", {g.op("Mul", {z, z}), z});
        const std::string inner =
            g.op("Mul", {g.op("Add", {z, g.op("Mul", {z3, g.scalar(0.044715f)})}), g.scalar(0.7978845608028654f)});
        const std::string t = g.op("Tanh", {inner});
        return g.op("Mul", {g.op("Mul", {z, g.scalar(0.5f)}), g.op("Add", {t, g.scalar(1.0f)})});
    }
    }
    throw InputError("unknown activation in a dense layer");
}

std::string layer_norm(GraphBuilder& g, const quant::LayerNorm& norm, const std::string& y)
{
    const auto K = std::int64_t(norm.gamma.size());
    const std::vector<std::int64_t> axes{1};
    const std::string mean = g.op("ReduceMean", {y}, {Attr::of("axes", axes), Attr::of("keepdims", 1)});
    const std::string d = g.op("Sub", {y, mean});
    const std::string var =
        g.op("ReduceMean", {g.op("Mul", {d, d})}, {Attr::of("axes", axes), Attr::of("keepdims", 1)});
    const std::string inv = g.op("Reciprocal", {g.op("Sqrt", {g.op("Add", {var, g.scalar(norm.eps)})})});
    const std::string scaled = g.op("Mul", {g.op("Mul", {d, inv}), g.floats("ln_gamma", {1, K}, norm.gamma)});
    return g.op("Add", {scaled, g.floats("ln_beta", {1, K}, norm.beta)});
}

// MatMul with float weights [C][K], bias, activation, optional layer norm.
std::string finish(GraphBuilder& g, const std::string& x, const std::string& w, const std::vector<float>& bias,
                   kernels::Activation act, const std::optional<quant::LayerNorm>& norm)
{
    const auto K = std::int64_t(bias.size());
    const std::string z = g.op("Add", {g.op("MatMul", {x, w}), g.floats("bias", {1, K}, bias)});
    const std::string y = activation(g, act, z);
    return norm ? layer_norm(g, *norm, y) : y;
}

std::string quantized_activations(GraphBuilder& g, const quant::QuantizedLayer& l, const std::string& x)
{
    if (!(l.input_scale > 0.0f) || !std::isfinite(l.input_scale))
        throw InputError("quantised layer: the activation scale is not a positive number");
    const float inv = 1.0f / l.input_scale;
    const std::string scaled = g.op("Mul", {x, g.scalar(inv)});
    const std::string clipped = l.input_unsigned ? scaled : g.op("Clip", {scaled, g.scalar(-127.0f), g.scalar(127.0f)});
    const std::string one = g.scalar(1.0f);
    std::string zero;
    if (l.input_unsigned) {
        const std::uint8_t z = 0;
        zero = g.uint8s("zp", {}, std::span(&z, 1));
    } else {
        const std::int8_t z = 0;
        zero = g.int8s("zp", {}, std::span(&z, 1));
    }
    const std::string q = g.op("QuantizeLinear", {clipped, one, zero});
    return g.op("DequantizeLinear", {q, g.scalar(l.input_scale), zero});
}

std::string int8_weights(GraphBuilder& g, const quant::QuantizedLayer& l)
{
    const auto C = std::int64_t(l.inputs), K = std::int64_t(l.outputs);
    if (l.weights_i8.size() != std::size_t(C * K) || l.weight_scale.size() != std::size_t(K))
        throw InputError("int8 layer: weights do not match its shape");
    const std::vector<std::int8_t> zeros(std::size_t(K), 0);
    return g.op(
        "DequantizeLinear",
        {g.int8s("w_i8", {C, K}, l.weights_i8), g.floats("w_scale", {K}, l.weight_scale), g.int8s("w_zp", {K}, zeros)},
        {Attr::of("axis", 1)});
}

// Five trits per byte, as base-3 digits of t + 1 (3^5 = 243 fits a byte): 1.6 bits per weight in the file instead
// of the 8 of an int8 tensor, so a ternary model is no longer larger than its int8 export. The graph unpacks them
// by a Gather from one shared [243][5] table; every input of that is constant, so ONNX Runtime folds the unpacking
// into the weight tensor when it creates the session and inference pays nothing for it.
constexpr std::int64_t trits_per_byte = 5, packed_values = 243;

std::vector<std::uint8_t> pack_trits(std::span<const std::int8_t> t)
{
    std::vector<std::uint8_t> packed((t.size() + trits_per_byte - 1) / trits_per_byte, 0);
    for (std::size_t i = t.size(); i-- > 0;)
        packed[i / trits_per_byte] = std::uint8_t(packed[i / trits_per_byte] * 3 + (t[i] + 1));
    return packed;
}

std::string first_rows(GraphBuilder& g, const std::string& x, std::int64_t rows)
{
    const std::vector<std::int64_t> starts{0}, ends{rows}, axes{0};
    return g.op("Slice", {x, g.int64s("starts", {1}, starts), g.int64s("ends", {1}, ends), g.int64s("axes", {1}, axes)});
}

std::string unpacked_trits(GraphBuilder& g, std::span<const std::int8_t> t, const GraphBuilder::Dims& dims)
{
    const std::string table = g.shared("trits", [&] {
        std::vector<float> digits(std::size_t(packed_values * trits_per_byte));
        for (std::int64_t v = 0; v < packed_values; ++v)
            for (std::int64_t d = 0, rest = v; d < trits_per_byte; ++d, rest /= 3)
                digits[std::size_t(v * trits_per_byte + d)] = float(rest % 3) - 1.0f;
        return g.floats("trits", {packed_values, trits_per_byte}, digits);
    });
    const std::vector<std::uint8_t> packed = pack_trits(t);
    const auto bytes = std::int64_t(packed.size());
    const std::string index = g.op("Cast", {g.uint8s("ternary_packed", {bytes}, packed)},
                                   {Attr::of("to", int(onnx::TensorProto::INT32))});
    const std::string digits = g.op("Reshape", {g.op("Gather", {table, index}), g.shape({bytes * trits_per_byte})});
    return g.op("Reshape", {first_rows(g, digits, std::int64_t(t.size())), g.shape(dims)});
}

std::string ternary_weights(GraphBuilder& g, const quant::QuantizedLayer& l)
{
    const auto C = std::int64_t(l.inputs), K = std::int64_t(l.outputs);
    const std::int64_t B = l.blocks(), block = l.block;
    if (l.levels.empty() || l.keep.size() != (l.levels.size() - 1) * std::size_t(B))
        throw InputError("ternary layer: levels do not match its shape");
    std::string sum;
    for (std::size_t lv = 0; lv < l.levels.size(); ++lv) {
        const quant::TernaryLevel& level = l.levels[lv];
        if (level.t.size() != std::size_t(C * K) || level.alpha.size() != std::size_t(B * K))
            throw InputError("ternary layer: a level does not match its shape");
        std::vector<std::int8_t> t(std::size_t(B * block * K), 0); // padded to whole blocks
        std::copy(level.t.begin(), level.t.end(), t.begin());
        std::vector<float> alpha = level.alpha;
        if (lv > 0)
            for (std::int64_t b = 0; b < B; ++b)
                if (!l.keep[(lv - 1) * std::size_t(B) + std::size_t(b)])
                    std::fill_n(alpha.begin() + b * K, K, 0.0f);
        const std::string part = g.op("Mul", {unpacked_trits(g, t, {B, block, K}), g.floats("alpha", {B, 1, K}, alpha)});
        sum = sum.empty() ? part : g.op("Add", {sum, part});
    }
    return first_rows(g, g.op("Reshape", {sum, g.shape({B * block, K})}), C);
}

std::string quantized_layer(GraphBuilder& g, const quant::QuantizedLayer& l, const std::string& x)
{
    const auto C = std::int64_t(l.inputs), K = std::int64_t(l.outputs);
    if (l.bias.size() != std::size_t(K))
        throw InputError("quantised layer: bias does not match its shape");
    switch (l.precision) {
    case Precision::fp32:
        if (l.weights_f32.size() != std::size_t(C * K))
            throw InputError("fp32 layer: weights do not match its shape");
        return finish(g, x, g.floats("w", {C, K}, l.weights_f32), l.bias, l.act, l.norm);
    case Precision::bf16: {
        if (l.weights_bf16.size() != std::size_t(C * K))
            throw InputError("bf16 layer: weights do not match its shape");
        const std::string w =
            g.op("Cast", {g.bf16s("w_bf16", {C, K}, l.weights_bf16)}, {Attr::of("to", int(onnx::TensorProto::FLOAT))});
        const std::string xb = g.op("Cast", {g.op("Cast", {x}, {Attr::of("to", int(onnx::TensorProto::BFLOAT16))})},
                                    {Attr::of("to", int(onnx::TensorProto::FLOAT))});
        return finish(g, xb, w, l.bias, l.act, l.norm);
    }
    case Precision::int8: return finish(g, quantized_activations(g, l, x), int8_weights(g, l), l.bias, l.act, l.norm);
    case Precision::ternary:
        return finish(g, quantized_activations(g, l, x), ternary_weights(g, l), l.bias, l.act, l.norm);
    }
    throw InputError("unknown precision in a quantised layer");
}

ModelOutput head(GraphBuilder& g, quant::OutputKind kind, float scale, float offset, const std::string& out)
{
    switch (kind) {
    case quant::OutputKind::softmax: return {probabilities_from_logits(g, out, false)};
    case quant::OutputKind::sigmoid: return {probabilities_from_logits(g, out, true)};
    case quant::OutputKind::identity: return {g.op("Add", {g.op("Mul", {out, g.scalar(scale)}), g.scalar(offset)})};
    }
    throw InputError("unknown output kind of a dense model");
}

} // namespace

std::string probabilities_from_logits(GraphBuilder& g, const std::string& logits, bool sigmoid)
{
    if (!sigmoid)
        return g.op("Softmax", {logits}, {Attr::of("axis", 1)});
    const std::string p1 = g.op("Sigmoid", {logits});
    return g.op("Concat", {g.op("Sub", {g.scalar(1.0f), p1}), p1}, {Attr::of("axis", 1)});
}

ModelOutput dense_stack_graph(GraphBuilder& g, const quant::DenseStack& stack, const std::string& features)
{
    std::string x = features;
    for (const quant::DenseStage& s : stack.layers) {
        if (s.weights.size() != std::size_t(s.inputs) * std::size_t(s.outputs) ||
            s.bias.size() != std::size_t(s.outputs))
            throw InputError("dense layer: weights do not match its shape");
        x = finish(g, x, g.floats("w", {s.inputs, s.outputs}, s.weights), s.bias, s.act, s.norm);
    }
    return head(g, stack.output, stack.target_scale, stack.target_offset, x);
}

ModelOutput quantized_graph(GraphBuilder& g, const quant::QuantizedNetwork& network, const std::string& features)
{
    std::string x = features;
    for (const quant::QuantizedLayer& l : network.layers)
        x = quantized_layer(g, l, x);
    return head(g, network.output, network.target_scale, network.target_offset, x);
}

} // namespace tern::exporting
