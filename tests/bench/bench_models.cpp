// Fit and predict time of every model family on a synthetic table (default 100000 x 50, binary; --smoke: 2000 x 10),
// printed as a table. With --train/--test (numeric CSV, header row, label in the last column) it instead scores every
// family (defaults, and class_weight=balanced for classification) on that split and prints one JSON line per fit:
// models_vs_sklearn.py runs it beside scikit-learn on the same matrices.
// --params '{"penalty":"elasticnet"}' sets parameters of the fitted families (each takes the keys it knows).
// Usage: bench_models [--smoke] [--rows N] [--cols D] [--threads T] [--families a,b] [--params JSON]
//        bench_models --train A.csv --test B.csv --task binary|multiclass|regression [--classes K]
#include "engine/core/error.h"
#include "engine/models/registry.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

using namespace tern;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void read_csv(const std::string& path, Matrix& x, std::vector<float>& y)
{
    std::ifstream in(path);
    if (!in)
        throw InputError("cannot open " + path);
    std::string line;
    std::getline(in, line);  // header
    std::vector<float> values;
    std::size_t cols = 0, rows = 0;
    while (std::getline(in, line)) {
        std::vector<float> row;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, ',');)
            row.push_back(std::stof(cell));
        if (rows == 0)
            cols = row.size() - 1;
        if (row.size() != cols + 1)
            throw InputError(fmt::format("{}: row {} has {} cells", path, rows + 2, row.size()));
        y.push_back(row.back());
        values.insert(values.end(), row.begin(), row.end() - 1);
        ++rows;
    }
    x = Matrix(rows, cols, std::move(values));
}

double score(Task task, int k, const std::vector<float>& truth, const std::vector<float>& pred)
{
    if (task == Task::regression) {
        double mean = 0, res = 0, tot = 0;
        for (float v : truth)
            mean += v / truth.size();
        for (std::size_t i = 0; i < truth.size(); ++i)
            res += (truth[i] - pred[i]) * (truth[i] - pred[i]), tot += (truth[i] - mean) * (truth[i] - mean);
        return 1 - res / tot;
    }
    std::vector<double> hit(k), count(k);
    for (std::size_t i = 0; i < truth.size(); ++i)
        count[static_cast<int>(truth[i])] += 1, hit[static_cast<int>(truth[i])] += truth[i] == pred[i];
    double s = 0;
    int present = 0;
    for (int c = 0; c < k; ++c)
        if (count[c] > 0)
            s += hit[c] / count[c], ++present;
    return s / present;  // balanced accuracy
}

// `params` as in main: the keys each family knows.
models::Params known_params(const models::Family& f, const models::Params& params)
{
    models::Params known = models::Params::object();
    for (const auto& spec : f.space)
        if (params.contains(spec.name))
            known[spec.name] = params[spec.name];
    return known;
}

int score_split(const std::string& train_path, const std::string& test_path, Task task, int classes,
                const std::string& only, const models::Params& params)
{
    Matrix xtr, xte;
    std::vector<float> ytr, yte;
    read_csv(train_path, xtr, ytr);
    read_csv(test_path, xte, yte);
    models::FitContext ctx;
    ctx.task = task;
    ctx.n_classes = is_classification(task) ? classes : 0;
    ctx.threads = 2;
    ctx.seed = 1;
    for (const auto& f : models::families()) {
        if (is_classification(task) ? !f.supports_classification : !f.supports_regression)
            continue;
        if (!only.empty() && only.find("," + f.name + ",") == std::string::npos)
            continue;
        for (const char* variant : {"default", "balanced"}) {
            if (std::string(variant) == "balanced" && !is_classification(task))
                continue;
            models::Params p = known_params(f, params);
            if (std::string(variant) == "balanced")
                p["class_weight"] = "balanced";
            auto model = f.make(p, ctx);
            const auto t0 = std::chrono::steady_clock::now();
            model->fit(xtr, ytr, {}, ctx);
            const double fit_s = seconds_since(t0);
            const double s = score(task, classes, yte, model->predict(xte));
            fmt::print("{}\n", nlohmann::json{{"family", f.name}, {"variant", variant}, {"score", s}, {"fit_s", fit_s}}.dump());
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    std::size_t rows = 100000, cols = 50;
    int threads = 2, classes = 2;
    std::string only, train, test, task = "binary";
    models::Params params = models::Params::object();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--smoke")
            rows = 2000, cols = 10;
        else if (a == "--rows")
            rows = std::stoul(next());
        else if (a == "--cols")
            cols = std::stoul(next());
        else if (a == "--threads")
            threads = std::stoi(next());
        else if (a == "--families")
            only = fmt::format(",{},", next());
        else if (a == "--train")
            train = next();
        else if (a == "--test")
            test = next();
        else if (a == "--task")
            task = next();
        else if (a == "--classes")
            classes = std::stoi(next());
        else if (a == "--params")
            params = models::Params::parse(next());
    }
    try {
        if (!train.empty())
            return score_split(train, test, task_from_string(task).value_or(Task::binary), classes, only, params);
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
        const std::size_t n_train = rows * 4 / 5;
        Matrix xtr(n_train, cols, std::vector<float>(x.values().begin(), x.values().begin() + n_train * cols));
        Matrix xte(rows - n_train, cols, std::vector<float>(x.values().begin() + n_train * cols, x.values().end()));
        std::span<const float> ytr(y.data(), n_train);
        fmt::print("{:<14} {:>9} {:>10} {:>9} {:>10}   ({} x {}, {} threads)\n", "family", "fit_s", "predict_s",
                   "accuracy", "size_kb", n_train, cols, threads);
        for (const auto& f : models::families()) {
            if (!only.empty() && only.find("," + f.name + ",") == std::string::npos)
                continue;
            models::FitContext ctx;
            ctx.task = Task::binary;
            ctx.n_classes = 2;
            ctx.threads = threads;
            auto model = f.make(known_params(f, params), ctx);
            const auto t0 = std::chrono::steady_clock::now();
            model->fit(xtr, ytr, {}, ctx);
            const double fit_s = seconds_since(t0);
            const auto t1 = std::chrono::steady_clock::now();
            const auto pred = model->predict(xte);
            const double predict_s = seconds_since(t1);
            std::size_t ok = 0;
            for (std::size_t i = 0; i < pred.size(); ++i)
                ok += pred[i] == y[n_train + i];
            fmt::print("{:<14} {:>9.3f} {:>10.3f} {:>9.4f} {:>10.1f}\n", f.name, fit_s, predict_s,
                       static_cast<double>(ok) / pred.size(), model->save().size() / 1024.0);
        }
    } catch (const std::exception& e) {
        fmt::print(stderr, "error: {}\n", e.what());
        return 1;
    }
    return 0;
}
