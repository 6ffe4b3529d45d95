// Random forest and extra trees (see forest_model.h). Trees are grown in parallel, each from its own seeded
// generator, so the forest is the same whatever the thread count.
#include "engine/models/forest_model.h"

#include "engine/core/error.h"
#include "engine/models/decision_tree.h"
#include "engine/models/parallel.h"
#include "engine/models/param_access.h"
#include "engine/models/serial.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 1;

class ForestModel final : public Model {
public:
    ForestModel(ForestKind kind, Params params, Task task, int n_classes, int threads)
        : m_kind(kind), m_params(std::move(params)), m_task(task),
          m_classes(is_classification(task) ? n_classes : 0), m_threads(std::max(1, threads))
    {
    }

    std::string family() const override { return forest_name(m_kind); }
    Params params() const override { return m_params; }
    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
             const FitContext& ctx) override;
    std::vector<float> predict(const Matrix& x) const override;
    Matrix predict_proba(const Matrix& x) const override;
    std::vector<std::uint8_t> save() const override;
    void set_threads(int threads) override { m_threads = std::max(1, threads); }
    Params cut_short() const override
    {
        if (!m_trees.empty() && m_trees.size() < m_params["n_estimators"].get<std::size_t>())
            return {{"n_estimators", m_trees.size()}};
        return Params::object();
    }
    static std::unique_ptr<Model> load(ForestKind kind, std::span<const std::uint8_t> bytes);
    ForestView view() const { return {m_task, m_classes, m_features, &m_trees}; }

private:
    int outputs() const { return m_classes > 0 ? m_classes : 1; }
    Matrix average_leaves(const Matrix& x) const;
    TreeOptions tree_options(std::size_t n_features) const;

    ForestKind m_kind;
    Params m_params;
    Task m_task;
    int m_classes;
    int m_threads;
    std::size_t m_features = 0;
    std::vector<DecisionTree> m_trees;
};

TreeOptions ForestModel::tree_options(std::size_t d) const
{
    TreeOptions o;
    o.n_classes = m_classes;
    o.criterion = m_classes == 0 ? SplitCriterion::variance
                  : m_params["criterion"] == "entropy" ? SplitCriterion::entropy
                                                       : SplitCriterion::gini;
    o.max_depth = static_cast<int>(m_params["max_depth"].get<long long>());
    o.min_samples_leaf = static_cast<int>(m_params["min_samples_leaf"].get<long long>());
    if (o.max_depth < 1 || o.min_samples_leaf < 1)
        throw InputError(fmt::format("{}: max_depth and min_samples_leaf must be at least 1", family()));
    const auto mf = m_params["max_features"].get<std::string>();
    double count = 0;
    if (mf == "sqrt" || (mf == "auto" && m_classes > 0))
        count = std::sqrt(static_cast<double>(d));
    else if (mf == "log2")
        count = std::log2(static_cast<double>(d));
    else if (mf == "auto")
        count = static_cast<double>(d);
    else if (mf == "0.3" || mf == "0.5" || mf == "1.0")  // the space's fractions, parsed without the C locale
        count = (mf == "0.3" ? 0.3 : mf == "0.5" ? 0.5 : 1.0) * static_cast<double>(d);
    else
        throw InputError(fmt::format("{}: unknown max_features '{}'", family(), mf));
    o.max_features = std::clamp(static_cast<int>(count), 1, static_cast<int>(d));
    o.random_thresholds = m_kind == ForestKind::extra_trees;
    return o;
}

