// Forward: dense_i (bias + activation fused) -> [norm] -> [dropout] -> dense_{i+1} ... -> logits.
// Dropout masks come from a counter-based hash of (seed, layer, element): reproducible and independent of threads.
#include "engine/nn/network.h"
#include "engine/core/error.h"

#include <algorithm>

namespace tern::nn {

namespace {

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

}  // namespace

Network::Network(const NetworkSpec& spec, int batch, const kernels::Context& ctx) : m_spec(spec), m_batch(batch)
{
    if (spec.sizes.size() < 2) throw InputError("an MLP needs at least an input and an output size");
    for (int s : spec.sizes)
        if (s <= 0) throw InputError("MLP layer sizes must be positive");
    if (batch <= 0) throw InputError("batch size must be positive");
    if (spec.dropout < 0 || spec.dropout >= 1) throw InputError("dropout must be in [0, 1)");
    const std::size_t n_layers = spec.sizes.size() - 1;
    for (std::size_t i = 0; i < n_layers; ++i) {
        kernels::DenseSpec d;
        d.n = batch, d.c = spec.sizes[i], d.k = spec.sizes[i + 1];
        d.act = i + 1 < n_layers ? spec.hidden : kernels::Activation::none;
        d.precision = spec.precision;
        // A hidden BF16 layer's fp32 output is read only by normalisation and dropout; the next layer reads bf16.
        d.f32_output = i + 1 == n_layers || spec.norm != NormKind::none || spec.dropout > 0;
        m_layers.push_back(kernels::make_dense(spec.backend, d, ctx));
    }
    m_hidden.resize(n_layers - 1);
    for (std::size_t i = 0; i + 1 < n_layers; ++i) {
        const auto& b = m_layers[i]->out();
        auto& h = m_hidden[i];
        if (spec.norm != NormKind::none) {
            h.norm = std::make_unique<Normalization>(spec.norm, b);
            h.normed.resize(b.size());
        }
        if (spec.dropout > 0) h.dropped.resize(b.size()), h.mask.resize(b.size());
        if (h.norm || spec.dropout > 0) h.grad.resize(b.size());
    }
}

std::string Network::path() const
{
    std::string p = m_layers.front()->path();
    if (m_layers.size() > 1) p += " | output layer: " + m_layers.back()->path();
    return p;
}

const float* Network::forward(const float* x, bool training, std::uint64_t dropout_seed)
{
    kernels::ActView in{x, nullptr};
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        m_layers[i]->forward(in);
        in = m_layers[i]->output();
        if (i + 1 == m_layers.size()) break;
        auto& h = m_hidden[i];
        const long n = m_layers[i]->out().size();
        if (h.norm) {
            h.norm->forward(in.f32, h.normed.data(), training);
            in = {h.normed.data(), nullptr};
        }
        if (training && m_spec.dropout > 0) {
            const float keep = 1.0f - m_spec.dropout, scale = 1.0f / keep;
            const std::uint64_t base = splitmix(dropout_seed * 1315423911ull + i);
            for (long e = 0; e < n; ++e) {
                const double u = double(splitmix(base + std::uint64_t(e)) >> 11) * 0x1.0p-53;
                h.mask[e] = u < keep ? scale : 0.0f;
                h.dropped[e] = in.f32[e] * h.mask[e];
            }
            in = {h.dropped.data(), nullptr};
        }
    }
    return m_layers.back()->output().f32;
}

void Network::backward(const float* grad, const kernels::UpdateRule* rule)
{
    const float* g = grad;
    for (std::size_t i = m_layers.size(); i-- > 0;) {
        if (i + 1 < m_layers.size()) {
            auto& h = m_hidden[i];
            const long n = m_layers[i]->out().size();
            if (m_spec.dropout > 0 && !h.mask.empty()) {
                for (long e = 0; e < n; ++e) h.grad[e] = g[e] * h.mask[e];
                g = h.grad.data();
            }
            if (h.norm) {
                // The norm's input gradient can overwrite its output gradient: copy first when they alias.
                std::vector<float> dy(g, g + n);
                h.norm->backward(dy.data(), h.grad.data(), rule);
                g = h.grad.data();
            }
        }
        m_layers[i]->backward(g, i > 0, rule);
        g = m_layers[i]->input_grad();
    }
}

std::vector<float> Network::parameters() const
{
    std::vector<float> p;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        const auto& s = m_layers[i]->spec();
        std::vector<float> w(std::size_t(s.c) * s.k), b(s.k);
        m_layers[i]->get_weights(w.data(), b.data());
        p.insert(p.end(), w.begin(), w.end());
        p.insert(p.end(), b.begin(), b.end());
        if (i < m_hidden.size() && m_hidden[i].norm) {
            auto& nm = *m_hidden[i].norm;
            for (auto* v : {&nm.gamma(), &nm.beta(), &nm.running_mean(), &nm.running_var()})
                p.insert(p.end(), v->begin(), v->end());
        }
    }
    return p;
}

void Network::set_parameters(std::span<const float> p)
{
    std::size_t at = 0;
    auto take = [&](std::size_t n) {
        if (at + n > p.size()) throw InputError("MLP parameter vector is too short for this network");
        const float* q = p.data() + at;
        at += n;
        return q;
    };
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        const auto& s = m_layers[i]->spec();
        const float* w = take(std::size_t(s.c) * s.k);
        const float* b = take(s.k);
        m_layers[i]->set_weights(w, b);
        if (i < m_hidden.size() && m_hidden[i].norm) {
            auto& nm = *m_hidden[i].norm;
            for (auto* v : {&nm.gamma(), &nm.beta(), &nm.running_mean(), &nm.running_var()}) {
                const float* q = take(v->size());
                std::copy(q, q + v->size(), v->begin());
            }
        }
    }
    if (at != p.size()) throw InputError("MLP parameter vector does not match this network");
}

std::vector<float> Network::gradients() const
{
    std::vector<float> g;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        const auto& s = m_layers[i]->spec();
        std::vector<float> w(std::size_t(s.c) * s.k), b(s.k);
        m_layers[i]->weight_grad(w.data(), b.data());
        g.insert(g.end(), w.begin(), w.end());
        g.insert(g.end(), b.begin(), b.end());
        if (i < m_hidden.size() && m_hidden[i].norm) {
            auto& nm = *m_hidden[i].norm;
            g.insert(g.end(), nm.gamma_grad().begin(), nm.gamma_grad().end());
            g.insert(g.end(), nm.beta_grad().begin(), nm.beta_grad().end());
            g.insert(g.end(), 2 * nm.gamma().size(), 0.0f);
        }
    }
    return g;
}

}  // namespace tern::nn
