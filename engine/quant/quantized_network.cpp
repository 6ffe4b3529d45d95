// QuantizedNetwork: running the layers, mapping the last layer's outputs to predictions, the residual-fraction
// knob, and the cost figures (packed size, real multiplies per row).
#include "engine/core/error.h"
#include "engine/quant/qgemm.h"
#include "engine/quant/quantize.h"
#include "engine/quant/reference_forward.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tern::quant {

// The fast path: one prepared LayerKernel (qgemm.h) per layer, built on first use for the current keep masks.
struct QuantizedNetwork::Kernels {
    std::vector<LayerKernel> layers;
};

void QuantizedNetwork::set_residual_fraction(double f)
{
    if (!(f >= 0 && f <= 1))
        throw InputError("residual fraction must be in [0, 1]");
    m_fraction = f;
    for (auto& l : layers) {
        if (l.precision != Precision::ternary || l.residual_gain.empty())
            continue;
        // Per layer: gains of different layers are in different units (their weights' scales), so each layer keeps
        // its own most important share.
        const std::size_t n = l.residual_gain.size();
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return l.residual_gain[a] > l.residual_gain[b]; });
        const auto kept = std::size_t(std::llround(f * double(n)));
        l.keep.assign(n, 0);
        for (std::size_t i = 0; i < kept; ++i)
            l.keep[order[i]] = 1;
    }
    update_keep();
}

void QuantizedNetwork::update_keep()
{
    std::lock_guard guard(m_slot.lock);
    if (!m_slot.kernels)
        return;
    if (m_slot.kernels->layers.size() != layers.size()) {
        m_slot.kernels.reset();
        return;
    }
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (layers[i].precision == Precision::ternary)
            m_slot.kernels->layers[i].set_keep(layers[i].keep);
}

void QuantizedNetwork::invalidate() const
{
    std::lock_guard guard(m_slot.lock);
    m_slot.kernels.reset();
}

std::shared_ptr<const QuantizedNetwork::Kernels> QuantizedNetwork::prepared() const
{
    std::lock_guard guard(m_slot.lock);
    if (!m_slot.kernels) {
        auto k = std::make_shared<Kernels>();
        for (const auto& l : layers)
            k->layers.emplace_back(l);
        m_slot.kernels = std::move(k);
    }
    return m_slot.kernels;
}

Matrix QuantizedNetwork::finish(Matrix out) const
{
    if (output == OutputKind::identity) {
        for (float& v : out.values())
            v = v * target_scale + target_offset;
        return out;
    }
    if (output == OutputKind::sigmoid) {
        Matrix p(out.rows(), 2);
        for (std::size_t r = 0; r < out.rows(); ++r) {
            const float z = out(r, 0);
            const float p1 = z >= 0 ? 1.0f / (1.0f + std::exp(-z)) : std::exp(z) / (1.0f + std::exp(z));
            p(r, 0) = 1.0f - p1, p(r, 1) = p1;
        }
        return p;
    }
    for (std::size_t r = 0; r < out.rows(); ++r) {
        auto row = out.row(r);
        const float top = *std::max_element(row.begin(), row.end());
        double sum = 0;
        for (float& v : row)
            v = std::exp(v - top), sum += v;
        for (float& v : row)
            v = float(v / sum);
    }
    return out;
}

Matrix QuantizedNetwork::forward(const Matrix& x) const
{
    if (layers.empty())
        throw InputError("quantised network has no layers");
    if (int(x.cols()) != inputs())
        throw InputError("quantised model: expected " + std::to_string(inputs()) + " features, got " +
                         std::to_string(x.cols()));
    const auto kernels = prepared();
    // Hidden activations ping-pong between two per-thread buffers that keep their capacity, so a one-row call
    // allocates only its output matrix (and never copies x).
    thread_local std::vector<float> ping, pong;
    const int rows = int(x.rows());
    const auto& ks = kernels->layers;
    Matrix out(x.rows(), std::size_t(ks.back().outputs()));
    if (rows == 0)
        return finish(std::move(out));
    const float* in = x.data();
    for (std::size_t i = 0; i < ks.size(); ++i) {
        float* y = out.data();
        if (i + 1 < ks.size()) {
            auto& buf = i % 2 == 0 ? ping : pong;
            const std::size_t n = std::size_t(rows) * std::size_t(ks[i].outputs());
            if (buf.size() < n)
                buf.resize(n);
            y = buf.data();
        }
        ks[i].run(in, rows, y);
        in = y;
    }
    return finish(std::move(out));
}

