// The `knn` family: brute-force k nearest neighbours. Distances are computed in blocks of queries x training rows
// (Euclidean through |a|^2 + |b|^2 - 2 a.b so the inner loop is a dot product; Manhattan directly). Votes (and
// regression means) are weighted by the row weights, and by 1 / distance with weights=distance. The model keeps its
// training rows, so its size grows with the data.
#include "engine/core/error.h"
#include "engine/models/parallel.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"

#include <fmt/format.h>

#include <cmath>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 1;
const std::string kName = "knn";
constexpr std::size_t kQueryBlock = 32, kTrainBlock = 512;

// Distances (Manhattan, or dot products for Euclidean) from one query to nt training rows stored feature-major with
// row stride `stride`. Compiled for AVX-512, AVX2 and baseline; the loader picks what the CPU runs.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
block_distances(const float* a, const float* bt, std::size_t stride, std::size_t d, std::size_t nt, bool manhattan,
                float* out)
{
    std::fill(out, out + nt, 0.0f);
    for (std::size_t j = 0; j < d; ++j) {
        const float aj = a[j];
        const float* b = bt + j * stride;
        if (manhattan) {
            for (std::size_t t = 0; t < nt; ++t)
                out[t] += std::abs(aj - b[t]);
        } else {
            for (std::size_t t = 0; t < nt; ++t)
                out[t] += aj * b[t];
        }
    }
}

std::vector<ParamSpec> knn_space()
{
    return {
        {"n_neighbors", ParamKind::integer, 1, 50, {}, 5, "neighbours consulted (k)"},
        {"weights", ParamKind::choice, 0, 0, {"uniform", "distance"}, "uniform",
         "uniform votes, or votes weighted by 1 / distance"},
        {"p", ParamKind::integer, 1, 2, {}, 2, "distance: 1 = Manhattan, 2 = Euclidean"},
        class_weight_spec(),
    };
}

class KnnModel final : public Model {
public:
    KnnModel(Params params, Task task, int n_classes, int threads)
        : m_params(std::move(params)), m_task(task), m_classes(is_classification(task) ? n_classes : 0),
          m_threads(std::max(1, threads))
    {
    }

    std::string family() const override { return kName; }
    Params params() const override { return m_params; }
    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
             const FitContext& ctx) override;
    std::vector<float> predict(const Matrix& x) const override;
    Matrix predict_proba(const Matrix& x) const override;
    std::vector<std::uint8_t> save() const override;
    void set_threads(int threads) override { m_threads = std::max(1, threads); }
    static std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes);

private:
    // Per query row: the outputs (class distribution, or the mean in column 0).
    Matrix neighbours_output(const Matrix& x) const;
    void check_shape() const;

    Params m_params;
    Task m_task;
    int m_classes;
    int m_threads;
    void derive();  // m_xt and m_norms from m_x

    Matrix m_x;
    std::vector<float> m_xt;  // m_x transposed: feature-major
    std::vector<float> m_y, m_w, m_norms;
};

void KnnModel::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights, const FitContext& ctx)
{
    check_fit_input(x, y, weights, ctx, false);
    m_task = ctx.task;
    m_classes = is_classification(ctx.task) ? ctx.n_classes : 0;
    m_threads = std::max(1, ctx.threads);
    const auto k = m_params["n_neighbors"].get<long long>();
    const auto p = m_params["p"].get<long long>();
    if (k < 1 || (p != 1 && p != 2))
        throw InputError("knn: n_neighbors must be >= 1 and p 1 or 2");
    m_x = x;
    m_y.assign(y.begin(), y.end());
    m_w = fit_weights(y, weights, m_classes, m_params["class_weight"] == "balanced");
    derive();
}

void KnnModel::derive()
{
    const std::size_t n = m_x.rows(), d = m_x.cols();
    m_norms.assign(n, 0.0f);
    m_xt.resize(n * d);
    for (std::size_t i = 0; i < n; ++i) {
        float s = 0;
        for (std::size_t j = 0; j < d; ++j) {
            const float v = m_x(i, j);
            s += v * v;
            m_xt[j * n + i] = v;
        }
        m_norms[i] = s;
    }
}

