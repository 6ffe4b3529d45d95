// Noise-aware training against plain training, judged by what quantisation costs: the same mlp (same parameters,
// seeds and folds) is trained with and without noise_aware (noise_target ternary), each fold's model is quantised
// (calibrated on that fold's training rows) and scored on that fold's validation rows. Prints, per training mode,
// the pooled out-of-fold metric at fp32, int8, ternary with its residual level (fraction 1) and ternary without it
// (fraction 0), and the drop of each from fp32, averaged over seeds. noise_aware_ternary.sh runs it on two tables.
// Usage: bench_noise_aware --data FILE --target COL [--seeds N] [--folds K] [--width W] [--depth D] [--epochs E]
//                          [--json] | --smoke (a small synthetic table, seconds)
#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/quant/quantize.h"
#include "engine/search/evaluator.h"
#include "engine/search/fitted.h"
#include "engine/search/folds.h"
#include "engine/search/scoring.h"
#include "engine/search/target.h"

#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

using namespace tern;
using namespace tern::search;

namespace {

struct Args {
    std::string data, target;
    int seeds = 3, folds = 5, width = 128, depth = 2, epochs = 60;
    bool smoke = false, json = false;
};

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string s = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                throw InputError("missing value after " + s);
            return argv[++i];
        };
        if (s == "--data")
            a.data = next();
        else if (s == "--target")
            a.target = next();
        else if (s == "--seeds")
            a.seeds = std::stoi(next());
        else if (s == "--folds")
            a.folds = std::stoi(next());
        else if (s == "--width")
            a.width = std::stoi(next());
        else if (s == "--depth")
            a.depth = std::stoi(next());
        else if (s == "--epochs")
            a.epochs = std::stoi(next());
        else if (s == "--json")
            a.json = true;
        else if (s == "--smoke")
            a.smoke = true;
        else
            throw InputError("unknown option " + s);
    }
    return a;
}

// Two noisy interleaved classes in four columns, written once to a temporary CSV (the smoke run).
std::string smoke_table()
{
    const auto path = std::filesystem::temp_directory_path() / "tern_bench_noise_aware.csv";
    std::ofstream out(path);
    out << "a,b,c,d,label\n";
    std::mt19937 rng(5);
    std::normal_distribution<float> n;
    for (int i = 0; i < 240; ++i) {
        const float a = n(rng), b = n(rng), c = n(rng), d = n(rng);
        out << fmt::format("{},{},{},{},{}\n", a, b, c, d, std::sin(2 * a) + b * c + 0.3f * n(rng) > 0 ? "yes" : "no");
    }
    return path.string();
}

const std::vector<std::string> variants = {"fp32", "int8", "ternary@1", "ternary@0"};

// Pooled out-of-fold predictions of every variant for one training mode and seed.
std::map<std::string, double> run_once(const data::Table& table, const TargetData& target, const Scorer& scorer,
                                       const Args& a, bool noise_aware, std::uint64_t seed)
{
    const auto folds = make_folds(target.y, target.task, a.folds, seed, false);
    CandidateConfig config;
    config.family = "mlp";
    config.params = {{"depth", a.depth},
                     {"width", a.width},
                     {"epochs", a.epochs},
                     {"noise_aware", noise_aware},
                     {"noise_target", "ternary"}};
    std::map<std::string, PredictionBlock> pooled;
    std::vector<float> truth;
    for (std::size_t f = 0; f < folds.size(); ++f) {
        const auto train = table_rows(target, folds[f].train), valid = table_rows(target, folds[f].valid);
        const auto y = labels(target, folds[f].train), yv = labels(target, folds[f].valid);
        FitRequest request{target.task, target.n_classes(), seed * 31 + f, {}, 0, 1};
        const auto fitted = fit_candidate(table, train, y, config, request);
        const Matrix calibration = fitted.pipeline.transform(table, train);
        const Matrix x = fitted.pipeline.transform(table, valid);
        const auto stack = quant::dense_stack(*fitted.model);
        auto add = [&](const std::string& name, Matrix out) {
            auto& b = pooled[name];
            b.width = out.cols();
            b.values.insert(b.values.end(), out.values().begin(), out.values().end());
        };
        quant::QuantOptions o;
        o.precision = quant::Precision::fp32;
        add("fp32", quant::quantize(stack, calibration, o).forward(x));
        o.precision = quant::Precision::int8;
        add("int8", quant::quantize(stack, calibration, o).forward(x));
        o.precision = quant::Precision::ternary;
        auto ternary = quant::quantize(stack, calibration, o);
        add("ternary@1", ternary.forward(x));
        ternary.set_residual_fraction(0.0);
        add("ternary@0", ternary.forward(x));
        truth.insert(truth.end(), yv.begin(), yv.end());
    }
    std::map<std::string, double> scores;
    for (const auto& v : variants)
        scores[v] = scorer.score(truth, pooled[v]);
    return scores;
}

} // namespace

