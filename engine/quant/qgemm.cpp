// LayerKernel: validates the layer, picks the implementation for its precision and owns the shared prologue
// (activation quantisation) and epilogue (scale, bias, activation, layer norm) loops.
#include "engine/quant/qgemm.h"
#include "engine/core/error.h"
#include "engine/kernels/activation.h"
#include "engine/kernels/context.h"
#include "engine/kernels/team.h"
#include "engine/quant/qgemm_impl.h"

#include <algorithm>
#include <cmath>

namespace tern::quant {

#define TERN_QUANT_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))

std::string to_string(TernaryMethod m)
{
    switch (m) {
    case TernaryMethod::automatic: return "auto";
    case TernaryMethod::amx: return "amx";
    case TernaryMethod::vnni: return "vnni";
    case TernaryMethod::masks: return "masks";
    case TernaryMethod::portable: return "portable";
    }
    return "?";
}

TernaryMethod ternary_method_from_string(const std::string& s)
{
    for (auto m : {TernaryMethod::automatic, TernaryMethod::amx, TernaryMethod::vnni, TernaryMethod::masks,
                   TernaryMethod::portable})
        if (to_string(m) == s) return m;
    throw InputError("unknown ternary kernel '" + s + "' (expected auto, amx, vnni, masks or portable)");
}

bool ternary_method_available(TernaryMethod m)
{
    switch (m) {
    case TernaryMethod::amx:
        // amx_bf16 is set only when Linux granted the tile-data permission; every AMX-BF16 CPU has AMX-INT8.
        return kernels::detected_isa().amx_bf16 && __builtin_cpu_supports("amx-int8") &&
               ternary_method_available(TernaryMethod::vnni);
    case TernaryMethod::vnni:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512vnni");
    case TernaryMethod::masks: return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    default: return true;
    }
}

namespace {

void require(bool ok, const std::string& what)
{
    if (!ok) throw InputError("quantised layer: " + what);
}

void validate(const QuantizedLayer& l)
{
    require(l.inputs > 0 && l.outputs > 0, "inputs and outputs must be positive");
    const std::size_t ck = std::size_t(l.inputs) * l.outputs, k = l.outputs;
    require(l.bias.empty() || l.bias.size() == k, "bias has " + std::to_string(l.bias.size()) + " values, not K");
    if (l.norm) require(l.norm->gamma.size() == k && l.norm->beta.size() == k, "layer norm size is not K");
    switch (l.precision) {
    case Precision::fp32: require(l.weights_f32.size() == ck, "fp32 weights are not C x K"); break;
    case Precision::bf16: require(l.weights_bf16.size() == ck, "bf16 weights are not C x K"); break;
    case Precision::int8:
        require(l.weights_i8.size() == ck, "int8 weights are not C x K");
        require(l.weight_scale.size() == k, "int8 weight scales are not K");
        require(l.input_scale > 0 && std::isfinite(l.input_scale), "input scale must be positive");
        break;
    case Precision::ternary: {
        require(l.block > 0, "ternary block must be positive");
        require(!l.levels.empty(), "ternary layer has no levels");
        require(l.input_scale > 0 && std::isfinite(l.input_scale), "input scale must be positive");
        const std::size_t nb = std::size_t(l.blocks());
        for (const auto& level : l.levels) {
            require(level.t.size() == ck, "ternary level is not C x K");
            require(level.alpha.size() == nb * k, "ternary alphas are not blocks x K");
            for (auto t : level.t) require(t >= -1 && t <= 1, "ternary weight outside {-1, 0, 1}");
        }
        require(l.keep.size() == (l.levels.size() - 1) * nb, "keep flags are not (levels - 1) x blocks");
        break;
    }
    }
}

}  // namespace

LayerKernel::LayerKernel(const QuantizedLayer& layer, const KernelOptions& options)
{
    validate(layer);
    if (layer.precision == Precision::ternary) {
        TernaryMethod m = options.ternary;
        // vnni, not amx: on this project's 2-core AMX machine the AMX kernel is ~15 % faster per CPU second on one
        // thread but ~15-20 % slower in wall time with two threads under load (tests/bench/infer_precisions.sh);
        // the add/sub masks run at less than half the vnni speed.
        if (m == TernaryMethod::automatic)
            m = ternary_method_available(TernaryMethod::vnni) ? TernaryMethod::vnni : TernaryMethod::portable;
        if (!ternary_method_available(m))
            throw InputError("ternary kernel '" + to_string(m) + "' needs " +
                             (m == TernaryMethod::amx ? "AMX-INT8" : "AVX-512") + ", which this CPU does not have");
        if (m == TernaryMethod::amx && layer.block % 64 != 0) m = TernaryMethod::vnni;  // an AMX tile is 64 inputs
        m_impl = make_ternary_kernel(layer, m);
    } else {
        m_impl = with_small_path(layer, make_onednn_kernel(layer));
    }
    m_impl->m_precision = layer.precision;
}

LayerKernel::~LayerKernel() = default;
LayerKernel::LayerKernel(LayerKernel&&) noexcept = default;
LayerKernel& LayerKernel::operator=(LayerKernel&&) noexcept = default;

void LayerKernel::run(const float* x, int rows, float* y) const
{
    if (rows < 0) throw InputError("negative row count");
    if (rows == 0) return;
    m_impl->run(x, rows, y);
}

void LayerKernel::set_keep(const std::vector<std::uint8_t>& keep) { m_impl->set_keep(keep); }
int LayerKernel::inputs() const { return m_impl->m_layer_inputs; }
int LayerKernel::outputs() const { return m_impl->m_layer_outputs; }
Precision LayerKernel::precision() const { return m_impl->m_precision; }
std::string LayerKernel::path() const { return m_impl->path(); }

std::int32_t quantize_activation(float x, float inv_scale, bool is_unsigned)
{
    const float lo = is_unsigned ? 0.0f : -127.0f, hi = is_unsigned ? 255.0f : 127.0f;
    float v = x * inv_scale;
    v = v == v ? v : 0.0f;  // NaN -> 0, as reference_forward.h
    v = v > lo ? v : lo;
    v = v < hi ? v : hi;
    return static_cast<std::int32_t>(std::nearbyint(v));
}

// 1.5 * 2^23: adding and subtracting it rounds a float of magnitude < 2^22 to the nearest integer, ties to even
// (the default rounding mode), exactly as nearbyint does, but in a loop the compiler vectorises.
static constexpr float round_magic = 12582912.0f;

TERN_QUANT_CLONES
void quantize_row_u8(const float* x, std::uint8_t* q, int n, float inv_scale, bool is_unsigned, int offset)
{
    const float lo = is_unsigned ? 0.0f : -127.0f, hi = is_unsigned ? 255.0f : 127.0f;
    const float off = float(offset);
    for (int i = 0; i < n; ++i) {
        float v = x[i] * inv_scale;
        v = v == v ? v : 0.0f;
        v = v > lo ? v : lo;
        v = v < hi ? v : hi;
        v = (v + round_magic) - round_magic;
        q[i] = static_cast<std::uint8_t>(static_cast<std::int32_t>(v + off));
    }
}

TERN_QUANT_CLONES
void quantize_row_i16(const float* x, std::int16_t* q, int n, float inv_scale, bool is_unsigned)
{
    const float lo = is_unsigned ? 0.0f : -127.0f, hi = is_unsigned ? 255.0f : 127.0f;
    for (int i = 0; i < n; ++i) {
        float v = x[i] * inv_scale;
        v = v == v ? v : 0.0f;
        v = v > lo ? v : lo;
        v = v < hi ? v : hi;
        v = (v + round_magic) - round_magic;
        q[i] = static_cast<std::int16_t>(static_cast<std::int32_t>(v));
    }
}

namespace {

void layer_norm(const LayerNorm& n, float* row, int k)
{
    double mean = 0;
    for (int j = 0; j < k; ++j) mean += row[j];
    mean /= k;
    double var = 0;
    for (int j = 0; j < k; ++j) var += (row[j] - mean) * (row[j] - mean);
    var /= k;
    const float m = float(mean), inv = float(1.0 / std::sqrt(var + n.eps));
    for (int j = 0; j < k; ++j) row[j] = n.gamma[j] * (row[j] - m) * inv + n.beta[j];
}

TERN_QUANT_CLONES
void scale_row(const float* acc, const float* scale, float scale_all, float* y, int k)
{
    if (scale)
        for (int j = 0; j < k; ++j) y[j] = acc[j] * (scale[j] * scale_all);
    else
        for (int j = 0; j < k; ++j) y[j] = acc[j] * scale_all;
}

}  // namespace

void finish_row(const QuantizedLayer& layer, float* row, bool add_bias)
{
    const float* bias = add_bias && !layer.bias.empty() ? layer.bias.data() : nullptr;
    kernels::bias_activation(layer.act, row, bias, row, nullptr, nullptr, 1, layer.outputs, layer.outputs);
    if (layer.norm) layer_norm(*layer.norm, row, layer.outputs);
}

void run_epilogue(const Epilogue& e, const float* acc, long lda, float* y, int rows)
{
    const QuantizedLayer& l = *e.layer;
    const int k = l.outputs;
    const bool scaled = e.scale || e.scale_all != 1.0f;
    const bool act = e.apply_act && l.act != kernels::Activation::none;
    const bool bias = e.add_bias && !l.bias.empty();
    if (!scaled && !act && !bias && !l.norm && acc == y && lda == k) return;
    kernels::for_rows(rows, long(rows) * k > (1L << 22), [&](int r) {  // see onednn_gemm.cpp
        float* yr = y + long(r) * k;
        const float* ar = acc + long(r) * lda;
        if (scaled) scale_row(ar, e.scale, e.scale_all, yr, k);
        else if (ar != yr) std::copy(ar, ar + k, yr);
        if (act || bias)
            kernels::bias_activation(e.apply_act ? l.act : kernels::Activation::none, yr,
                                     bias ? l.bias.data() : nullptr, yr, nullptr, nullptr, 1, k, k);
        if (l.norm) layer_norm(*l.norm, yr, k);
    });
}

}  // namespace tern::quant