void ForestModel::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                      const FitContext& ctx)
{
    check_fit_input(x, y, weights, ctx, false);
    m_task = ctx.task;
    m_classes = is_classification(ctx.task) ? ctx.n_classes : 0;
    m_threads = std::max(1, ctx.threads);
    m_features = x.cols();
    const auto options = tree_options(x.cols());
    const auto n_trees = m_params["n_estimators"].get<long long>();
    if (n_trees < 1 || n_trees > 100000)
        throw InputError(fmt::format("{}: n_estimators must be in [1, 100000]", family()));
    const bool bootstrap = m_params["bootstrap"].get<bool>();
    const auto w = fit_weights(y, weights, m_classes, m_params["class_weight"] == "balanced");

    std::atomic<bool> stop{false};
    std::stop_callback on_stop(ctx.stop, [&] { stop = true; });
    const auto start = std::chrono::steady_clock::now();
    // Unequal weights are honoured by drawing each tree's rows in proportion to them (below), with or without the
    // bootstrap option (extra trees grow on all rows otherwise, and their leaves are as pure); equal weights keep
    // the plain bootstrap, or all rows.
    std::vector<double> cumulative;
    std::size_t weighted_draws = x.rows();
    if (std::any_of(w.begin(), w.end(), [&](float v) { return v != w.front(); })) {
        cumulative.resize(w.size());
        double total = 0;
        for (std::size_t i = 0; i < w.size(); ++i)
            cumulative[i] = total += w[i];
        if (!(total > 0))
            cumulative.clear();
        // As many draws as the weights' effective sample size, (sum w)^2 / sum w^2: drawing n rows would repeat
        // each up-weighted row many times, and fully grown trees would learn those repeats by heart. For balanced
        // classes this is close to Chen et al.'s rule (as many rows of the majority as of the minority).
        double squares = 0;
        for (float v : w)
            squares += static_cast<double>(v) * v;
        if (squares > 0)
            weighted_draws = std::clamp<std::size_t>(static_cast<std::size_t>(total * total / squares), 1, x.rows());
    }
    const FeatureBins bins(x, m_threads);
    std::vector<DecisionTree> trees(n_trees);
    std::vector<char> built(n_trees, 0);
    std::atomic<std::size_t> trees_done{0};
    std::atomic<std::int64_t> tree_ns{0};  // summed over the trees done
    parallel_chunks(trees.size(), m_threads, 1, [&](std::size_t t, std::size_t) {
        if (stop)
            return;
        // A tree that would not finish within the time limit is not started, and the forest keeps the trees grown
        // so far: smaller but valid. (On 200,000 rows one tree takes seconds; started late, the candidate's own
        // timer cancelled it, and the whole forest with it.)
        const auto tree_start = std::chrono::steady_clock::now();
        const double elapsed = std::chrono::duration<double>(tree_start - start).count();
        const std::size_t done = trees_done.load();
        const double per_tree = done ? 1e-9 * static_cast<double>(tree_ns.load()) / static_cast<double>(done) : 0.0;
        if (ctx.time_limit_s > 0 && t > 0 && elapsed + per_tree > ctx.time_limit_s)
            return;
        std::mt19937_64 rng(ctx.seed * 0x9E3779B97F4A7C15ull + t + 1);
        std::vector<float> tree_weights = w;
        if (!cumulative.empty()) {
            // Weighted rows are drawn in proportion to their weight, and the draw counts are the tree's weights:
            // with class-balanced weights each tree sees the classes in equal shares (a balanced random forest,
            // Chen, Liaw and Breiman 2004). Weights only in the split criterion are lost on fully grown trees,
            // whose leaves are pure whatever the weights, so the majority class would win every vote.
            std::vector<std::uint32_t> draws(x.rows(), 0);
            std::uniform_real_distribution<double> u(0.0, cumulative.back());
            for (std::size_t i = 0; i < weighted_draws; ++i) {
                const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u(rng));
                ++draws[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()), x.rows() - 1)];
            }
            for (std::size_t i = 0; i < x.rows(); ++i)
                tree_weights[i] = static_cast<float>(draws[i]);
        } else if (bootstrap) {
            std::vector<std::uint32_t> draws(x.rows(), 0);
            for (std::size_t i = 0; i < x.rows(); ++i)
                ++draws[rng() % x.rows()];
            for (std::size_t i = 0; i < x.rows(); ++i)
                tree_weights[i] *= static_cast<float>(draws[i]);
        }
        trees[t].fit(bins, y, tree_weights, options, rng, stop);
        built[t] = !stop;
        tree_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - tree_start)
                       .count();
        ++trees_done;
    });
    if (ctx.stop.stop_requested())
        throw Cancelled();
    m_trees.clear();
    for (std::size_t t = 0; t < trees.size(); ++t)
        if (built[t])
            m_trees.push_back(std::move(trees[t]));
    if (m_trees.empty())
        throw WorkError(fmt::format("{}: no tree finished within the time limit", family()));
    m_params["trees_built"] = m_trees.size();
}

