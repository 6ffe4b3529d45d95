// Inference kernels per precision (engine/quant/qgemm.h): one dense layer (batch N, C -> K, ReLU inputs) in fp32,
// bf16, int8 and ternary (each ternary method, residual fractions 1, 0.5, 0), in useful GOP/s (2*N*C*K per pass,
// whatever the arithmetic) and as a multiple of fp32; then whole-MLP inference rows/s per precision (the
// `tern-cli bench mlp --mode infer` loop). Best of --reps runs. --smoke: one tiny shape (ctest); --layer N,C,K one
// layer shape only; --no-mlp skips the MLP table.
#include "engine/kernels/context.h"
#include "engine/kernels/omp_policy.h"
#include "engine/quant/infer_bench.h"
#include "engine/quant/quantize.h"

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace tern;
using namespace tern::quant;

namespace {

struct Args {
    bool smoke = false, mlp = true;
    int threads = 2, reps = 3;
    int n = 0, c = 0, k = 0;  // --layer N,C,K: only this layer shape
};

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--smoke")) a.smoke = true;
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) a.threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) a.reps = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-mlp")) a.mlp = false;
        else if (!std::strcmp(argv[i], "--layer") && i + 1 < argc &&
                 std::sscanf(argv[++i], "%d,%d,%d", &a.n, &a.c, &a.k) == 3 && a.n > 0 && a.c > 0 && a.k > 0) {
        } else {
            std::fprintf(stderr, "usage: bench_qgemm [--smoke] [--threads T] [--reps N] [--layer N,C,K] [--no-mlp]\n");
            std::exit(2);
        }
    }
    if (a.smoke) a.reps = 1;
    return a;
}

// One ReLU-fed layer quantised by the real quantiser, calibrated on non-negative random rows.
QuantizedLayer make_layer(Precision p, int c, int k, double fraction)
{
    std::mt19937 rng(3);
    std::normal_distribution<float> d(0.0f, 1.0f);
    DenseStack stack;
    stack.task = Task::multiclass;
    stack.n_classes = k;
    DenseStage s;
    s.inputs = c, s.outputs = k;
    s.weights.resize(std::size_t(c) * k);
    for (auto& w : s.weights) w = d(rng) * std::sqrt(2.0f / float(c));
    s.bias.assign(k, 0.0f);
    s.act = kernels::Activation::relu;
    stack.layers.push_back(s);
    Matrix calibration(256, c);
    for (auto& v : calibration.values()) v = std::fabs(d(rng));
    QuantOptions o;
    o.precision = p;
    o.residual_fraction = fraction;
    QuantizedNetwork net = quantize(stack, calibration, o);
    net.set_residual_fraction(fraction);
    return net.layers.front();
}

struct Times {
    double wall = 1e30, cpu = 1e30;  // seconds per call, best of the repetitions
};

// Wall time and this process's CPU time (all threads): on a shared machine the CPU time per call stays close to
// the work done while the wall time also counts the time other processes held the cores.
Times best_times(int reps, int iters, const auto& fn)
{
    Times best;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        for (int i = 0; i < iters; ++i) fn();
        const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC / iters;
        best.wall = std::min(best.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / iters);
        best.cpu = std::min(best.cpu, cpu);
    }
    return best;
}

struct Variant {
    Precision precision;
    TernaryMethod method = TernaryMethod::automatic;
    double fraction = 1.0;
    std::string name() const
    {
        if (precision != Precision::ternary) return to_string(precision);
        char buf[64];
        std::snprintf(buf, sizeof buf, "ternary %s f=%.1f", to_string(method).c_str(), fraction);
        return buf;
    }
};

}  // namespace

