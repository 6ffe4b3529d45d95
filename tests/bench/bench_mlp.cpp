// Dense-layer and MLP training throughput of Tern's kernels: forward, backward by data, weight update (fused SGD)
// and a whole layer step, per layer shape (batch 64/256/1024, C = K from 64 to 4096), for the libxsmm/AMX and the
// oneDNN paths in FP32 and BF16, in GFLOP/s and as a fraction of this machine's peak (formula printed); then whole
// MLP training steps. Best of --reps runs. --smoke: one tiny shape (ctest). --csv: machine-readable rows for
// tests/bench/mlp_vs_torch.py. The peak's clock is measured again after each timing and the highest seen counts.
#include "engine/kernels/dense.h"
#include "engine/kernels/omp_policy.h"
#include "engine/nn/throughput.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace tern;
using namespace tern::kernels;

namespace {

struct Args {
    bool smoke = false, csv = false, layers_only = false;
    int threads = 2, reps = 3;
    std::vector<int> batches{64, 256, 1024}, widths{64, 128, 256, 512, 1024, 2048, 4096};
};

double best_seconds(int reps, int iters, const auto& fn)
{
    double best = 1e30;
    for (int r = 0; r < reps; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < iters; ++i) fn();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / iters);
    }
    return best;
}

struct LayerTimes {
    double fwd, bwd, upd, step;  // seconds
};

LayerTimes time_layer(Backend backend, Precision p, int n, int c, int k, const Context& ctx, int reps)
{
    auto layer = make_dense(backend, {n, c, k, Activation::relu, p}, ctx);
    std::mt19937 rng(1);
    std::normal_distribution<float> d(0.0f, 1.0f);
    std::vector<float> w(std::size_t(c) * k), b(k), x(layer->in().size()), dy(layer->out().size());
    for (auto& v : w) v = d(rng) * 0.05f;
    for (auto& v : x) v = d(rng);
    for (auto& v : dy) v = d(rng);
    layer->set_weights(w.data(), b.data());
    UpdateRule sgd;
    sgd.lr = 1e-6f;
    const double flops = 2.0 * n * c * k;
    const int iters = std::max(1, int(2e9 / flops));
    layer->forward({x.data(), nullptr});
    LayerTimes t{};
    t.fwd = best_seconds(reps, iters, [&] { layer->forward({x.data(), nullptr}); });
    t.upd = best_seconds(reps, iters, [&] { layer->backward(dy.data(), false, &sgd); });
    const double both = best_seconds(reps, iters, [&] { layer->backward(dy.data(), true, &sgd); });
    t.bwd = both - t.upd;  // <= 0 when noise exceeds the backward-by-data time: printed as n/a
    t.step = t.fwd + both;
    return t;
}

std::string bwd_text(double gflop, const LayerTimes& t)
{
    if (t.bwd <= 0) return "n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", gflop / t.bwd);
    return buf;
}

// "64,256" -> {64, 256}; anything else in the list is an error.
std::vector<int> int_list(const char* text)
{
    std::vector<int> out;
    for (const char* p = text; *p;) {
        char* end = nullptr;
        const long v = std::strtol(p, &end, 10);
        if (end == p || v <= 0 || v > 65536) {
            std::fprintf(stderr, "bench_mlp: '%s' is not a list of positive sizes\n", text);
            std::exit(2);
        }
        out.push_back(int(v));
        p = *end == ',' ? end + 1 : end;
    }
    return out;
}

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--smoke")) a.smoke = true;
        else if (!std::strcmp(argv[i], "--csv")) a.csv = true;
        else if (!std::strcmp(argv[i], "--layers-only")) a.layers_only = true;
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) a.threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) a.reps = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--batches") && i + 1 < argc) a.batches = int_list(argv[++i]);
        else if (!std::strcmp(argv[i], "--widths") && i + 1 < argc) a.widths = int_list(argv[++i]);
        else if (!std::strcmp(argv[i], "--max-width") && i + 1 < argc) {
            const int m = std::atoi(argv[++i]);
            std::erase_if(a.widths, [m](int w) { return w > m; });
        } else {
            std::fprintf(stderr, "usage: bench_mlp [--smoke] [--csv] [--threads T] [--reps N] [--batches B,..] "
                                 "[--widths W,..] [--max-width W] [--layers-only]\n");
            std::exit(2);
        }
    }
    if (a.smoke) a.batches = {64}, a.widths = {64}, a.reps = 1;
    return a;
}

}  // namespace