Matrix QuantizedNetwork::forward_reference(const Matrix& x) const
{
    if (layers.empty())
        throw InputError("quantised network has no layers");
    if (int(x.cols()) != inputs())
        throw InputError("quantised model: expected " + std::to_string(inputs()) + " features, got " +
                         std::to_string(x.cols()));
    Matrix h = x;
    for (const auto& l : layers)
        h = reference::layer_forward(l, h);
    return finish(std::move(h));
}

std::int64_t QuantizedNetwork::size_bytes() const
{
    std::int64_t total = 0;
    for (const auto& l : layers) {
        const std::int64_t C = l.inputs, K = l.outputs;
        total += 4 * K + (l.norm ? 8 * K : 0); // bias, layer norm
        switch (l.precision) {
        case Precision::fp32: total += 4 * C * K; break;
        case Precision::bf16: total += 2 * C * K; break;
        case Precision::int8: total += C * K + 4 * K + 4; break;
        case Precision::ternary: {
            total += 4; // input scale
            const int blocks = l.blocks();
            for (std::size_t lv = 0; lv < l.levels.size(); ++lv)
                for (int b = 0; b < blocks; ++b) {
                    if (lv > 0 && !l.keep[(lv - 1) * blocks + b])
                        continue; // dropped blocks are not deployed
                    const std::int64_t rows = std::min<std::int64_t>(l.block, C - std::int64_t(b) * l.block);
                    total += (2 * rows * K + 7) / 8 + 2 * K; // 2 bits per weight, one bf16 alpha per output
                }
            break;
        }
        }
    }
    return total;
}

std::int64_t QuantizedNetwork::multiplies_per_row() const
{
    std::int64_t total = 0;
    for (const auto& l : layers) {
        const std::int64_t C = l.inputs, K = l.outputs;
        if (l.precision != Precision::ternary) {
            total += C * K;
            continue;
        }
        std::int64_t kept = l.blocks(); // level 0
        for (auto k : l.keep)
            kept += k;
        total += kept * K; // one multiply by alpha per kept block level and output; the rest are additions
    }
    return total;
}

std::vector<float> dequantized_weights(const QuantizedLayer& l)
{
    const std::size_t C = std::size_t(l.inputs), K = std::size_t(l.outputs);
    std::vector<float> w(C * K, 0.0f);
    switch (l.precision) {
    case Precision::fp32: w = l.weights_f32; break;
    case Precision::bf16:
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] = kernels::from_bf16(l.weights_bf16[i]);
        break;
    case Precision::int8:
        for (std::size_t c = 0; c < C; ++c)
            for (std::size_t k = 0; k < K; ++k)
                w[c * K + k] = float(l.weights_i8[c * K + k]) * l.weight_scale[k];
        break;
    case Precision::ternary: {
        const std::size_t blocks = std::size_t(l.blocks());
        for (std::size_t lv = 0; lv < l.levels.size(); ++lv)
            for (std::size_t c = 0; c < C; ++c) {
                const std::size_t b = c / std::size_t(l.block);
                if (lv > 0 && !l.keep[(lv - 1) * blocks + b])
                    continue;
                for (std::size_t k = 0; k < K; ++k)
                    w[c * K + k] += l.levels[lv].alpha[b * K + k] * float(l.levels[lv].t[c * K + k]);
            }
        break;
    }
    }
    return w;
}

} // namespace tern::quant
