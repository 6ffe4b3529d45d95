#include "engine/search/target_outliers.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tern::search {

std::optional<FarTargetValues> far_target_values(std::span<const double> y, double iqr_multiple)
{
    std::vector<double> sorted;
    sorted.reserve(y.size());
    for (double v : y)
        if (std::isfinite(v))
            sorted.push_back(v);
    if (sorted.size() < 8)
        return std::nullopt;
    std::sort(sorted.begin(), sorted.end());
    const auto quantile = [&](double q) {
        const double at = q * static_cast<double>(sorted.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(at));
        const auto hi = std::min(lo + 1, sorted.size() - 1);
        return sorted[lo] + (at - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
    };
    FarTargetValues far;
    far.q1 = quantile(0.25);
    far.q3 = quantile(0.75);
    const double iqr = far.q3 - far.q1;
    if (!(iqr > 0))
        return std::nullopt;
    const double low = far.q1 - iqr_multiple * iqr, high = far.q3 + iqr_multiple * iqr;
    double distance = 0;
    for (double v : sorted) {
        if (v >= low && v <= high)
            continue;
        ++far.count;
        const double d = v < low ? low - v : v - high;
        if (d > distance) {
            distance = d;
            far.farthest = v;
        }
    }
    if (far.count == 0)
        return std::nullopt;
    return far;
}

}  // namespace tern::search
