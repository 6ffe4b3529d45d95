// The `naive_bayes` family: Gaussian naive Bayes (classification only). Per class: prior, per-feature mean and
// variance, all weighted by the row weights; var_smoothing adds that fraction of the largest feature variance to
// every variance, as scikit-learn's GaussianNB does. class_weight=balanced makes the priors equal.
#include "engine/core/error.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"

#include <fmt/format.h>

#include <cmath>
#include <numbers>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 1;
const std::string kName = "naive_bayes";

std::vector<ParamSpec> naive_bayes_space()
{
    return {
        {"var_smoothing", ParamKind::log_real, 1e-12, 1e-1, {}, 1e-9,
         "fraction of the largest feature variance added to every variance (stability)"},
        class_weight_spec(),
    };
}

class NaiveBayesModel final : public Model {
public:
    NaiveBayesModel(Params params, int n_classes) : m_params(std::move(params)), m_classes(n_classes) {}

    std::string family() const override { return kName; }
    Params params() const override { return m_params; }
    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
             const FitContext& ctx) override;
    std::vector<float> predict(const Matrix& x) const override;
    Matrix predict_proba(const Matrix& x) const override;
    std::vector<std::uint8_t> save() const override;
    static std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes);

private:
    Params m_params;
    int m_classes;
    std::size_t m_features = 0;
    std::vector<double> m_log_prior;  // per class
    std::vector<double> m_mean, m_var;  // class x feature
};

void NaiveBayesModel::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                          const FitContext& ctx)
{
    if (!is_classification(ctx.task))
        throw InputError("naive_bayes supports classification only");
    check_fit_input(x, y, weights, ctx, false);
    const double smoothing = m_params["var_smoothing"].get<double>();
    if (!(smoothing >= 0))
        throw InputError("naive_bayes: var_smoothing must be >= 0");
    m_classes = ctx.n_classes;
    const std::size_t n = x.rows(), d = x.cols(), k = m_classes;
    m_features = d;
    const auto w = fit_weights(y, weights, m_classes, m_params["class_weight"] == "balanced");
    std::vector<double> class_w(k, 0.0);
    m_mean.assign(k * d, 0.0);
    m_var.assign(k * d, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<std::size_t>(y[i]);
        class_w[c] += w[i];
        for (std::size_t j = 0; j < d; ++j)
            m_mean[c * d + j] += w[i] * x(i, j);
    }
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t j = 0; j < d; ++j)
            m_mean[c * d + j] = class_w[c] > 0 ? m_mean[c * d + j] / class_w[c] : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<std::size_t>(y[i]);
        for (std::size_t j = 0; j < d; ++j) {
            const double dv = x(i, j) - m_mean[c * d + j];
            m_var[c * d + j] += w[i] * dv * dv;
        }
    }
    // The largest variance of any feature over all rows sets the smoothing scale.
    double max_var = 0, total_w = 0;
    for (double v : class_w)
        total_w += v;
    if (!(total_w > 0))
        throw InputError("the sample weights sum to zero");
    for (std::size_t j = 0; j < d; ++j) {
        double mean = 0, var = 0;
        for (std::size_t i = 0; i < n; ++i)
            mean += w[i] * x(i, j);
        mean /= total_w;
        for (std::size_t i = 0; i < n; ++i)
            var += w[i] * (x(i, j) - mean) * (x(i, j) - mean);
        max_var = std::max(max_var, var / total_w);
    }
    const double epsilon = std::max(smoothing * max_var, 1e-300);
    m_log_prior.assign(k, 0.0);
    for (std::size_t c = 0; c < k; ++c) {
        for (std::size_t j = 0; j < d; ++j)
            m_var[c * d + j] = (class_w[c] > 0 ? m_var[c * d + j] / class_w[c] : 0.0) + epsilon;
        // A class absent from the training rows gets a vanishing prior rather than -inf (keeps probabilities finite).
        m_log_prior[c] = std::log(std::max(class_w[c], 1e-12 * total_w) / total_w);
    }
}

Matrix NaiveBayesModel::predict_proba(const Matrix& x) const
{
    if (m_log_prior.empty())
        throw WorkError("naive_bayes model used before fit");
    check_predict_input(x, m_features, kName);
    const std::size_t d = m_features, k = m_classes;
    Matrix p(x.rows(), k);
    std::vector<double> joint(k);
    for (std::size_t i = 0; i < x.rows(); ++i) {
        for (std::size_t c = 0; c < k; ++c) {
            double s = m_log_prior[c];
            for (std::size_t j = 0; j < d; ++j) {
                const double v = m_var[c * d + j], dv = x(i, j) - m_mean[c * d + j];
                s -= 0.5 * (std::log(2.0 * std::numbers::pi * v) + dv * dv / v);
            }
            joint[c] = s;
        }
        const double top = *std::max_element(joint.begin(), joint.end());
        double sum = 0;
        for (std::size_t c = 0; c < k; ++c)
            sum += std::exp(joint[c] - top);
        for (std::size_t c = 0; c < k; ++c)
            p(i, c) = static_cast<float>(std::exp(joint[c] - top) / sum);
    }
    return p;
}

std::vector<float> NaiveBayesModel::predict(const Matrix& x) const
{
    return most_probable_class(predict_proba(x));
}

std::vector<std::uint8_t> NaiveBayesModel::save() const
{
    ByteWriter w;
    write_envelope(w, kName, kFormat);
    w.put_string(m_params.dump());
    w.put<std::int32_t>(m_classes);
    w.put<std::uint64_t>(m_features);
    w.put_vector(m_log_prior);
    w.put_vector(m_mean);
    w.put_vector(m_var);
    return w.finish();
}

std::unique_ptr<Model> NaiveBayesModel::load(std::span<const std::uint8_t> bytes)
{
    auto r = open_sealed(bytes, "naive_bayes model");
    read_envelope(r, kName, kFormat);
    Params params = Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    const auto classes = r.get<std::int32_t>();
    if (classes < 2 || classes > 1 << 20)
        r.fail("bad class count");
    auto model = std::make_unique<NaiveBayesModel>(resolve_params(kName, naive_bayes_space(), params), classes);
    model->m_features = r.get<std::uint64_t>();
    model->m_log_prior = r.get_vector<double>();
    model->m_mean = r.get_vector<double>();
    model->m_var = r.get_vector<double>();
    r.expect_end();
    const std::size_t cells = static_cast<std::size_t>(classes) * model->m_features;
    if (model->m_features == 0 || model->m_log_prior.size() != static_cast<std::size_t>(classes) ||
        model->m_mean.size() != cells || model->m_var.size() != cells)
        r.fail("parameter arrays disagree with the shape");
    for (double v : model->m_var)
        if (!(v > 0))
            r.fail("non-positive variance");
    return model;
}

}  // namespace

Family naive_bayes_family()
{
    Family f;
    f.name = kName;
    f.description = "Gaussian naive Bayes (classification only)";
    f.space = naive_bayes_space();
    f.supports_regression = false;
    f.make = [](const Params& p, const FitContext& ctx) -> std::unique_ptr<Model> {
        if (!is_classification(ctx.task))
            throw InputError("naive_bayes supports classification only");
        return std::make_unique<NaiveBayesModel>(resolve_params(kName, naive_bayes_space(), p), ctx.n_classes);
    };
    f.load = &NaiveBayesModel::load;
    return f;
}

}  // namespace tern::models
