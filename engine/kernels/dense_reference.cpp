// The reference layer: obvious loops, no blocking, no threads.
#include "engine/kernels/dense_reference.h"

#include <vector>

namespace tern::kernels {

namespace {
inline double in(float v, Precision p) { return p == Precision::bf16 ? from_bf16(to_bf16(v)) : v; }
}  // namespace

void reference_dense_forward(const float* x, const float* w, const float* bias, float* y, float* z, int n, int c,
                             int k, Activation act, Precision p)
{
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < k; ++j) {
            double s = bias ? bias[j] : 0.0;
            for (int l = 0; l < c; ++l) s += in(x[static_cast<long>(i) * c + l], p) * in(w[static_cast<long>(l) * k + j], p);
            long o = static_cast<long>(i) * k + j;
            if (z) z[o] = static_cast<float>(s);
            y[o] = activate(act, static_cast<float>(s));
        }
}

void reference_activation_backward(const float* dy, const float* y, const float* z, float* dz, long count,
                                   Activation act)
{
    for (long i = 0; i < count; ++i) dz[i] = dy[i] * activation_derivative(act, y[i], z ? z[i] : 0.0f);
}

void reference_dense_backward_data(const float* dz, const float* w, float* dx, int n, int c, int k, Precision p)
{
    for (int i = 0; i < n; ++i)
        for (int l = 0; l < c; ++l) {
            double s = 0;
            for (int j = 0; j < k; ++j) s += in(dz[static_cast<long>(i) * k + j], p) * in(w[static_cast<long>(l) * k + j], p);
            dx[static_cast<long>(i) * c + l] = static_cast<float>(s);
        }
}

void reference_dense_weight_grad(const float* x, const float* dz, float* dw, float* db, int n, int c, int k,
                                 Precision p)
{
    for (int l = 0; l < c; ++l)
        for (int j = 0; j < k; ++j) {
            double s = 0;
            for (int i = 0; i < n; ++i) s += in(x[static_cast<long>(i) * c + l], p) * in(dz[static_cast<long>(i) * k + j], p);
            dw[static_cast<long>(l) * k + j] = static_cast<float>(s);
        }
    for (int j = 0; j < k; ++j) {
        double s = 0;
        for (int i = 0; i < n; ++i) s += dz[static_cast<long>(i) * k + j];
        db[j] = static_cast<float>(s);
    }
}

namespace {

class ReferenceDense final : public DenseLayer {
public:
    explicit ReferenceDense(const DenseSpec& s)
        : DenseLayer(s, Blocking::row_major(s.n, s.c), Blocking::row_major(s.n, s.k)),
          m_w(static_cast<std::size_t>(s.c) * s.k), m_b(s.k), m_dw(m_w.size()), m_db(s.k), m_mom(m_w.size()),
          m_vel(m_w.size()), m_bmom(s.k), m_bvel(s.k), m_y(m_out.size()), m_z(m_out.size()), m_yb(m_out.size()),
          m_xf(m_in.size()), m_dz(m_out.size()), m_dx(m_in.size())
    {
    }

    std::string path() const override { return std::string("reference ") + to_string(m_spec.precision); }

    void forward(ActView x) override
    {
        const float* xf = x.f32;
        if (!xf) {
            from_bf16(x.b16, m_xf.data(), m_in.size());
            xf = m_xf.data();
        }
        m_x = xf;
        reference_dense_forward(xf, m_w.data(), m_b.data(), m_y.data(), m_z.data(), m_spec.n, m_spec.c, m_spec.k,
                                m_spec.act, m_spec.precision);
        if (m_spec.precision == Precision::bf16) to_bf16(m_y.data(), m_yb.data(), m_out.size());
    }

    ActView output() const override
    {
        return {m_y.data(), m_spec.precision == Precision::bf16 ? m_yb.data() : nullptr};
    }

    void backward(const float* dy, bool need_dx, const UpdateRule* rule) override
    {
        const auto& s = m_spec;
        reference_activation_backward(dy, m_y.data(), m_z.data(), m_dz.data(), m_out.size(), s.act);
        if (need_dx) reference_dense_backward_data(m_dz.data(), m_w.data(), m_dx.data(), s.n, s.c, s.k, s.precision);
        reference_dense_weight_grad(m_x, m_dz.data(), m_dw.data(), m_db.data(), s.n, s.c, s.k, s.precision);
        if (rule) {
            apply_update(*rule, m_w.data(), m_dw.data(), m_mom.data(), m_vel.data(), static_cast<long>(m_w.size()));
            UpdateRule no_decay = *rule;
            no_decay.weight_decay = 0;
            apply_update(no_decay, m_b.data(), m_db.data(), m_bmom.data(), m_bvel.data(), s.k);
        }
    }

    const float* input_grad() const override { return m_dx.data(); }

    void get_weights(float* w, float* bias) const override
    {
        std::copy(m_w.begin(), m_w.end(), w);
        std::copy(m_b.begin(), m_b.end(), bias);
    }
    void set_weights(const float* w, const float* bias) override
    {
        std::copy(w, w + m_w.size(), m_w.begin());
        std::copy(bias, bias + m_b.size(), m_b.begin());
    }
    void weight_grad(float* dw, float* db) const override
    {
        std::copy(m_dw.begin(), m_dw.end(), dw);
        std::copy(m_db.begin(), m_db.end(), db);
    }
    void add_to_weights(const float* delta, float factor) override
    {
        for (std::size_t i = 0; i < m_w.size(); ++i) m_w[i] += factor * delta[i];
    }

private:
    std::vector<float> m_w, m_b, m_dw, m_db, m_mom, m_vel, m_bmom, m_bvel, m_y, m_z;
    std::vector<bf16> m_yb;
    std::vector<float> m_xf, m_dz, m_dx;
    const float* m_x = nullptr;
};

}  // namespace

std::unique_ptr<DenseLayer> make_reference_dense(const DenseSpec& spec) { return std::make_unique<ReferenceDense>(spec); }

}  // namespace tern::kernels
