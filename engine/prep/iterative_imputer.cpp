#include "engine/prep/iterative_imputer.h"

#include "engine/data/calendar.h"
#include "engine/prep/column_stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace tern::prep {

namespace {

constexpr std::size_t max_fit_rows = 5000; // regressions are fitted on a seeded subsample past this
constexpr std::size_t max_predictors = 16; // like sklearn's n_nearest_features: the most correlated inputs
// Ridge penalty per fitted row on standardised predictors: a light, scale-free guard against collinearity.
constexpr double ridge_alpha_per_row = 1e-3;

// Solves (A) x = b for a symmetric positive definite A (p x p, row-major) by Cholesky; A is overwritten.
std::vector<double> solve_spd(std::vector<double> a, std::vector<double> b, std::size_t p)
{
    for (std::size_t j = 0; j < p; ++j) {
        double d = a[j * p + j];
        for (std::size_t k = 0; k < j; ++k)
            d -= a[j * p + k] * a[j * p + k];
        d = std::sqrt(std::max(d, 1e-12));
        a[j * p + j] = d;
        for (std::size_t i = j + 1; i < p; ++i) {
            double v = a[i * p + j];
            for (std::size_t k = 0; k < j; ++k)
                v -= a[i * p + k] * a[j * p + k];
            a[i * p + j] = v / d;
        }
    }
    for (std::size_t i = 0; i < p; ++i) { // L y = b
        for (std::size_t k = 0; k < i; ++k)
            b[i] -= a[i * p + k] * b[k];
        b[i] /= a[i * p + i];
    }
    for (std::size_t i = p; i-- > 0;) { // L^T x = y
        for (std::size_t k = i + 1; k < p; ++k)
            b[i] -= a[k * p + i] * b[k];
        b[i] /= a[i * p + i];
    }
    return b;
}

// Ridge regression of column `target` of w (n x m) on `predictors`, over the rows where the target was observed.
RidgeStep fit_ridge(const std::vector<double>& w, std::size_t m, const std::vector<std::uint8_t>& missing,
                    std::size_t target, const std::vector<std::size_t>& predictors, float low, float high)
{
    const std::size_t n = missing.size() / m;
    const std::size_t p = predictors.size();
    std::vector<double> mean(p, 0.0), sd(p, 0.0);
    double y_mean = 0.0, count = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (missing[i * m + target])
            continue;
        ++count;
        y_mean += w[i * m + target];
        for (std::size_t a = 0; a < p; ++a)
            mean[a] += w[i * m + predictors[a]];
    }
    RidgeStep step;
    step.target = target;
    step.low = low;
    step.high = high;
    if (count == 0.0)
        return step;
    y_mean /= count;
    for (double& v : mean)
        v /= count;
    std::vector<double> gram(p * p, 0.0), rhs(p, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (missing[i * m + target])
            continue;
        const double y = w[i * m + target] - y_mean;
        for (std::size_t a = 0; a < p; ++a) {
            const double xa = w[i * m + predictors[a]] - mean[a];
            sd[a] += xa * xa;
            rhs[a] += xa * y;
            for (std::size_t b = 0; b <= a; ++b)
                gram[a * p + b] += xa * (w[i * m + predictors[b]] - mean[b]);
        }
    }
    // Standardised predictors: alpha means the same for every column whatever its unit.
    for (std::size_t a = 0; a < p; ++a)
        sd[a] = sd[a] > 0.0 ? std::sqrt(sd[a] / count) : 1.0;
    for (std::size_t a = 0; a < p; ++a) {
        rhs[a] /= sd[a];
        for (std::size_t b = 0; b <= a; ++b) {
            gram[a * p + b] /= sd[a] * sd[b];
            gram[b * p + a] = gram[a * p + b];
        }
        gram[a * p + a] += ridge_alpha_per_row * count + 1e-9;
    }
    const std::vector<double> beta = solve_spd(std::move(gram), std::move(rhs), p);
    double intercept = y_mean;
    for (std::size_t a = 0; a < p; ++a) {
        const double weight = beta[a] / sd[a];
        step.predictors.push_back(predictors[a]);
        step.weights.push_back(float(weight));
        intercept -= weight * mean[a];
    }
    step.intercept = float(intercept);
    return step;
}

