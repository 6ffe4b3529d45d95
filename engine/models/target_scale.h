// A regression target's location and spread, so that a family fits the standardised target (y - mean) / scale and
// restores its predictions. Fixed tolerances (a solver's, a tree's least gain, an L1 penalty) are then relative to
// the target: a return rate of 0.002 or a price of 1e9 fits as a target near 1 does. Computed in two passes in
// double, so that a small spread on a large offset keeps its digits.
#pragma once

#include <span>

namespace tern::models {

struct TargetScale {
    double mean = 0;
    double scale = 1; // the standard deviation; 1 for a constant (or empty) target

    double standardise(double y) const { return (y - mean) / scale; }
    double restore(double z) const { return z * scale + mean; }
};

TargetScale target_scale(std::span<const float> y);

}  // namespace tern::models
