#include "engine/models/target_scale.h"

#include <cmath>

namespace tern::models {

TargetScale target_scale(std::span<const float> y)
{
    TargetScale s;
    if (y.empty())
        return s;
    double sum = 0;
    for (float v : y)
        sum += v;
    s.mean = sum / static_cast<double>(y.size());
    double squares = 0;
    for (float v : y)
        squares += (v - s.mean) * (v - s.mean);
    const double sd = std::sqrt(squares / static_cast<double>(y.size()));
    if (std::isfinite(sd) && sd > 0)
        s.scale = sd;
    return s;
}

}  // namespace tern::models
