// The `linear` family: logistic regression (binary sigmoid, multinomial softmax) and linear regression, with an
// L2 or elastic-net penalty, fitted on the features as given (the preprocessing scales them).
// Objective, with W the sum of row weights and w the coefficients (intercepts are not penalised):
//   (1/W) sum_i w_i loss_i + lambda * (l1_ratio * |w|_1 + (1 - l1_ratio) / 2 * |w|^2)
// lambda = 1 / (C * W) for classification (scikit-learn's LogisticRegression scaling) and alpha for regression
// (scikit-learn's ElasticNet scaling, loss = squared error / 2, on the standardised target). L2 uses L-BFGS, elastic
// net uses FISTA; both are deterministic.
#include "engine/models/linear_model.h"

#include "engine/core/error.h"
#include "engine/models/convex_solvers.h"
#include "engine/models/linear_objective.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"
#include "engine/models/target_scale.h"

#include <fmt/format.h>

#include <cmath>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 1;
const std::string kName = "linear";

std::vector<ParamSpec> linear_space()
{
    return {
        {"penalty", ParamKind::choice, 0, 0, {"l2", "elasticnet"}, "l2", "l2 (ridge) or elasticnet (L1 + L2 mix)"},
        {"C", ParamKind::log_real, 1e-3, 1e3, {}, 1.0,
         "classification: inverse regularisation strength (larger = weaker penalty)", ParamTask::classification},
        {"alpha", ParamKind::log_real, 1e-6, 10.0, {}, 1e-4,
         "regression: regularisation strength on the standardised target",
         ParamTask::regression},
        {"l1_ratio", ParamKind::real, 0.05, 1.0, {}, 0.5, "elasticnet only: share of the L1 term (1 = lasso)",
         ParamTask::any, "penalty=elasticnet"},
        class_weight_spec(),
        {"max_iter", ParamKind::integer, 50, 1000, {}, 300, "solver iterations at most"},
    };
}

class LinearModel final : public Model {
public:
    LinearModel(Params params, Task task, int n_classes)
        : m_params(std::move(params)), m_task(task), m_classes(is_classification(task) ? n_classes : 0)
    {
    }

    std::string family() const override { return kName; }
    Params params() const override { return m_params; }

    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
             const FitContext& ctx) override;
    std::vector<float> predict(const Matrix& x) const override;
    Matrix predict_proba(const Matrix& x) const override;
    std::vector<std::uint8_t> save() const override;
    static std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes);
    LinearCoefficients coefficients() const;

private:
    int outputs() const { return m_task == Task::multiclass ? m_classes : 1; }
    // Raw scores (rows x outputs).
    std::vector<double> scores(const Matrix& x) const;

    Params m_params;
    Task m_task;
    int m_classes;
    std::size_t m_features = 0;
    std::vector<double> m_theta;  // per output: features weights then the intercept
};

void LinearModel::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                      const FitContext& ctx)
{
    check_fit_input(x, y, weights, ctx, false);
    m_task = ctx.task;
    m_classes = is_classification(ctx.task) ? ctx.n_classes : 0;
    if (m_task == Task::binary && m_classes != 2)
        throw InputError(fmt::format("binary task with {} classes", m_classes));
    const auto w = fit_weights(y, weights, m_classes, m_params["class_weight"] == "balanced");
    const std::size_t n = x.rows(), d = x.cols();
    const int k = outputs();
    m_features = d;
    double total_w = 0;
    for (float v : w)
        total_w += v;
    if (!(total_w > 0))
        throw InputError("the sample weights sum to zero");

    const bool elastic = m_params["penalty"] == "elasticnet";
    const double l1_ratio = elastic ? std::clamp(m_params["l1_ratio"].get<double>(), 0.0, 1.0) : 0.0;
    const double lambda = is_classification(m_task) ? 1.0 / (m_params["C"].get<double>() * total_w)
                                                    : m_params["alpha"].get<double>();
    if (!(m_params["C"].get<double>() > 0) || !(m_params["alpha"].get<double>() >= 0))
        throw InputError("linear: C must be > 0 and alpha >= 0");
    const double l2 = lambda * (1.0 - l1_ratio), l1 = lambda * l1_ratio;
    const std::size_t stride = d + 1;
    // A regression fits the standardised target and folds the scale back into the weights below: the solver's
    // tolerances and alpha are then the same for a rate of 1e-7 and a price of 1e16 (both predicted a constant).
    const TargetScale scale = m_task == Task::regression ? target_scale(y) : TargetScale{};
    std::vector<float> standardised;
    if (m_task == Task::regression) {
        standardised.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            standardised[i] = static_cast<float>(scale.standardise(y[i]));
        y = standardised;
    }
    LinearProblem problem{&x, y, {}, m_task, k, l2};
    problem.row_weight.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        problem.row_weight[i] = w[i] / total_w;
    const SmoothObjective objective = [&](const std::vector<double>& theta, std::vector<double>* grad) {
        return linear_objective(problem, theta, grad);
    };

    // Start from the intercept-only solution: faster and keeps the solver away from saturated regions.
    m_theta.assign(k * stride, 0.0);
    if (m_task == Task::regression) {
        double mean = 0;
        for (std::size_t i = 0; i < n; ++i)
            mean += w[i] * y[i];
        m_theta[d] = mean / total_w;
    } else {
        std::vector<double> prior(m_classes, 1e-3);
        for (std::size_t i = 0; i < n; ++i)
            prior[static_cast<int>(y[i])] += w[i];
        if (m_task == Task::binary)
            m_theta[d] = std::log(prior[1] / prior[0]);
        else
            for (int c = 0; c < k; ++c)
                m_theta[c * stride + d] = std::log(prior[c] / total_w);
    }

    SolverOptions options;
    options.max_iter = static_cast<int>(m_params["max_iter"].get<long long>());
    options.stop = ctx.stop;
    SolverResult result;
    if (l1 > 0) {
        std::vector<bool> penalised(m_theta.size(), true);
        for (int c = 0; c < k; ++c)
            penalised[c * stride + d] = false;
        options.max_iter *= 3;  // proximal gradient needs more, cheaper steps than L-BFGS
        result = minimise_fista(objective, l1, penalised, m_theta, options);
    } else {
        result = minimise_lbfgs(objective, m_theta, options);
    }
    if (m_task == Task::regression) {
        for (std::size_t j = 0; j < d; ++j)
            m_theta[j] *= scale.scale;
        m_theta[d] = scale.restore(m_theta[d]);
    }
    for (double v : m_theta)
        if (!std::isfinite(v))
            throw WorkError("linear model diverged (non-finite coefficients); scale the features");
    m_params["iterations"] = result.iterations;
    m_params["converged"] = result.converged;
}

