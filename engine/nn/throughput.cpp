// FLOPs are counted as GEMM work only: 2*N*C*K per layer forward, three times that for a training step.
#include "engine/nn/throughput.h"
#include "engine/core/error.h"
#include "engine/nn/loss.h"
#include "engine/nn/network.h"

#include <chrono>
#include <random>

namespace tern::nn {

ThroughputResult measure_throughput(const ThroughputOptions& o)
{
    if (o.layers.size() < 2) throw InputError("--layers needs at least two sizes (inputs and outputs)");
    if (o.batch <= 0) throw InputError("--batch must be positive");
    if (o.steps <= 0) throw InputError("--steps must be positive");
    kernels::Context ctx(o.threads);
    NetworkSpec spec;
    spec.sizes = o.layers;
    spec.precision = o.precision;
    spec.backend = o.backend;
    Network net(spec, o.batch, ctx);

    std::mt19937 rng(42);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<float> params = net.parameters();
    std::size_t at = 0;
    for (std::size_t i = 0; i + 1 < o.layers.size(); ++i) {
        const float scale = std::sqrt(2.0f / o.layers[i]);
        const std::size_t w = std::size_t(o.layers[i]) * o.layers[i + 1];
        for (std::size_t j = 0; j < w; ++j) params[at + j] = normal(rng) * scale;
        at += w + o.layers[i + 1];
    }
    net.set_parameters(params);
    std::vector<float> x(net.input_blocking().size());
    for (auto& v : x) v = normal(rng);
    std::vector<float> labels(o.batch);
    for (int i = 0; i < o.batch; ++i) labels[i] = float(rng() % o.layers.back());
    std::vector<float> grad(net.output_blocking().size());
    kernels::UpdateRule sgd;
    sgd.lr = 0.01f;

    WeightNoise noise(o.train ? o.noise : NoiseTarget::none, 1.0f, 42);
    long steps_taken = 0;
    auto step = [&] {
        noise.perturb(net, ++steps_taken);
        const float* logits = net.forward(x.data(), o.train);
        if (!o.train) return;
        loss_and_gradient(LossKind::softmax_cross_entropy, logits, net.output_blocking(), labels, {}, grad.data());
        net.backward(grad.data(), &sgd);
        noise.restore(net);
    };
    for (int i = 0; i < o.warmup; ++i) step();
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < o.steps; ++i) step();
    ThroughputResult r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double flops = 0;
    for (std::size_t i = 0; i + 1 < o.layers.size(); ++i) flops += 2.0 * o.batch * o.layers[i] * o.layers[i + 1];
    r.flops_per_step = o.train ? 3 * flops : flops;
    r.steps_per_s = o.steps / r.seconds;
    r.rows_per_s = r.steps_per_s * o.batch;
    r.gflops = r.steps_per_s * r.flops_per_step / 1e9;
    r.peak = ctx.peak(o.precision);
    r.isa = ctx.isa().name();
    r.path = net.path();
    return r;
}

}  // namespace tern::nn
