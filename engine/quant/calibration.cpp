// Min-max covers every value seen; the percentile rule ignores the rarest extremes, which spends the 256 codes
// on the values that actually occur (one outlier row otherwise coarsens the step for every row).
#include "engine/quant/calibration.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tern::quant {

InputCalibration calibrate_input(const Matrix& x, bool never_negative, bool first_layer, const QuantOptions& options)
{
    std::vector<float> mag;
    mag.reserve(x.values().size());
    float lowest = 0;
    for (float v : x.values()) {
        if (!std::isfinite(v))
            continue;
        mag.push_back(std::fabs(v));
        lowest = std::min(lowest, v);
    }
    InputCalibration cal;
    cal.is_unsigned = never_negative || (first_layer && lowest >= 0 && !mag.empty());
    float range = 0;
    if (!mag.empty()) {
        if (options.calibration == QuantOptions::Calibration::minmax) {
            range = *std::max_element(mag.begin(), mag.end());
        } else {
            const double p = std::clamp(options.percentile, 0.0, 100.0) / 100.0;
            const auto n = mag.size();
            const std::size_t at = std::min(n - 1, std::size_t(std::ceil(p * double(n))) - (p > 0 ? 1 : 0));
            std::nth_element(mag.begin(), mag.begin() + long(at), mag.end());
            range = mag[at];
        }
    }
    if (!(range > 0) || !std::isfinite(range))
        range = 1.0f;
    cal.scale = range / (cal.is_unsigned ? 255.0f : 127.0f);
    return cal;
}

Matrix calibration_sample(const Matrix& rows, std::size_t max_rows)
{
    if (rows.rows() <= max_rows)
        return rows;
    Matrix out(max_rows, rows.cols());
    for (std::size_t i = 0; i < max_rows; ++i) {
        const std::size_t src = i * rows.rows() / max_rows;
        std::copy(rows.row(src).begin(), rows.row(src).end(), out.row(i).begin());
    }
    return out;
}

} // namespace tern::quant
