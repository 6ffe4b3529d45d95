// Fit and predict time of every model family on a synthetic table (default 100000 x 50, binary; --smoke: 2000 x 10),
// printed as a table. Usage: bench_models [--smoke] [--rows N] [--cols D] [--threads T] [--families a,b]
#include "engine/core/error.h"
#include "engine/models/registry.h"

#include <fmt/format.h>

#include <chrono>
#include <cstring>
#include <random>
#include <sstream>

using namespace tern;

int main(int argc, char** argv)
{
    std::size_t rows = 100000, cols = 50;
    int threads = 2;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--smoke")
            rows = 2000, cols = 10;
        else if (a == "--rows" && i + 1 < argc)
            rows = std::stoul(argv[++i]);
        else if (a == "--cols" && i + 1 < argc)
            cols = std::stoul(argv[++i]);
        else if (a == "--threads" && i + 1 < argc)
            threads = std::stoi(argv[++i]);
        else if (a == "--families" && i + 1 < argc)
            only = std::string(",") + argv[++i] + ",";
    }
    // A nonlinear binary problem: the label depends on a few features through products and thresholds.
    std::mt19937 rng(42);
    std::normal_distribution<float> normal;
    Matrix x(rows, cols);
    std::vector<float> y(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < cols; ++j)
            x(i, j) = normal(rng);
        const float s = x(i, 0) + 0.8f * x(i, 1) * x(i, 2) - (x(i, 3) > 0.5f ? 1.0f : 0.0f) + 0.5f * normal(rng);
        y[i] = s > 0 ? 1.0f : 0.0f;
    }
    const std::size_t train = rows * 4 / 5;
    Matrix xtr(train, cols, std::vector<float>(x.values().begin(), x.values().begin() + train * cols));
    Matrix xte(rows - train, cols, std::vector<float>(x.values().begin() + train * cols, x.values().end()));
    std::span<const float> ytr(y.data(), train);

    fmt::print("{:<14} {:>9} {:>10} {:>9} {:>10}   ({} x {}, {} threads)\n", "family", "fit_s", "predict_s", "accuracy",
               "size_kb", train, cols, threads);
    for (const auto& f : models::families()) {
        if (!only.empty() && only.find("," + f.name + ",") == std::string::npos)
            continue;
        models::FitContext ctx;
        ctx.task = Task::binary;
        ctx.n_classes = 2;
        ctx.threads = threads;
        try {
            auto model = f.make(models::Params::object(), ctx);
            const auto t0 = std::chrono::steady_clock::now();
            model->fit(xtr, ytr, {}, ctx);
            const auto t1 = std::chrono::steady_clock::now();
            const auto pred = model->predict(xte);
            const auto t2 = std::chrono::steady_clock::now();
            std::size_t ok = 0;
            for (std::size_t i = 0; i < pred.size(); ++i)
                ok += pred[i] == y[train + i];
            fmt::print("{:<14} {:>9.3f} {:>10.3f} {:>9.4f} {:>10.1f}\n", f.name,
                       std::chrono::duration<double>(t1 - t0).count(), std::chrono::duration<double>(t2 - t1).count(),
                       static_cast<double>(ok) / pred.size(), model->save().size() / 1024.0);
        } catch (const std::exception& e) {
            fmt::print("{:<14} failed: {}\n", f.name, e.what());
            return 1;
        }
    }
    return 0;
}
