// Regression metrics as scikit-learn computes them (r2 with force_finite: a constant truth scores 1 when predicted
// exactly, else 0).
#include "engine/metrics/builtin.h"

#include <cmath>

namespace tern::metrics::detail {

double mse(const Predictions& p)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < p.truth.size(); ++i) {
        const double d = double(p.truth[i]) - double(p.predicted[i]);
        sum += d * d;
    }
    return sum / double(p.truth.size());
}

double rmse(const Predictions& p)
{
    return std::sqrt(mse(p));
}

double mae(const Predictions& p)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < p.truth.size(); ++i)
        sum += std::fabs(double(p.truth[i]) - double(p.predicted[i]));
    return sum / double(p.truth.size());
}

double r2(const Predictions& p)
{
    const std::size_t n = p.truth.size();
    double mean = 0.0;
    for (float v : p.truth)
        mean += v;
    mean /= double(n);
    double residual = 0.0, total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = double(p.truth[i]) - double(p.predicted[i]);
        const double t = double(p.truth[i]) - mean;
        residual += d * d;
        total += t * t;
    }
    if (total == 0.0)
        return residual == 0.0 ? 1.0 : 0.0;
    return 1.0 - residual / total;
}

} // namespace tern::metrics::detail