std::vector<double> LinearModel::scores(const Matrix& x) const
{
    if (m_theta.empty())
        throw WorkError("linear model used before fit");
    check_predict_input(x, m_features, kName);
    return linear_scores(x, m_theta, outputs());
}

Matrix LinearModel::predict_proba(const Matrix& x) const
{
    if (!is_classification(m_task))
        throw InputError("predict_proba needs a classification model");
    const auto s = scores(x);
    Matrix p(x.rows(), m_classes);
    for (std::size_t i = 0; i < x.rows(); ++i) {
        if (m_task == Task::binary) {
            const double p1 = 1.0 / (1.0 + std::exp(-s[i]));
            p(i, 0) = static_cast<float>(1.0 - p1);
            p(i, 1) = static_cast<float>(p1);
            continue;
        }
        const double* z = s.data() + i * m_classes;
        const double zmax = *std::max_element(z, z + m_classes);
        double sum = 0;
        for (int c = 0; c < m_classes; ++c)
            sum += std::exp(z[c] - zmax);
        for (int c = 0; c < m_classes; ++c)
            p(i, c) = static_cast<float>(std::exp(z[c] - zmax) / sum);
    }
    return p;
}

std::vector<float> LinearModel::predict(const Matrix& x) const
{
    if (m_task == Task::regression) {
        const auto s = scores(x);
        return std::vector<float>(s.begin(), s.end());
    }
    return most_probable_class(predict_proba(x));
}

std::vector<std::uint8_t> LinearModel::save() const
{
    ByteWriter w;
    write_envelope(w, kName, kFormat);
    w.put_string(m_params.dump());
    w.put<std::uint8_t>(static_cast<std::uint8_t>(m_task));
    w.put<std::int32_t>(m_classes);
    w.put<std::uint64_t>(m_features);
    w.put_vector(m_theta);
    return w.finish();
}

std::unique_ptr<Model> LinearModel::load(std::span<const std::uint8_t> bytes)
{
    auto r = open_sealed(bytes, "linear model");
    read_envelope(r, kName, kFormat);
    Params params = Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    const auto task = r.get<std::uint8_t>();
    if (task > static_cast<std::uint8_t>(Task::regression))
        r.fail("bad task");
    const auto classes = r.get<std::int32_t>();
    auto model = std::make_unique<LinearModel>(resolve_params(kName, linear_space(), Params::object()),
                                               static_cast<Task>(task), classes);
    for (const auto& [k, v] : params.items())
        model->m_params[k] = v;
    if (is_classification(model->m_task) ? (classes < 2 || classes > 1 << 20) : classes != 0)
        r.fail("bad class count");
    model->m_features = r.get<std::uint64_t>();
    model->m_theta = r.get_vector<double>();
    if (model->m_features == 0 || model->m_features > (1u << 30) ||
        model->m_theta.size() != static_cast<std::size_t>(model->outputs()) * (model->m_features + 1))
        r.fail("coefficient count does not match the shape");
    r.expect_end();
    return model;
}

LinearCoefficients LinearModel::coefficients() const
{
    if (m_theta.empty())
        throw InputError("linear model is not fitted");
    LinearCoefficients c{m_task, m_classes, m_features, outputs(), {}, {}};
    for (int k = 0; k < c.outputs; ++k) {
        const double* row = m_theta.data() + k * (m_features + 1);
        c.weights.insert(c.weights.end(), row, row + m_features);
        c.intercepts.push_back(row[m_features]);
    }
    return c;
}

}  // namespace

LinearCoefficients linear_coefficients(const Model& model)
{
    const auto* linear = dynamic_cast<const LinearModel*>(&model);
    if (!linear)
        throw InputError(fmt::format("not a linear model: '{}'", model.family()));
    return linear->coefficients();
}

Family linear_family()
{
    Family f;
    f.name = kName;
    f.description = "Logistic / linear regression with L2 or elastic-net penalty (L-BFGS, FISTA)";
    f.space = linear_space();
    f.make = [](const Params& p, const FitContext& ctx) {
        return std::make_unique<LinearModel>(resolve_params(kName, linear_space(), p), ctx.task, ctx.n_classes);
    };
    f.load = &LinearModel::load;
    return f;
}

}  // namespace tern::models
