// oneDNN matmul computes dst[M][N] = src[M][K] x weights[K][N]; transposes are expressed as strided memory
// descriptors (tag ba), so no data is copied for W^T or x^T.
#include "engine/kernels/dense_onednn.h"
#include "engine/kernels/buffer.h"
#include "engine/kernels/onednn_engine.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <omp.h>

namespace tern::kernels {

namespace {

using dnnl::memory;
using tag = memory::format_tag;
using dt = memory::data_type;

bool fused_post_op(Activation a) { return a == Activation::relu || a == Activation::tanh || a == Activation::sigmoid; }

dnnl::algorithm eltwise(Activation a)
{
    switch (a) {
    case Activation::relu: return dnnl::algorithm::eltwise_relu;
    case Activation::tanh: return dnnl::algorithm::eltwise_tanh;
    default: return dnnl::algorithm::eltwise_logistic;
    }
}

class OnednnDense final : public DenseLayer {
public:
    OnednnDense(const DenseSpec& s, const Context&)
        : DenseLayer(s, Blocking::row_major(s.n, s.c), Blocking::row_major(s.n, s.k)), m_stream(onednn_engine())
    {
        const memory::dim n = s.n, c = s.c, k = s.k;
        m_bf16 = s.precision == Precision::bf16;
        const dt in = m_bf16 ? dt::bf16 : dt::f32;
        auto& eng = onednn_engine();

        dnnl::primitive_attr fwd_attr;
        if (fused_post_op(s.act)) {
            dnnl::post_ops ops;
            ops.append_eltwise(1.0f, eltwise(s.act), 0.0f, 0.0f);
            fwd_attr.set_post_ops(ops);
        }
        m_src_md = memory::desc({n, c}, in, tag::ab);
        m_w_md = memory::desc({c, k}, in, tag::ab);
        m_b_md = memory::desc({1, k}, dt::f32, tag::ab);
        m_y_md = memory::desc({n, k}, dt::f32, tag::ab);
        m_fwd_pd = dnnl::matmul::primitive_desc(dnnl::matmul::desc(m_src_md, m_w_md, m_b_md, m_y_md), fwd_attr, eng);
        m_fwd = dnnl::matmul(m_fwd_pd);

        m_dz_md = memory::desc({n, k}, in, tag::ab);
        m_wt_md = memory::desc({k, c}, in, tag::ba);  // W [C][K] seen as [K][C]
        m_dx_md = memory::desc({n, c}, dt::f32, tag::ab);
        m_bwd = dnnl::matmul(dnnl::matmul::primitive_desc(dnnl::matmul::desc(m_dz_md, m_wt_md, m_dx_md), eng));

        m_xt_md = memory::desc({c, n}, in, tag::ba);  // x [N][C] seen as [C][N]
        m_dw_md = memory::desc({c, k}, dt::f32, tag::ab);
        m_upd = dnnl::matmul(dnnl::matmul::primitive_desc(dnnl::matmul::desc(m_xt_md, m_dz_md, m_dw_md), eng));

        const long w = long(c) * k;
        m_w = Buffer<float>(w), m_b = Buffer<float>(k), m_dw = Buffer<float>(w), m_db = Buffer<float>(k);
        m_mom = Buffer<float>(w), m_vel = Buffer<float>(w), m_bmom = Buffer<float>(k), m_bvel = Buffer<float>(k);
        m_y = Buffer<float>(m_out.size()), m_dz = Buffer<float>(m_out.size()), m_dx = Buffer<float>(m_in.size());
        if (needs_preactivation(s.act)) m_z = Buffer<float>(m_out.size());
        if (m_bf16) {
            m_wb = Buffer<bf16>(w), m_yb = Buffer<bf16>(m_out.size()), m_dzb = Buffer<bf16>(m_out.size());
            m_xb = Buffer<bf16>(m_in.size());
        } else {
            m_xf = Buffer<float>(m_in.size());
        }
    }

    std::string path() const override
    {
        return std::string("onednn matmul ") + to_string(m_spec.precision) + " (" + m_fwd_pd.impl_info_str() + ")";
    }

    void forward(ActView x) override
    {
        void* src;
        if (m_bf16) {
            if (!x.b16) to_bf16(x.f32, m_xb.data(), m_in.size());
            m_x = src = const_cast<bf16*>(x.b16 ? x.b16 : m_xb.data());
        } else {
            if (!x.f32) from_bf16(x.b16, m_xf.data(), m_in.size());
            m_x = src = const_cast<float*>(x.f32 ? x.f32 : m_xf.data());
        }
        void* w = m_bf16 ? static_cast<void*>(m_wb.data()) : m_w.data();
        auto& eng = onednn_engine();
        m_fwd.execute(m_stream, {{DNNL_ARG_SRC, memory(m_src_md, eng, src)},
                                 {DNNL_ARG_WEIGHTS, memory(m_w_md, eng, w)},
                                 {DNNL_ARG_BIAS, memory(m_b_md, eng, m_b.data())},
                                 {DNNL_ARG_DST, memory(m_y_md, eng, m_y.data())}});
        m_stream.wait();
        const bool manual = !fused_post_op(m_spec.act) && m_spec.act != Activation::none;
        if (!manual && !m_bf16) return;
        const int rows = m_spec.n, cols = m_spec.k;
#pragma omp parallel for schedule(static)
        for (int r = 0; r < rows; ++r) {
            const long o = long(r) * cols;
            float* y = m_y.data() + o;
            if (manual) bias_activation(m_spec.act, y, nullptr, y, m_z.size() ? m_z.data() + o : nullptr,
                                        m_bf16 ? m_yb.data() + o : nullptr, 1, cols, cols);
            else to_bf16(y, m_yb.data() + o, cols);
        }
    }

