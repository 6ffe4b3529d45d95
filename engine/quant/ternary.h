// The L2-optimal ternary approximation of a block of weights (after "Ternary Residual Networks"): w ~ alpha * t with
// t in {-1, 0, +1}. For a fixed support of k weights the best t is their sign and the best alpha their mean |w|; the
// squared error removed is then S_k^2 / k with S_k the sum of the k largest |w|, so the best support is the k
// largest |w| for the k that maximises S_k^2 / k.
#pragma once

#include <cstdint>
#include <span>

namespace tern::quant {

struct TernaryFit {
    float alpha = 0;    // >= 0
    int support = 0;    // number of non-zero t
    double removed = 0; // ||w||^2 - ||w - alpha t||^2 = S_k^2 / k
};

// values: the block (n contiguous weights); t receives the n ternary values.
TernaryFit fit_ternary(std::span<const float> values, std::span<std::int8_t> t);

} // namespace tern::quant
