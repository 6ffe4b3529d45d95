// Platt scaling: a sigmoid P(y = 1 | f) = 1 / (1 + exp(A f + B)) fitted to decision values f, with Platt's
// smoothed targets and the Newton method of Lin, Lin & Weng (2007), so that SVM scores become probabilities.
#pragma once

#include <span>

namespace tern::models {

struct PlattSigmoid {
    double a = -1.0, b = 0.0;
    double operator()(double f) const;
};

// positive[i]: whether row i belongs to the positive class; weights[i]: its weight (>= 0).
PlattSigmoid fit_platt(std::span<const double> decision, std::span<const char> positive,
                       std::span<const double> weights);

}  // namespace tern::models