int main(int argc, char** argv)
{
    const Args a = parse(argc, argv);
    ensure_passive_wait_policy();  // see omp_policy.h; TERN_KEEP_OMP_POLICY=1 measures libgomp's default
    Context ctx(a.threads);
    if (!a.csv) {
        std::printf("threads %d, isa %s, libxsmm target %s\n", ctx.threads(), ctx.isa().name().c_str(),
                    ctx.isa().libxsmm_arch.c_str());
        for (auto p : {Precision::fp32, Precision::bf16})
            std::printf("peak %s: %s\n", to_string(p).c_str(), ctx.peak(p).formula.c_str());
        std::printf("GFLOP/s per phase (FLOPs = 2*N*C*K each; step = fwd + bwd + upd), best of %d; %% = step / peak\n\n", a.reps);
        std::printf("%-5s %-8s %5s %5s | %8s %8s %8s %8s %6s\n", "prec", "backend", "batch", "C=K", "fwd", "bwd", "upd",
                    "step", "%peak");
    }
    for (auto p : {Precision::fp32, Precision::bf16})
        for (int n : a.batches)
            for (int c : a.widths)
                for (auto backend : {Backend::libxsmm, Backend::onednn}) {
                    const auto t = time_layer(backend, p, n, c, c, ctx, a.reps);
                    const double f = 2.0 * n * c * c / 1e9;
                    const double peak = ctx.peak(p, true).gflops;  // the highest clock seen so far (context.h)
                    if (a.csv)
                        std::printf("layer,%s,%s,%d,%d,%d,%.2f,%.2f,%.2f,%.2f\n", to_string(backend).c_str(),
                                    to_string(p).c_str(), n, c, c, f / t.fwd, t.bwd > 0 ? f / t.bwd : 0.0, f / t.upd,
                                    3 * f / t.step);
                    else
                        std::printf("%-5s %-8s %5d %5d | %8.1f %8s %8.1f %8.1f %5.0f%%\n", to_string(p).c_str(),
                                    to_string(backend).c_str(), n, c, f / t.fwd, bwd_text(f, t).c_str(), f / t.upd,
                                    3 * f / t.step, 100 * 3 * f / t.step / peak);
                    std::fflush(stdout);
                }

    // Whole MLP training steps (forward, softmax cross-entropy, backward, fused SGD), the shapes of the checks.
    struct Shape {
        int batch;
        std::vector<int> layers;
    };
    std::vector<Shape> shapes = {{64, {64, 256, 256, 10}}, {256, {256, 512, 512, 10}}, {256, {1024, 1024, 1024, 10}},
                                 {1024, {1024, 1024, 1024, 1024}}};
    if (a.smoke) shapes.resize(1);
    if (a.layers_only) shapes.clear();
    if (!a.csv && !shapes.empty()) std::printf("\nMLP training step: %-8s %-5s %5s %-24s %10s %9s %6s\n", "backend", "prec", "batch", "layers", "steps/s", "GFLOP/s", "%peak");
    for (const auto& s : shapes)
        for (auto p : {Precision::fp32, Precision::bf16})
            for (auto backend : {Backend::libxsmm, Backend::onednn}) {
                nn::ThroughputOptions o;
                o.batch = s.batch, o.layers = s.layers, o.precision = p, o.backend = backend, o.threads = a.threads;
                double flops = 0;
                for (std::size_t i = 0; i + 1 < s.layers.size(); ++i) flops += 6.0 * s.batch * s.layers[i] * s.layers[i + 1];
                o.steps = a.smoke ? 3 : std::max(10, int(2e10 / flops));
                nn::ThroughputResult best;
                for (int r = 0; r < a.reps; ++r) {
                    auto res = nn::measure_throughput(o);
                    if (res.steps_per_s > best.steps_per_s) best = res;
                }
                std::string layers;
                for (int v : s.layers) layers += (layers.empty() ? "" : ",") + std::to_string(v);
                if (a.csv)
                    std::printf("mlp,%s,%s,%d,%s,%.2f,%.2f\n", to_string(backend).c_str(), to_string(p).c_str(), s.batch,
                                layers.c_str(), best.steps_per_s, best.gflops);
                else
                    std::printf("                   %-8s %-5s %5d %-24s %10.1f %9.1f %5.0f%%\n", to_string(backend).c_str(),
                                to_string(p).c_str(), s.batch, layers.c_str(), best.steps_per_s, best.gflops,
                                100 * best.gflops / ctx.peak(p, true).gflops);
                std::fflush(stdout);
            }
    if (!a.csv)
        for (auto p : {Precision::fp32, Precision::bf16})
            std::printf("peak %s at the end, the highest clock measured during the run: %s\n", to_string(p).c_str(),
                        ctx.peak(p).formula.c_str());
    return 0;
}
