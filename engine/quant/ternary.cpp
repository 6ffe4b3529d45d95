// Sorting |w| descending and scanning the prefix sums finds the optimal support in O(n log n) per block.
#include "engine/quant/ternary.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace tern::quant {

TernaryFit fit_ternary(std::span<const float> values, std::span<std::int8_t> t)
{
    const std::size_t n = values.size();
    std::fill(t.begin(), t.end(), std::int8_t(0));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return std::fabs(values[a]) > std::fabs(values[b]); });
    TernaryFit best;
    double sum = 0;
    for (std::size_t k = 1; k <= n; ++k) {
        sum += std::fabs(values[order[k - 1]]);
        const double removed = sum * sum / double(k);
        if (removed > best.removed)
            best = {float(sum / double(k)), int(k), removed};
    }
    for (int i = 0; i < best.support; ++i) {
        const std::size_t j = order[std::size_t(i)];
        t[j] = values[j] > 0 ? 1 : values[j] < 0 ? -1 : 0;
    }
    return best;
}

} // namespace tern::quant
