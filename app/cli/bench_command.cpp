// tern-cli bench mlp: times training steps or inference passes of an MLP shape on random data (CONTRACT.md).
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/nn/throughput.h"
#include "engine/quant/infer_bench.h"

#include "engine/kernels/omp_policy.h"

#include <cstdio>
#include <fmt/format.h>
#include <sstream>

namespace tern::cli {

namespace {

struct MlpOptions {
    int batch = 64;
    std::string layers;
    std::string mode = "train";
    std::string precision = "fp32";
    std::string backend = "libxsmm";
    int steps = 100;
    int threads = 0;
    bool json = false;
    bool backend_given = false;      // infer mode: fp32/bf16 on the training network's forward instead
    double residual_fraction = 1.0;  // ternary inference
    std::string ternary_kernel = "auto";
    std::string noise = "none";      // training: noise-aware training's weight noise
};

std::vector<int> parse_layers(const std::string& text, int batch)
{
    std::vector<int> sizes;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        std::size_t used = 0;
        int v = 0;
        try {
            v = std::stoi(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != item.size() || v <= 0) throw InputError("--layers: '" + item + "' is not a positive integer");
        if (v > 1 << 16) throw InputError("--layers sizes must be 1..65536");
        sizes.push_back(v);
    }
    if (sizes.size() < 2) throw InputError("--layers needs at least two sizes, e.g. 784,256,10");
    // Training keeps weights, gradients and optimiser state: refused here in one line, not as bad_alloc later.
    double weights = 0;
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
        weights += double(sizes[i]) * double(sizes[i + 1]);
    if (weights > 5e8)
        throw InputError(fmt::format("--layers hold {:.2g} weights; the benchmark takes up to 5e8 (2 GB in fp32)",
                                     weights));
    // Each layer's activations and their gradients per row of the batch: a batch of a million rows through wide
    // layers took all the machine's memory before the first step.
    double activations = 0;
    for (int size : sizes)
        activations += double(batch) * size;
    if (activations > 5e8)
        throw InputError(fmt::format("--batch {} through --layers {} holds {:.2g} activations; the benchmark takes up "
                                     "to 5e8 (2 GB in fp32): a smaller batch or narrower layers",
                                     batch, text, activations));
    return sizes;
}

// Inference at a deployment precision on the quantised kernels (engine/quant/infer_bench.h).
void run_infer(const MlpOptions& o)
{
    quant::InferBenchOptions q;
    q.batch = o.batch;
    q.layers = parse_layers(o.layers, o.batch);
    q.precision = quant::precision_from_string(o.precision);
    q.steps = o.steps;
    q.threads = o.threads;
    q.residual_fraction = o.residual_fraction;
    q.ternary = quant::ternary_method_from_string(o.ternary_kernel);
    const auto r = quant::measure_inference(q);
    const bool ternary = q.precision == quant::Precision::ternary;
    const std::string backend = ternary ? "tern" : "onednn";
    if (o.json) {
        nlohmann::json j = {{"backend", backend}, {"mode", o.mode}, {"precision", o.precision}, {"isa", r.isa},
                            {"batch", o.batch}, {"layers", q.layers}, {"steps", o.steps}, {"seconds", r.seconds},
                            {"steps_per_s", r.steps_per_s}, {"rows_per_s", r.rows_per_s}, {"gflops", r.gflops},
                            {"peak_gflops", r.peak_gflops}, {"kernels", r.path}, {"threads", kernels::max_threads()},
                            {"multiplies_per_row", r.multiplies_per_row}, {"size_bytes", r.size_bytes}};
        if (ternary) j["residual_fraction"] = o.residual_fraction;
        print_json(j);
        return;
    }
    std::printf("MLP infer, %s, batch %d, layers %s, %d passes, %d threads", o.precision.c_str(), o.batch,
                o.layers.c_str(), o.steps, kernels::max_threads());
    if (ternary) std::printf(", residual fraction %g", o.residual_fraction);
    std::printf("\nkernels: %s\n", r.path.c_str());
    std::printf("%.3f s, %.1f passes/s, %.0f rows/s, %.1f GOP/s useful (%.0f %% of peak)\n", r.seconds,
                r.steps_per_s, r.rows_per_s, r.gflops, 100.0 * r.gflops / r.peak_gflops);
    std::printf("model: %lld bytes, %lld multiplies per row\n", static_cast<long long>(r.size_bytes),
                static_cast<long long>(r.multiplies_per_row));
    std::printf("peak (%s): %s\n", r.isa.c_str(), r.peak_formula.c_str());
}

void run_mlp(const MlpOptions& o)
{
    // Spinning OpenMP waits collapse on a shared machine (engine/kernels/omp_policy.h).
    kernels::ensure_passive_wait_policy();
    if (o.mode != "train" && o.mode != "infer") throw InputError("--mode must be train or infer");
    const bool low = o.precision == "int8" || o.precision == "ternary";
    if (low && o.mode == "train")
        throw InputError("--precision " + o.precision + " is inference only (--mode infer)");
    if (o.noise != "none" && o.mode != "train")
        throw InputError("--noise is a training option (--mode train)");
    if (o.mode == "infer" && (low || !o.backend_given)) return run_infer(o);
    nn::ThroughputOptions t;
    t.batch = o.batch;
    t.layers = parse_layers(o.layers, o.batch);
    t.train = o.mode == "train";
    t.precision = kernels::precision_from_string(o.precision);
    t.backend = kernels::backend_from_string(o.backend);
    t.steps = o.steps;
    t.threads = o.threads;
    t.noise = nn::noise_target_from_string(o.noise);
    const auto r = nn::measure_throughput(t);
    if (o.json) {
        print_json({{"backend", o.backend}, {"mode", o.mode}, {"precision", o.precision}, {"isa", r.isa},
                    {"batch", o.batch}, {"layers", t.layers}, {"steps", o.steps}, {"seconds", r.seconds},
                    {"steps_per_s", r.steps_per_s}, {"rows_per_s", r.rows_per_s}, {"gflops", r.gflops},
                    {"peak_gflops", r.peak.gflops}, {"kernels", r.path}, {"threads", kernels::max_threads()},
                    {"noise", o.noise}});
        return;
    }
    std::printf("MLP %s, %s, %s backend, batch %d, layers %s, %d steps, %d threads%s\n", o.mode.c_str(),
                o.precision.c_str(), o.backend.c_str(), o.batch, o.layers.c_str(), o.steps, kernels::max_threads(),
                o.noise == "none" ? "" : (", " + o.noise + " weight noise").c_str());
    std::printf("kernels: %s\n", r.path.c_str());
    std::printf("%.3f s, %.1f steps/s, %.0f rows/s, %.1f GFLOP/s (%.0f %% of peak)\n", r.seconds, r.steps_per_s,
                r.rows_per_s, r.gflops, 100.0 * r.gflops / r.peak.gflops);
    std::printf("peak (%s): %s\n", r.isa.c_str(), r.peak.formula.c_str());
}

}  // namespace

void add_bench_command(CLI::App& app)
{
    auto* bench = app.add_subcommand("bench", "Benchmarks of Tern's kernels");
    bench->require_subcommand(1);
    auto o = std::make_shared<MlpOptions>();
    auto* mlp = bench->add_subcommand("mlp", "Time MLP training steps or inference passes on random data");
    mlp->add_option("--batch", o->batch, "rows per step")->capture_default_str()->check(CLI::Range(1, 1 << 20));
    mlp->add_option("--layers", o->layers, "layer sizes C,H1,...,K")->required();
    mlp->add_option("--mode", o->mode, "train or infer")
        ->capture_default_str()
        ->check(CLI::IsMember({"train", "infer"}));
    mlp->add_option("--precision", o->precision, "fp32, bf16, int8 or ternary (int8 and ternary: infer only)")
        ->capture_default_str()
        ->check(CLI::IsMember({"fp32", "bf16", "int8", "ternary"}));
    mlp->add_option("--backend", o->backend,
                    "libxsmm or onednn (training network), or reference (plain loops, for comparison); --mode infer "
                    "uses the quantised kernels unless given")
        ->check(CLI::IsMember({"libxsmm", "onednn", "reference"}));
    mlp->add_option("--steps", o->steps, "timed steps after the warm-up")
        ->capture_default_str()
        ->check(CLI::Range(1, 1 << 30));
    mlp->add_option("--threads", o->threads, "OpenMP threads for both backends")->check(CLI::Range(1, 1024));
    mlp->add_option("--residual-fraction", o->residual_fraction,
                    "ternary inference: share of residual blocks kept, most important first (0..1)");
    mlp->add_option("--ternary-kernel", o->ternary_kernel, "ternary inference kernel: auto, amx, vnni, masks or portable")
        ->check(CLI::IsMember({"auto", "amx", "vnni", "masks", "portable"}));
    mlp->add_option("--noise", o->noise, "training: add noise-aware training's weight noise (int8 or ternary steps)")
        ->capture_default_str()
        ->check(CLI::IsMember({"none", "int8", "ternary"}));
    mlp->add_flag("--json", o->json, "print JSON");
    mlp->callback([o, mlp] {
        o->backend_given = mlp->count("--backend") > 0;
        run_mlp(*o);
    });
}

}  // namespace tern::cli
