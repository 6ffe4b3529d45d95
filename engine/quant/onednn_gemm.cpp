// fp32, bf16 and int8 layers on oneDNN 2.6 matmul. Weights are reordered once into the layout the primitive prefers
// (format_tag::any), primitives are created per row count on first use and cached. int8 runs u8 (after ReLU) or s8
// sources x s8 weights with per-output-channel output scales and no zero-point (oneDNN's VNNI path; a runtime
// zero-point falls to a slow reference gemm). oneDNN 2.6 adds the bias before the output scales, so the bias is
// passed pre-divided by each channel's scale.
#include "engine/core/error.h"
#include "engine/kernels/onednn_engine.h"
#include "engine/kernels/team.h"
#include "engine/quant/qgemm_impl.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <cmath>
#include <map>
#include <mutex>

namespace tern::quant {

namespace {

using dnnl::memory;
using tag = memory::format_tag;
using dt = memory::data_type;

// Activations oneDNN applies as a post-op; Tern's GELU is the tanh approximation, as is eltwise_gelu_tanh.
bool fusable(kernels::Activation a) { return a != kernels::Activation::none; }

dnnl::algorithm eltwise(kernels::Activation a)
{
    switch (a) {
    case kernels::Activation::relu: return dnnl::algorithm::eltwise_relu;
    case kernels::Activation::tanh: return dnnl::algorithm::eltwise_tanh;
    case kernels::Activation::gelu: return dnnl::algorithm::eltwise_gelu_tanh;
    default: return dnnl::algorithm::eltwise_logistic;
    }
}

struct Cached {
    dnnl::matmul::primitive_desc pd;
    dnnl::matmul prim;
    std::shared_ptr<memory> weights;  // in pd's weights layout
};

class OnednnKernel final : public LayerKernel::Impl {
public:
    explicit OnednnKernel(const QuantizedLayer& l) : Impl(l), m_layer(l)
    {
        m_layer.levels.clear(), m_layer.residual_gain.clear();  // ternary state some quantisers fill for every layer
        const int k = l.outputs;
        switch (l.precision) {
        case Precision::fp32: m_src = m_wei = dt::f32; break;
        case Precision::bf16: m_src = m_wei = dt::bf16; break;
        default:
            m_src = l.input_unsigned ? dt::u8 : dt::s8;
            m_wei = dt::s8;
            m_inv_scale = 1.0f / l.input_scale;
            m_scales.resize(k);
            for (int j = 0; j < k; ++j) {
                const float s = l.input_scale * l.weight_scale[j];
                m_scales[j] = s > 0 && std::isfinite(s) ? s : 1.0f;  // a zero column: any scale gives bias alone
            }
        }
        m_bias.assign(k, 0.0f);
        for (int j = 0; j < k && !l.bias.empty(); ++j)
            m_bias[j] = m_scales.empty() ? l.bias[j] : l.bias[j] / m_scales[j];
        // Layer norm runs after the activation, in fp32, so the activation stays fused either way.
        get(1);  // creates the weights once and fails early if oneDNN rejects the layer
    }

    std::string path() const override
    {
        const Cached& c = *get(256);
        std::string what = to_string(m_layer.precision);
        if (m_layer.precision == Precision::int8) what += m_layer.input_unsigned ? " u8s8" : " s8s8";
        return "onednn matmul " + what + " (" + c.pd.impl_info_str() + ")";
    }