int main(int argc, char** argv)
{
    const Args a = parse(argc, argv);
    kernels::ensure_passive_wait_policy();  // see omp_policy.h
    kernels::Context ctx(a.threads);
    kernels::set_threads(a.threads);
    std::printf("threads %d, isa %s\n", ctx.threads(), ctx.isa().name().c_str());

    std::vector<Variant> variants = {{Precision::fp32}, {Precision::bf16}, {Precision::int8}};
    for (auto m : {TernaryMethod::amx, TernaryMethod::vnni, TernaryMethod::masks, TernaryMethod::portable})
        if (ternary_method_available(m))
            for (double f : {1.0, 0.5, 0.0}) variants.push_back({Precision::ternary, m, f});
    struct Shape {
        int n, c, k;
    };
    std::vector<Shape> shapes = {{256, 512, 1024}, {256, 1024, 1024}, {256, 1024, 10}, {1, 1024, 1024}};
    if (a.n) shapes = {{a.n, a.c, a.k}};
    if (a.smoke) shapes = {{16, 64, 40}};

    std::printf("\none layer, useful GOP/s (2*N*C*K per pass) per wall second and per CPU second (all threads), best of "
                "%d; x = multiple of fp32\n", a.reps);
    std::printf("%-24s %5s %5s %5s | %9s %7s %9s %7s  %s\n", "kernel", "N", "C", "K", "GOP/s", "x fp32", "GOP/cpu-s",
                "x fp32", "path");
    for (const auto& s : shapes) {
        double fp32 = 0, fp32_cpu = 0;
        std::mt19937 rng(5);
        std::normal_distribution<float> d(0.0f, 1.0f);
        std::vector<float> x(std::size_t(s.n) * s.c), y(std::size_t(s.n) * s.k);
        for (auto& v : x) v = std::fabs(d(rng));
        for (const auto& v : variants) {
            if (v.method == TernaryMethod::portable && v.fraction != 1.0 && !a.smoke) continue;  // slow and uninformative
            KernelOptions o;
            o.ternary = v.method;
            const LayerKernel kernel(make_layer(v.precision, s.c, s.k, v.fraction), o);
            const double ops = 2.0 * s.n * s.c * s.k;
            const int iters = a.smoke ? 2 : std::max(5, int(2e9 / ops));
            kernel.run(x.data(), s.n, y.data());
            const Times t = best_times(a.reps, iters, [&] { kernel.run(x.data(), s.n, y.data()); });
            const double gops = ops / t.wall / 1e9, cpu = ops / t.cpu / 1e9;
            if (v.precision == Precision::fp32) fp32 = gops, fp32_cpu = cpu;
            std::printf("%-24s %5d %5d %5d | %9.1f %7.2f %9.1f %7.2f  %s\n", v.name().c_str(), s.n, s.c, s.k, gops,
                        gops / fp32, cpu, cpu / fp32_cpu, kernel.path().c_str());
            std::fflush(stdout);
        }
    }

    struct Mlp {
        int batch;
        std::vector<int> layers;
    };
    std::vector<Mlp> mlps = {{256, {512, 1024, 1024, 10}}, {256, {1024, 1024, 1024, 1024}}};
    if (a.smoke) mlps = {{16, {64, 40, 10}}};
    if (!a.mlp) mlps.clear();
    if (!mlps.empty()) std::printf("\nMLP inference (bench mlp --mode infer), rows/s, best of %d\n", a.reps);
    if (!mlps.empty()) std::printf("%-24s %5s %-22s | %10s %7s %8s %12s\n", "precision", "batch", "layers", "rows/s", "x fp32", "GOP/s",
                "mults/row");
    for (const auto& m : mlps) {
        double fp32 = 0;
        std::string layers;
        for (int v : m.layers) layers += (layers.empty() ? "" : ",") + std::to_string(v);
        for (const auto& v : variants) {
            if (v.precision == Precision::ternary && v.method != TernaryMethod::amx && v.method != TernaryMethod::vnni &&
                !(v.method == TernaryMethod::portable && !ternary_method_available(TernaryMethod::vnni)))
                continue;
            InferBenchOptions o;
            o.batch = m.batch, o.layers = m.layers, o.precision = v.precision, o.threads = a.threads;
            o.residual_fraction = v.fraction, o.ternary = v.method;
            o.steps = a.smoke ? 2 : 30;
            InferBenchResult best;
            for (int r = 0; r < a.reps; ++r) {
                const auto res = measure_inference(o);
                if (res.rows_per_s > best.rows_per_s) best = res;
            }
            if (v.precision == Precision::fp32) fp32 = best.rows_per_s;
            std::printf("%-24s %5d %-22s | %10.0f %7.2f %8.1f %12lld\n", v.name().c_str(), m.batch, layers.c_str(),
                        best.rows_per_s, best.rows_per_s / fp32, best.gflops,
                        static_cast<long long>(best.multiplies_per_row));
            std::fflush(stdout);
        }
    }
    return 0;
}