float predict(const RidgeStep& step, const float* row)
{
    double v = step.intercept;
    for (std::size_t a = 0; a < step.predictors.size(); ++a)
        v += double(step.weights[a]) * row[step.predictors[a]];
    return std::clamp(float(v), step.low, step.high);
}

// The inputs most correlated (absolute Pearson, on mean-filled values) with column `target`.
std::vector<std::size_t> pick_predictors(const std::vector<double>& w, std::size_t m, std::size_t target)
{
    const std::size_t n = w.size() / m;
    std::vector<double> mean(m, 0.0), var(m, 0.0), cov(m, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j)
            mean[j] += w[i * m + j] / double(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) {
            const double d = w[i * m + j] - mean[j];
            var[j] += d * d;
            cov[j] += d * (w[i * m + target] - mean[target]);
        }
    std::vector<std::pair<double, std::size_t>> ranked;
    for (std::size_t j = 0; j < m; ++j)
        if (j != target && var[j] > 0.0)
            ranked.emplace_back(var[target] > 0.0 ? std::fabs(cov[j]) / std::sqrt(var[j] * var[target]) : 0.0, j);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < ranked.size() && i < max_predictors; ++i)
        out.push_back(ranked[i].second);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

IterativeStep fit_iterative(const std::vector<const data::Column*>& columns, std::span<const std::size_t> rows,
                            std::span<const std::uint8_t> use, const PipelineConfig& config)
{
    const std::size_t m = columns.size();
    IterativeStep it;
    std::vector<float> low(m, 0.0f), high(m, 0.0f);
    for (std::size_t j = 0; j < m; ++j) {
        const std::vector<double> values = observed_values(*columns[j], rows);
        const double mean = mean_of(values);
        it.initial.push_back(std::isfinite(mean) ? float(mean) : 0.0f);
        if (!values.empty()) {
            low[j] = float(*std::min_element(values.begin(), values.end()));
            high[j] = float(*std::max_element(values.begin(), values.end()));
        }
    }
    std::vector<std::size_t> fit_rows(rows.begin(), rows.end());
    if (fit_rows.size() > max_fit_rows) {
        std::mt19937_64 rng(config.seed ^ 0x17e7a7eu);
        std::shuffle(fit_rows.begin(), fit_rows.end(), rng);
        fit_rows.resize(max_fit_rows);
    }
    const std::size_t n = fit_rows.size();
    std::vector<double> w(n * m);
    std::vector<std::uint8_t> missing(n * m);
    std::vector<std::size_t> missing_count(m, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) {
            // As transform_rows gives it.
            const float v = data::model_float(columns[j]->numbers()[fit_rows[i]], columns[j]->is_date());
            missing[i * m + j] = std::isnan(v);
            missing_count[j] += std::isnan(v);
            w[i * m + j] = std::isnan(v) ? it.initial[j] : v;
        }
    std::vector<std::size_t> order, later;
    for (std::size_t j = 0; j < m; ++j)
        if (use[j])
            (missing_count[j] > 0 ? order : later).push_back(j);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return missing_count[a] < missing_count[b]; });
    std::vector<std::vector<std::size_t>> predictors(m);
    for (std::size_t j : order)
        predictors[j] = pick_predictors(w, m, j);
    for (int round = 0; round < config.iterative_rounds && !order.empty(); ++round)
        for (std::size_t j : order) {
            RidgeStep step = fit_ridge(w, m, missing, j, predictors[j], low[j], high[j]);
            std::vector<float> row(m);
            for (std::size_t i = 0; i < n; ++i) {
                if (!missing[i * m + j])
                    continue;
                for (std::size_t c = 0; c < m; ++c)
                    row[c] = float(w[i * m + c]);
                w[i * m + j] = predict(step, row.data());
            }
            it.steps.push_back(std::move(step));
        }
    // Columns complete in training may still be missing later: one regression each on the final imputed values.
    for (std::size_t j : later)
        it.steps.push_back(fit_ridge(w, m, missing, j, pick_predictors(w, m, j), low[j], high[j]));
    return it;
}

void iterative_impute(const IterativeStep& it, std::span<const float> raw, std::span<float> work)
{
    for (std::size_t j = 0; j < raw.size(); ++j)
        work[j] = std::isnan(raw[j]) ? it.initial[j] : raw[j];
    for (const RidgeStep& step : it.steps)
        if (std::isnan(raw[step.target]))
            work[step.target] = predict(step, work.data());
}

} // namespace tern::prep
