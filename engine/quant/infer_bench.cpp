// The timed loop runs the layers' kernels directly (no softmax, no Matrix allocations) so the figure is the
// kernels' own cost, including the activation quantisation every int8 and ternary layer does on entry.
#include "engine/quant/infer_bench.h"
#include "engine/core/error.h"
#include "engine/kernels/context.h"
#include "engine/quant/quantize.h"

#include <chrono>
#include <random>

namespace tern::quant {

namespace {

DenseStack random_stack(const std::vector<int>& sizes, std::mt19937& rng)
{
    std::normal_distribution<float> normal(0.0f, 1.0f);
    DenseStack stack;
    stack.task = Task::multiclass;
    stack.n_classes = sizes.back();
    stack.output = OutputKind::softmax;
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
        DenseStage s;
        s.inputs = sizes[i], s.outputs = sizes[i + 1];
        const float scale = std::sqrt(2.0f / float(s.inputs));  // He initialisation keeps activations O(1)
        s.weights.resize(std::size_t(s.inputs) * s.outputs);
        for (auto& w : s.weights) w = normal(rng) * scale;
        s.bias.resize(s.outputs);
        for (auto& b : s.bias) b = 0.1f * normal(rng);
        s.act = i + 2 < sizes.size() ? kernels::Activation::relu : kernels::Activation::none;
        stack.layers.push_back(std::move(s));
    }
    return stack;
}

// Peak arithmetic rate of the precision: int8 and ternary run 8-bit dot products (vpdpbusd: 4 multiply-adds per
// 32-bit lane, twice the bf16 rate) where the CPU has VNNI.
void set_peak(InferBenchResult& r, Precision p, const kernels::Context& ctx)
{
    const bool eight_bit = p == Precision::int8 || p == Precision::ternary;
    const auto peak = ctx.peak(p == Precision::fp32 ? kernels::Precision::fp32 : kernels::Precision::bf16);
    r.peak_gflops = peak.gflops;
    r.peak_formula = peak.formula;
    if (eight_bit && ctx.isa().avx512_vnni && !ctx.isa().amx_bf16) {
        r.peak_gflops *= 2;
        r.peak_formula += " x 2 (VNNI int8 dot product)";
    }
}

}  // namespace

InferBenchResult measure_inference(const InferBenchOptions& o)
{
    if (o.layers.size() < 2) throw InputError("--layers needs at least two sizes (inputs and outputs)");
    for (int s : o.layers)
        if (s <= 0 || s > 1 << 16) throw InputError("--layers sizes must be 1..65536");
    if (o.batch <= 0) throw InputError("--batch must be positive");
    if (o.steps <= 0) throw InputError("--steps must be positive");
    if (!(o.residual_fraction >= 0 && o.residual_fraction <= 1))
        throw InputError("--residual-fraction must be in [0, 1]");
    kernels::Context ctx(o.threads);
    if (o.threads > 0) kernels::set_threads(o.threads);

    std::mt19937 rng(42);
    const DenseStack stack = random_stack(o.layers, rng);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Matrix calibration(512, o.layers.front());
    for (auto& v : calibration.values()) v = normal(rng);
    QuantOptions q;
    q.precision = o.precision;
    q.residual_fraction = o.residual_fraction;
    QuantizedNetwork net = quantize(stack, calibration, q);
    net.set_residual_fraction(o.residual_fraction);

    KernelOptions ko;
    ko.ternary = o.ternary;
    std::vector<LayerKernel> kernels;
    InferBenchResult r;
    for (const auto& layer : net.layers) {
        kernels.emplace_back(layer, ko);
        if (!r.path.empty()) r.path += "; ";
        r.path += kernels.back().path();
    }
    int widest = 0;
    for (int s : o.layers) widest = std::max(widest, s);
    std::vector<float> x(std::size_t(o.batch) * o.layers.front()), a(std::size_t(o.batch) * widest),
        b(std::size_t(o.batch) * widest);
    for (auto& v : x) v = normal(rng);
    auto pass = [&] {
        const float* in = x.data();
        for (std::size_t i = 0; i < kernels.size(); ++i) {
            float* out = i % 2 ? b.data() : a.data();
            kernels[i].run(in, o.batch, out);
            in = out;
        }
    };
    for (int i = 0; i < o.warmup; ++i) pass();
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < o.steps; ++i) pass();
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double flops = 0;
    for (std::size_t i = 0; i + 1 < o.layers.size(); ++i) flops += 2.0 * o.batch * o.layers[i] * o.layers[i + 1];
    r.steps_per_s = o.steps / r.seconds;
    r.rows_per_s = r.steps_per_s * o.batch;
    r.gflops = r.steps_per_s * flops / 1e9;
    set_peak(r, o.precision, ctx);
    r.isa = ctx.isa().name();
    r.multiplies_per_row = net.multiplies_per_row();
    r.size_bytes = net.size_bytes();
    return r;
}

}  // namespace tern::quant