    void run(const float* x, int rows, float* y) const override
    {
        const std::shared_ptr<const Cached> held = get(rows);
        const Cached& c = *held;
        const int ci = m_layer.inputs;
        const long n = long(rows) * ci;
        thread_local std::vector<std::uint8_t> buffer;
        const void* src = x;
        // One thread converts: a few microseconds per 256 x 1024 batch, while every extra OpenMP region costs a
        // wake-up of the other threads, which on a busy machine can take milliseconds.
        if (m_layer.precision == Precision::bf16) {
            auto* b = reinterpret_cast<kernels::bf16*>(scratch(buffer, n * 2));
            kernels::for_rows(rows, n > (1L << 22), [&](int r) { kernels::to_bf16(x + long(r) * ci, b + long(r) * ci, ci); });
            src = b;
        } else if (m_layer.precision == Precision::int8) {
            std::uint8_t* q = scratch(buffer, n);
            kernels::for_rows(rows, n > (1L << 22), [&](int r) {
                quantize_row_u8(x + long(r) * ci, q + long(r) * ci, ci, m_inv_scale, m_layer.input_unsigned, 0);
            });
            src = q;
        }
        auto& eng = kernels::onednn_engine();
        dnnl::stream stream(eng);
        const memory::dim m = rows;
        c.prim.execute(stream, {{DNNL_ARG_SRC, memory({{m, ci}, m_src, tag::ab}, eng, const_cast<void*>(src))},
                                {DNNL_ARG_WEIGHTS, *c.weights},
                                {DNNL_ARG_BIAS, memory({{1, m_layer.outputs}, dt::f32, tag::ab}, eng,
                                                       const_cast<float*>(m_bias.data()))},
                                {DNNL_ARG_DST, memory({{m, m_layer.outputs}, dt::f32, tag::ab}, eng, y)}});
        stream.wait();
        if (m_layer.norm) {
            Epilogue e;
            e.layer = &m_layer;
            e.add_bias = false;
            e.apply_act = false;
            run_epilogue(e, y, m_layer.outputs, y, rows);
        }
    }

private:
    std::shared_ptr<const Cached> get(int rows) const
    {
        std::lock_guard lock(m_mutex);
        auto it = m_cache.find(rows);
        if (it != m_cache.end()) return it->second;
        // Bounded: callers with ever-changing row counts (prediction on many tables) drop old primitives; a caller
        // still running one holds its own reference.
        if (m_cache.size() >= 16) m_cache.clear();
        const memory::dim m = rows, ci = m_layer.inputs, k = m_layer.outputs;
        dnnl::primitive_attr attr;
        if (!m_scales.empty()) attr.set_output_scales(1 << 1, m_scales);
        if (fusable(m_layer.act)) {
            dnnl::post_ops ops;
            ops.append_eltwise(1.0f, eltwise(m_layer.act), 0.0f, 0.0f);
            attr.set_post_ops(ops);
        }
        auto& eng = kernels::onednn_engine();
        Cached c;
        try {
            c.pd = dnnl::matmul::primitive_desc(
                dnnl::matmul::desc(memory::desc({m, ci}, m_src, tag::ab), memory::desc({ci, k}, m_wei, tag::any),
                                   memory::desc({1, k}, dt::f32, tag::ab), memory::desc({m, k}, dt::f32, tag::ab)),
                attr, eng);
        } catch (const dnnl::error& e) {
            throw WorkError(std::string("oneDNN has no matmul for this layer: ") + e.what());
        }
        c.prim = dnnl::matmul(c.pd);
        // Reuse packed weights whose layout matches (the usual case); else reorder the plain weights once more.
        if (m_packed && m_packed->get_desc() == c.pd.weights_desc()) c.weights = m_packed;
        if (!c.weights) {
            c.weights = std::make_shared<memory>(c.pd.weights_desc(), eng);
            const void* plain = m_layer.precision == Precision::fp32   ? static_cast<const void*>(m_layer.weights_f32.data())
                                : m_layer.precision == Precision::bf16 ? static_cast<const void*>(m_layer.weights_bf16.data())
                                                                        : static_cast<const void*>(m_layer.weights_i8.data());
            memory user({{ci, k}, m_wei, tag::ab}, eng, const_cast<void*>(plain));
            dnnl::stream stream(eng);
            dnnl::reorder(user, *c.weights).execute(stream, user, *c.weights);
            stream.wait();
            if (!m_packed) m_packed = c.weights;
        }
        auto shared = std::make_shared<const Cached>(std::move(c));
        m_cache.emplace(rows, shared);
        return shared;
    }

    QuantizedLayer m_layer;  // a copy: bias, norm and plain weights for re-packing
    dt m_src = dt::f32, m_wei = dt::f32;
    float m_inv_scale = 1.0f;
    std::vector<float> m_scales, m_bias;
    mutable std::mutex m_mutex;
    mutable std::map<int, std::shared_ptr<const Cached>> m_cache;
    mutable std::shared_ptr<memory> m_packed;  // the first packing, shared by every row count with that layout
};

}  // namespace

std::unique_ptr<LayerKernel::Impl> make_onednn_kernel(const QuantizedLayer& layer)
{
    return std::make_unique<OnednnKernel>(layer);
}

}  // namespace tern::quant
