// Platt scaling by Newton's method with backtracking (Lin, Lin & Weng, "A note on Platt's probabilistic outputs
// for support vector machines", 2007), extended with row weights.
#include "engine/models/platt.h"

#include <cmath>

namespace tern::models {

double PlattSigmoid::operator()(double f) const
{
    const double z = a * f + b;
    return z >= 0 ? std::exp(-z) / (1.0 + std::exp(-z)) : 1.0 / (1.0 + std::exp(z));
}

PlattSigmoid fit_platt(std::span<const double> decision, std::span<const char> positive,
                       std::span<const double> weights)
{
    const std::size_t n = decision.size();
    double prior1 = 0, prior0 = 0;
    for (std::size_t i = 0; i < n; ++i)
        (positive[i] ? prior1 : prior0) += weights[i];
    const double hi = (prior1 + 1.0) / (prior1 + 2.0), lo = 1.0 / (prior0 + 2.0);
    const auto target = [&](std::size_t i) { return positive[i] ? hi : lo; };
    // Negative log-likelihood of (a, b), computed stably.
    const auto loss = [&](double a, double b) {
        double f = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double z = a * decision[i] + b, t = target(i);
            f += weights[i] * (z >= 0 ? t * z + std::log1p(std::exp(-z)) : (t - 1) * z + std::log1p(std::exp(z)));
        }
        return f;
    };
    PlattSigmoid s{0.0, std::log((prior0 + 1.0) / (prior1 + 1.0))};
    double value = loss(s.a, s.b);
    constexpr double kSigma = 1e-12;
    for (int iter = 0; iter < 100; ++iter) {
        double h11 = kSigma, h22 = kSigma, h21 = 0, g1 = 0, g2 = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double p = s(decision[i]);  // P(y = 1)
            const double d2 = weights[i] * p * (1 - p), d1 = weights[i] * (target(i) - p);
            h11 += decision[i] * decision[i] * d2, h22 += d2, h21 += decision[i] * d2;
            g1 += decision[i] * d1, g2 += d1;
        }
        if (std::abs(g1) < 1e-5 && std::abs(g2) < 1e-5)
            break;
        const double det = h11 * h22 - h21 * h21;
        const double da = -(h22 * g1 - h21 * g2) / det, db = -(-h21 * g1 + h11 * g2) / det;
        const double slope = g1 * da + g2 * db;
        double step = 1.0;
        bool moved = false;
        while (step >= 1e-10) {
            const double na = s.a + step * da, nb = s.b + step * db, nv = loss(na, nb);
            if (nv < value + 1e-4 * step * slope) {
                s = {na, nb}, value = nv, moved = true;
                break;
            }
            step /= 2;
        }
        if (!moved)
            break;
    }
    return s;
}

}  // namespace tern::models