    ActView output() const override { return {m_y.data(), m_bf16 ? m_yb.data() : nullptr}; }

    void backward(const float* dy, bool need_dx, const UpdateRule* rule) override
    {
        const int rows = m_spec.n, cols = m_spec.k;
#pragma omp parallel for schedule(static)
        for (int r = 0; r < rows; ++r) {
            const long o = long(r) * cols;
            activation_backward(m_spec.act, dy + o, m_y.data() + o, m_z.size() ? m_z.data() + o : nullptr,
                                m_dz.data() + o, m_bf16 ? m_dzb.data() + o : nullptr, cols);
        }
        void* dz = m_bf16 ? static_cast<void*>(m_dzb.data()) : m_dz.data();
        void* w = m_bf16 ? static_cast<void*>(m_wb.data()) : m_w.data();
        auto& eng = onednn_engine();
        if (need_dx)
            m_bwd.execute(m_stream, {{DNNL_ARG_SRC, memory(m_dz_md, eng, dz)},
                                     {DNNL_ARG_WEIGHTS, memory(m_wt_md, eng, w)},
                                     {DNNL_ARG_DST, memory(m_dx_md, eng, m_dx.data())}});
        m_upd.execute(m_stream, {{DNNL_ARG_SRC, memory(m_xt_md, eng, m_x)},
                                 {DNNL_ARG_WEIGHTS, memory(m_dz_md, eng, dz)},
                                 {DNNL_ARG_DST, memory(m_dw_md, eng, m_dw.data())}});
        m_stream.wait();
        // Bias gradient: column sums in a fixed order (deterministic).
        std::fill(m_db.data(), m_db.data() + cols, 0.0f);
        for (int r = 0; r < rows; ++r)
            for (int j = 0; j < cols; ++j) m_db[j] += m_dz[long(r) * cols + j];
        if (!rule) return;
        const long total = long(m_spec.c) * cols;
        const long chunk = 4096;
#pragma omp parallel for schedule(static)
        for (long s = 0; s < total; s += chunk) {
            const long len = std::min(chunk, total - s);
            apply_update(*rule, m_w.data() + s, m_dw.data() + s, m_mom.data() + s, m_vel.data() + s, len);
            if (m_bf16) to_bf16(m_w.data() + s, m_wb.data() + s, len);
        }
        UpdateRule no_decay = *rule;
        no_decay.weight_decay = 0;
        apply_update(no_decay, m_b.data(), m_db.data(), m_bmom.data(), m_bvel.data(), cols);
    }

    const float* input_grad() const override { return m_dx.data(); }

    void get_weights(float* w, float* bias) const override
    {
        std::copy(m_w.data(), m_w.data() + m_w.size(), w);
        std::copy(m_b.data(), m_b.data() + m_b.size(), bias);
    }
    void set_weights(const float* w, const float* bias) override
    {
        std::copy(w, w + m_w.size(), m_w.data());
        std::copy(bias, bias + m_b.size(), m_b.data());
        if (m_bf16) to_bf16(m_w.data(), m_wb.data(), long(m_w.size()));
    }
    void weight_grad(float* dw, float* db) const override
    {
        std::copy(m_dw.data(), m_dw.data() + m_dw.size(), dw);
        std::copy(m_db.data(), m_db.data() + m_db.size(), db);
    }
    void add_to_weights(const float* delta, float factor) override
    {
        for (std::size_t i = 0; i < m_w.size(); ++i) m_w.data()[i] += factor * delta[i];
        if (m_bf16) to_bf16(m_w.data(), m_wb.data(), long(m_w.size()));
    }

private:
    bool m_bf16 = false;
    dnnl::stream m_stream;
    memory::desc m_src_md, m_w_md, m_b_md, m_y_md, m_dz_md, m_wt_md, m_dx_md, m_xt_md, m_dw_md;
    dnnl::matmul::primitive_desc m_fwd_pd;
    dnnl::matmul m_fwd, m_bwd, m_upd;
    Buffer<float> m_w, m_b, m_dw, m_db, m_mom, m_vel, m_bmom, m_bvel, m_y, m_z, m_dz, m_dx, m_xf;
    Buffer<bf16> m_wb, m_yb, m_dzb, m_xb;
    void* m_x = nullptr;
};

}  // namespace

std::unique_ptr<DenseLayer> make_onednn_dense(const DenseSpec& spec, const Context& ctx)
{
    return std::make_unique<OnednnDense>(spec, ctx);
}

}  // namespace tern::kernels