Matrix ForestModel::average_leaves(const Matrix& x) const
{
    if (m_trees.empty())
        throw WorkError(fmt::format("{} model used before fit", family()));
    check_predict_input(x, m_features, family());
    const int k = outputs();
    Matrix out(x.rows(), k);
    const float scale = 1.0f / static_cast<float>(m_trees.size());
    parallel_chunks(x.rows(), x.rows() >= 2000 ? m_threads : 1, 256, [&](std::size_t begin, std::size_t end) {
        std::vector<double> acc(k);
        for (std::size_t i = begin; i < end; ++i) {
            std::fill(acc.begin(), acc.end(), 0.0);
            const float* row = x.data() + i * m_features;
            for (const auto& tree : m_trees) {
                const float* leaf = tree.leaf(row);
                for (int c = 0; c < k; ++c)
                    acc[c] += leaf[c];
            }
            for (int c = 0; c < k; ++c)
                out(i, c) = static_cast<float>(acc[c]) * scale;
        }
    });
    return out;
}

Matrix ForestModel::predict_proba(const Matrix& x) const
{
    if (!is_classification(m_task))
        throw InputError("predict_proba needs a classification model");
    return average_leaves(x);
}

std::vector<float> ForestModel::predict(const Matrix& x) const
{
    const auto avg = average_leaves(x);
    std::vector<float> out(x.rows());
    for (std::size_t i = 0; i < x.rows(); ++i) {
        const auto r = avg.row(i);
        out[i] = m_classes == 0 ? r[0] : static_cast<float>(std::max_element(r.begin(), r.end()) - r.begin());
    }
    return out;
}

std::vector<std::uint8_t> ForestModel::save() const
{
    ByteWriter w;
    write_envelope(w, family(), kFormat);
    w.put_string(m_params.dump());
    w.put<std::uint8_t>(static_cast<std::uint8_t>(m_task));
    w.put<std::int32_t>(m_classes);
    w.put<std::uint64_t>(m_features);
    w.put<std::uint64_t>(m_trees.size());
    for (const auto& t : m_trees)
        t.save(w);
    return w.finish();
}

std::unique_ptr<Model> ForestModel::load(ForestKind kind, std::span<const std::uint8_t> bytes)
{
    const auto name = forest_name(kind);
    auto r = open_sealed(bytes, name + " model");
    read_envelope(r, name, kFormat);
    Params params = Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    const auto task = r.get<std::uint8_t>();
    if (task > static_cast<std::uint8_t>(Task::regression))
        r.fail("bad task");
    const auto classes = r.get<std::int32_t>();
    if (static_cast<Task>(task) == Task::regression ? classes != 0 : (classes < 2 || classes > 1 << 20))
        r.fail("bad class count");
    auto model = std::make_unique<ForestModel>(kind, std::move(params), static_cast<Task>(task), classes, 1);
    model->m_features = r.get<std::uint64_t>();
    const auto n_trees = r.get<std::uint64_t>();
    if (model->m_features == 0 || model->m_features > (1u << 30) || n_trees == 0 || n_trees > r.remaining())
        r.fail("bad forest shape");
    for (std::uint64_t t = 0; t < n_trees; ++t)
        model->m_trees.push_back(DecisionTree::load(r, model->m_features, model->outputs()));
    r.expect_end();
    return model;
}

}  // namespace

std::string forest_name(ForestKind kind)
{
    return kind == ForestKind::random_forest ? "random_forest" : "extra_trees";
}

std::unique_ptr<Model> make_forest(ForestKind kind, Params params, const FitContext& ctx)
{
    return std::make_unique<ForestModel>(kind, std::move(params), ctx.task, ctx.n_classes, ctx.threads);
}

std::unique_ptr<Model> load_forest(ForestKind kind, std::span<const std::uint8_t> bytes)
{
    return ForestModel::load(kind, bytes);
}

ForestView forest_view(const Model& model)
{
    const auto* forest = dynamic_cast<const ForestModel*>(&model);
    if (!forest)
        throw InputError(fmt::format("not a forest model: '{}'", model.family()));
    return forest->view();
}

}  // namespace tern::models
