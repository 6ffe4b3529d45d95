// Layout per layer: precision, inputs, outputs, activation, bias, optional layer norm, then the weights of its
// precision (ternary packed 2 bits per weight with bf16 block scales, so a package is as small as size_bytes() says).
// The residual fraction is stored and re-applied on load, so keep masks are rebuilt, not trusted; residual levels hold
// only the blocks that run (format 4), each level's block mask first, and every block the rebuilt mask runs must
// have been stored.
#include "engine/quant/network_io.h"

#include <algorithm>
#include <cmath>

namespace tern::quant {

namespace {

constexpr std::int32_t max_dim = 1 << 20;

template <typename T> void expect_size(models::ByteReader& r, const std::vector<T>& v, std::size_t n, const char* what)
{
    if (v.size() != n)
        r.fail(std::string("bad ") + what + " size");
}

void expect_finite(models::ByteReader& r, const std::vector<float>& v, const char* what)
{
    for (float x : v)
        if (!std::isfinite(x))
            r.fail(std::string("non-finite ") + what);
}

// Ternary values packed 4 per byte, 2 bits each: 0 -> 0, +1 -> 1, -1 -> 2 (3 never occurs).
std::vector<std::uint8_t> pack_ternary(const std::vector<std::int8_t>& t)
{
    std::vector<std::uint8_t> packed((t.size() + 3) / 4, 0);
    for (std::size_t i = 0; i < t.size(); ++i)
        packed[i / 4] |= std::uint8_t((t[i] > 0 ? 1 : t[i] < 0 ? 2 : 0) << (2 * (i % 4)));
    return packed;
}

std::vector<std::int8_t> unpack_ternary(models::ByteReader& r, const std::vector<std::uint8_t>& packed, std::size_t n)
{
    if (packed.size() != (n + 3) / 4)
        r.fail("bad ternary weight size");
    std::vector<std::int8_t> t(n);
    for (std::size_t i = 0; i < packed.size() * 4; ++i) {
        const int code = (packed[i / 4] >> (2 * (i % 4))) & 3;
        if (code == 3 || (i >= n && code != 0))
            r.fail("bad ternary weight code");
        if (i < n)
            t[i] = std::int8_t(code == 1 ? 1 : code == 2 ? -1 : 0);
    }
    return t;
}

// The input rows [first, last) of ternary block b.
std::pair<std::size_t, std::size_t> block_rows(const QuantizedLayer& l, std::size_t b)
{
    const std::size_t first = b * std::size_t(l.block);
    return {first, std::min(first + std::size_t(l.block), std::size_t(l.inputs))};
}

// Per block of `level`, whether it is stored: every block of level 0, the running ones of a residual level.
std::vector<std::uint8_t> stored_blocks(const QuantizedLayer& l, std::size_t level)
{
    const std::size_t blocks = std::size_t(l.blocks());
    if (level == 0)
        return std::vector<std::uint8_t>(blocks, 1);
    const auto first = l.keep.begin() + std::ptrdiff_t((level - 1) * blocks);
    return {first, first + std::ptrdiff_t(blocks)};
}

void write_layer(models::ByteWriter& w, const QuantizedLayer& l)
{
    w.put<std::uint8_t>(std::uint8_t(l.precision));
    w.put<std::int32_t>(l.inputs);
    w.put<std::int32_t>(l.outputs);
    w.put<std::uint8_t>(std::uint8_t(l.act));
    w.put_vector(l.bias);
    w.put<std::uint8_t>(l.norm ? 1 : 0);
    if (l.norm) {
        w.put_vector(l.norm->gamma);
        w.put_vector(l.norm->beta);
        w.put<float>(l.norm->eps);
    }
    switch (l.precision) {
    case Precision::fp32: w.put_vector(l.weights_f32); break;
    case Precision::bf16: w.put_vector(l.weights_bf16); break;
    case Precision::int8:
        w.put<float>(l.input_scale);
        w.put<std::uint8_t>(l.input_unsigned);
        w.put_vector(l.weights_i8);
        w.put_vector(l.weight_scale);
        break;
    case Precision::ternary:
        w.put<float>(l.input_scale);
        w.put<std::uint8_t>(l.input_unsigned);
        w.put<std::int32_t>(l.block);
        w.put<std::int32_t>(std::int32_t(l.levels.size()));
        for (std::size_t level = 0; level < l.levels.size(); ++level) {
            const std::vector<std::uint8_t> stored = stored_blocks(l, level);
            if (level > 0)
                w.put_vector(stored);
            const TernaryLevel& lv = l.levels[level];
            const std::size_t K = std::size_t(l.outputs);
            std::vector<std::int8_t> t;
            std::vector<kernels::bf16> alpha; // exact: quantize() rounds alphas to bf16
            for (std::size_t b = 0; b < stored.size(); ++b) {
                if (!stored[b])
                    continue;
                const auto [first, last] = block_rows(l, b);
                t.insert(t.end(), lv.t.begin() + std::ptrdiff_t(first * K), lv.t.begin() + std::ptrdiff_t(last * K));
                for (std::size_t k = 0; k < K; ++k)
                    alpha.push_back(kernels::to_bf16(lv.alpha[b * K + k]));
            }
            w.put_vector(pack_ternary(t));
            w.put_vector(alpha);
        }
        w.put_vector(l.residual_gain);
        break;
    }
}

void read_scale(models::ByteReader& r, QuantizedLayer& l)
{
    l.input_scale = r.get<float>();
    if (!(l.input_scale > 0) || !std::isfinite(l.input_scale))
        r.fail("bad input scale");
    const auto u = r.get<std::uint8_t>();
    if (u > 1)
        r.fail("bad input sign flag");
    l.input_unsigned = u == 1;
}

// stored_residual: gets which residual blocks ([levels - 1][blocks]) the data held, for read_network to check.
QuantizedLayer read_layer(models::ByteReader& r, std::uint32_t format, std::vector<std::uint8_t>& stored_residual)
{
    QuantizedLayer l;
    const auto p = r.get<std::uint8_t>();
    if (p > std::uint8_t(Precision::ternary))
        r.fail("bad layer precision");
    l.precision = Precision(p);
    l.inputs = r.get<std::int32_t>();
    l.outputs = r.get<std::int32_t>();
    if (l.inputs < 1 || l.inputs > max_dim || l.outputs < 1 || l.outputs > max_dim)
        r.fail("bad layer size");
    const auto act = r.get<std::uint8_t>();
    if (act > std::uint8_t(kernels::Activation::sigmoid))
        r.fail("bad activation");
    l.act = kernels::Activation(act);
    const std::size_t C = std::size_t(l.inputs), K = std::size_t(l.outputs);
    l.bias = r.get_vector<float>();
    expect_size(r, l.bias, K, "bias");
    expect_finite(r, l.bias, "bias");
    const auto has_norm = r.get<std::uint8_t>();
    if (has_norm > 1)
        r.fail("bad norm flag");
    if (has_norm) {
        LayerNorm n;
        n.gamma = r.get_vector<float>();
        n.beta = r.get_vector<float>();
        n.eps = r.get<float>();
        expect_size(r, n.gamma, K, "norm scale");
        expect_size(r, n.beta, K, "norm shift");
        if (!(n.eps > 0))
            r.fail("bad norm epsilon");
        l.norm = std::move(n);
    }
    switch (l.precision) {
    case Precision::fp32:
        l.weights_f32 = r.get_vector<float>();
        expect_size(r, l.weights_f32, C * K, "weight");
        break;
    case Precision::bf16:
        l.weights_bf16 = r.get_vector<kernels::bf16>();
        expect_size(r, l.weights_bf16, C * K, "weight");
        break;
    case Precision::int8:
        read_scale(r, l);
        l.weights_i8 = r.get_vector<std::int8_t>();
        expect_size(r, l.weights_i8, C * K, "weight");
        l.weight_scale = r.get_vector<float>();
        expect_size(r, l.weight_scale, K, "weight scale");
        expect_finite(r, l.weight_scale, "weight scale");
        break;
    case Precision::ternary: {
        read_scale(r, l);
        l.block = r.get<std::int32_t>();
        if (l.block < 1 || l.block > l.inputs)
            r.fail("bad ternary block");
        const auto levels = r.get<std::int32_t>();
        if (levels < 1 || levels > 8)
            r.fail("bad ternary level count");
        const std::size_t blocks = std::size_t(l.blocks());
        stored_residual.clear();
        for (int level = 0; level < levels; ++level) {
            std::vector<std::uint8_t> stored(blocks, 1);
            if (level > 0 && format >= 4) {
                stored = r.get_vector<std::uint8_t>();
                expect_size(r, stored, blocks, "residual block mask");
                for (auto s : stored)
                    if (s > 1)
                        r.fail("bad residual block mask");
            }
            std::size_t rows = 0;
            for (std::size_t b = 0; b < blocks; ++b)
                if (stored[b])
                    rows += block_rows(l, b).second - block_rows(l, b).first;
            const std::vector<std::int8_t> t = unpack_ternary(r, r.get_vector<std::uint8_t>(), rows * K);
            const auto alpha = r.get_vector<kernels::bf16>();
            expect_size(r, alpha, std::size_t(std::count(stored.begin(), stored.end(), 1)) * K, "ternary scale");
            // Blocks not stored are zero: they never run (checked against the rebuilt keep mask in read_network).
            TernaryLevel lv;
            lv.t.assign(C * K, 0);
            lv.alpha.assign(blocks * K, 0.0f);
            std::size_t row = 0, block = 0;
            for (std::size_t b = 0; b < blocks; ++b) {
                if (!stored[b])
                    continue;
                const auto [first, last] = block_rows(l, b);
                std::copy(t.begin() + std::ptrdiff_t(row * K), t.begin() + std::ptrdiff_t((row + last - first) * K),
                          lv.t.begin() + std::ptrdiff_t(first * K));
                for (std::size_t k = 0; k < K; ++k)
                    lv.alpha[b * K + k] = kernels::from_bf16(alpha[block * K + k]);
                row += last - first;
                ++block;
            }
            expect_finite(r, lv.alpha, "ternary scale");
            l.levels.push_back(std::move(lv));
            if (level > 0)
                stored_residual.insert(stored_residual.end(), stored.begin(), stored.end());
        }
        l.residual_gain = r.get_vector<float>();
        expect_size(r, l.residual_gain, std::size_t(levels - 1) * blocks, "residual gain");
        expect_finite(r, l.residual_gain, "residual gain");
        l.keep.assign(l.residual_gain.size(), 1);
        break;
    }
    }
    return l;
}

} // namespace

void write_network(models::ByteWriter& w, const QuantizedNetwork& net)
{
    w.put<std::uint8_t>(std::uint8_t(net.task));
    w.put<std::int32_t>(net.n_classes);
    w.put<std::uint8_t>(std::uint8_t(net.output));
    w.put<float>(net.target_scale);
    w.put<float>(net.target_offset);
    w.put<double>(net.residual_fraction());
    w.put<std::int32_t>(std::int32_t(net.layers.size()));
    for (const auto& l : net.layers)
        write_layer(w, l);
}

QuantizedNetwork read_network(models::ByteReader& r, std::uint32_t format)
{
    QuantizedNetwork net;
    const auto task = r.get<std::uint8_t>();
    if (task > std::uint8_t(Task::regression))
        r.fail("bad task");
    net.task = Task(task);
    net.n_classes = r.get<std::int32_t>();
    const auto output = r.get<std::uint8_t>();
    if (output > std::uint8_t(OutputKind::identity))
        r.fail("bad output kind");
    net.output = OutputKind(output);
    net.target_scale = r.get<float>();
    net.target_offset = r.get<float>();
    if (!std::isfinite(net.target_scale) || !std::isfinite(net.target_offset))
        r.fail("bad target scaling");
    const double fraction = r.get<double>();
    if (!(fraction >= 0 && fraction <= 1))
        r.fail("bad residual fraction");
    const auto n_layers = r.get<std::int32_t>();
    if (n_layers < 1 || n_layers > 64)
        r.fail("bad layer count");
    std::vector<std::vector<std::uint8_t>> stored(static_cast<std::size_t>(n_layers));
    for (int i = 0; i < n_layers; ++i) {
        net.layers.push_back(read_layer(r, format, stored[std::size_t(i)]));
        if (i > 0 && net.layers[i - 1].outputs != net.layers[i].inputs)
            r.fail("layers do not chain");
    }
    const int out = net.layers.back().outputs;
    const bool classification = is_classification(net.task);
    const bool ok = classification ? net.n_classes >= 2 && net.n_classes <= max_dim &&
                                         ((net.output == OutputKind::softmax && out == net.n_classes) ||
                                          (net.output == OutputKind::sigmoid && out == 1 && net.n_classes == 2))
                                   : net.n_classes == 0 && net.output == OutputKind::identity && out == 1;
    if (!ok)
        r.fail("output layer does not match the task");
    net.set_residual_fraction(fraction);
    for (std::size_t i = 0; i < net.layers.size(); ++i)
        for (std::size_t b = 0; b < stored[i].size(); ++b)
            if (net.layers[i].keep[b] && !stored[i][b])
                r.fail("a running residual block is not stored");
    return net;
}

} // namespace tern::quant