Matrix KnnModel::neighbours_output(const Matrix& x) const
{
    if (m_x.empty())
        throw WorkError("knn model used before fit");
    check_predict_input(x, m_x.cols(), kName);
    const std::size_t n = m_x.rows(), d = m_x.cols();
    const std::size_t k = std::min<std::size_t>(m_params["n_neighbors"].get<long long>(), n);
    const bool manhattan = m_params["p"].get<long long>() == 1;
    const bool by_distance = m_params["weights"] == "distance";
    const int outputs = m_classes > 0 ? m_classes : 1;
    Matrix out(x.rows(), outputs);

    parallel_chunks(x.rows(), x.rows() >= 64 ? m_threads : 1, kQueryBlock, [&](std::size_t q0, std::size_t q1) {
        const std::size_t nq = q1 - q0;
        // Per query: the k best (distance, index) so far, sorted by distance then index.
        std::vector<float> best_d(nq * k, INFINITY);
        std::vector<std::uint32_t> best_i(nq * k, 0);
        std::vector<float> dist(nq * kTrainBlock);
        std::vector<float> qnorm(nq);
        for (std::size_t q = 0; q < nq; ++q) {
            float s = 0;
            for (float v : x.row(q0 + q))
                s += v * v;
            qnorm[q] = s;
        }
        for (std::size_t t0 = 0; t0 < n; t0 += kTrainBlock) {
            const std::size_t nt = std::min(kTrainBlock, n - t0);
            // The training rows are kept transposed (feature-major), so the innermost loop runs over training rows
            // with independent accumulators and vectorises without reordering any sum.
            for (std::size_t q = 0; q < nq; ++q) {
                const float* a = x.data() + (q0 + q) * d;
                float* out_d = dist.data() + q * kTrainBlock;
                block_distances(a, m_xt.data() + t0, n, d, nt, manhattan, out_d);
                if (!manhattan)
                    for (std::size_t t = 0; t < nt; ++t)
                        out_d[t] = std::max(0.0f, qnorm[q] + m_norms[t0 + t] - 2.0f * out_d[t]);
            }
            for (std::size_t q = 0; q < nq; ++q) {
                float* bd = best_d.data() + q * k;
                std::uint32_t* bi = best_i.data() + q * k;
                for (std::size_t t = 0; t < nt; ++t) {
                    const float s = dist[q * kTrainBlock + t];
                    if (!(s < bd[k - 1]))
                        continue;  // ties keep the earlier row: deterministic
                    std::size_t pos = k - 1;
                    while (pos > 0 && s < bd[pos - 1]) {
                        bd[pos] = bd[pos - 1], bi[pos] = bi[pos - 1];
                        --pos;
                    }
                    bd[pos] = s, bi[pos] = static_cast<std::uint32_t>(t0 + t);
                }
            }
        }
        std::vector<double> acc(outputs);
        for (std::size_t q = 0; q < nq; ++q) {
            const float* bd = best_d.data() + q * k;
            const std::uint32_t* bi = best_i.data() + q * k;
            const bool exact = by_distance && bd[0] <= 1e-12f;  // an exact match takes all the weight
            std::fill(acc.begin(), acc.end(), 0.0);
            double total = 0;
            for (std::size_t j = 0; j < k; ++j) {
                double w = m_w[bi[j]];
                if (by_distance) {
                    const double dj = manhattan ? bd[j] : std::sqrt(static_cast<double>(bd[j]));
                    w *= exact ? (bd[j] <= 1e-12f ? 1.0 : 0.0) : 1.0 / dj;
                }
                if (m_classes > 0)
                    acc[static_cast<int>(m_y[bi[j]])] += w;
                else
                    acc[0] += w * m_y[bi[j]];
                total += w;
            }
            for (int c = 0; c < outputs; ++c)
                out(q0 + q, c) = total > 0 ? static_cast<float>(acc[c] / total) : (m_classes > 0 ? 1.0f / outputs : 0.0f);
        }
    });
    return out;
}

Matrix KnnModel::predict_proba(const Matrix& x) const
{
    if (!is_classification(m_task))
        throw InputError("predict_proba needs a classification model");
    return neighbours_output(x);
}

std::vector<float> KnnModel::predict(const Matrix& x) const
{
    const auto o = neighbours_output(x);
    std::vector<float> out(x.rows());
    for (std::size_t i = 0; i < x.rows(); ++i) {
        const auto r = o.row(i);
        out[i] = m_classes == 0 ? r[0] : static_cast<float>(std::max_element(r.begin(), r.end()) - r.begin());
    }
    return out;
}

std::vector<std::uint8_t> KnnModel::save() const
{
    ByteWriter w;
    write_envelope(w, kName, kFormat);
    w.put_string(m_params.dump());
    w.put<std::uint8_t>(static_cast<std::uint8_t>(m_task));
    w.put<std::int32_t>(m_classes);
    w.put_matrix(m_x);
    w.put_vector(m_y);
    w.put_vector(m_w);
    return w.finish();
}

std::unique_ptr<Model> KnnModel::load(std::span<const std::uint8_t> bytes)
{
    auto r = open_sealed(bytes, "knn model");
    read_envelope(r, kName, kFormat);
    Params params = Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    params = resolve_params(kName, knn_space(), params);
    const auto task = r.get<std::uint8_t>();
    if (task > static_cast<std::uint8_t>(Task::regression))
        r.fail("bad task");
    const auto classes = r.get<std::int32_t>();
    if (static_cast<Task>(task) == Task::regression ? classes != 0 : (classes < 2 || classes > 1 << 20))
        r.fail("bad class count");
    auto model = std::make_unique<KnnModel>(std::move(params), static_cast<Task>(task), classes, 1);
    model->m_x = r.get_matrix();
    model->m_y = r.get_vector<float>();
    model->m_w = r.get_vector<float>();
    r.expect_end();
    if (model->m_x.empty() || model->m_y.size() != model->m_x.rows() || model->m_w.size() != model->m_x.rows())
        r.fail("training rows disagree in length");
    for (float v : model->m_y)
        if (classes > 0 && !(v >= 0 && v < classes))
            r.fail("class label out of range");
    model->derive();
    return model;
}

}  // namespace

Family knn_family()
{
    Family f;
    f.name = kName;
    f.description = "k nearest neighbours (brute force, blocked distances); keeps the training rows";
    f.space = knn_space();
    f.make = [](const Params& p, const FitContext& ctx) {
        return std::make_unique<KnnModel>(resolve_params(kName, knn_space(), p), ctx.task, ctx.n_classes, ctx.threads);
    };
    f.load = &KnnModel::load;
    return f;
}

}  // namespace tern::models