int main(int argc, char** argv)
try {
    Args a = parse(argc, argv);
    if (a.smoke)
        a.data = smoke_table(), a.target = "label", a.seeds = 1, a.folds = 3, a.width = 32, a.epochs = 10;
    if (a.data.empty() || a.target.empty())
        throw InputError("usage: bench_noise_aware --data FILE --target COL | --smoke");
    data::Table table = data::read_table(a.data);
    table.set_target(a.target);
    const TargetData target = prepare_target(table, a.target, "auto");
    if (target.task == Task::regression)
        throw InputError("bench_noise_aware: a classification target is needed");
    const Scorer scorer(target.task, target.n_classes(), "balanced_accuracy", "", true);

    std::map<bool, std::map<std::string, double>> mean;
    for (int s = 0; s < a.seeds; ++s)
        for (bool noise : {false, true})
            for (const auto& [k, v] : run_once(table, target, scorer, a, noise, std::uint64_t(s + 1)))
                mean[noise][k] += v / a.seeds;

    nlohmann::json j = {{"data", a.data},
                        {"target", a.target},
                        {"rows", target.rows.size()},
                        {"seeds", a.seeds},
                        {"folds", a.folds},
                        {"mlp", {{"depth", a.depth}, {"width", a.width}, {"epochs", a.epochs}}}};
    for (bool noise : {false, true}) {
        auto& m = j[noise ? "noise_aware" : "plain"];
        for (const auto& v : variants) {
            m[v] = mean[noise][v];
            if (v != "fp32")
                m["drop_" + v] = mean[noise]["fp32"] - mean[noise][v];
        }
    }
    if (a.json) {
        std::puts(j.dump().c_str());
        return 0;
    }
    fmt::print("{} ({} rows, target {}), mlp depth {} width {}, {} seeds x {}-fold, balanced accuracy out-of-fold\n",
               a.data, target.rows.size(), a.target, a.depth, a.width, a.seeds, a.folds);
    fmt::print("{:<12} {:>8} {:>8} {:>10} {:>10} {:>10} {:>12} {:>12}\n", "training", "fp32", "int8", "ternary@1",
               "ternary@0", "drop int8", "drop tern@1", "drop tern@0");
    for (bool noise : {false, true}) {
        const auto& m = j[noise ? "noise_aware" : "plain"];
        fmt::print("{:<12} {:>8.4f} {:>8.4f} {:>10.4f} {:>10.4f} {:>10.4f} {:>12.4f} {:>12.4f}\n",
                   noise ? "noise-aware" : "plain", m["fp32"].get<double>(), m["int8"].get<double>(),
                   m["ternary@1"].get<double>(), m["ternary@0"].get<double>(), m["drop_int8"].get<double>(),
                   m["drop_ternary@1"].get<double>(), m["drop_ternary@0"].get<double>());
    }
    return 0;
} catch (const InputError& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 2;
} catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
}
