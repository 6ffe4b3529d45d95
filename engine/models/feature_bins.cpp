// Quantile binning of features (see feature_bins.h).
#include "engine/models/feature_bins.h"

#include <algorithm>

namespace tern::models {

namespace {
// A threshold strictly between a and b (a < b) that float rounding cannot push onto b.
float between(float a, float b)
{
    const auto mid = static_cast<float>(a + (static_cast<double>(b) - a) / 2.0);
    return mid < b && mid >= a ? mid : a;
}
}  // namespace

FeatureBins::FeatureBins(const Matrix& x) : m_rows(x.rows()), m_edges(x.cols()), m_codes(x.rows() * x.cols())
{
    std::vector<float> sorted(m_rows);
    for (std::size_t f = 0; f < x.cols(); ++f) {
        for (std::size_t i = 0; i < m_rows; ++i)
            sorted[i] = x(i, f);
        std::sort(sorted.begin(), sorted.end());
        std::vector<float> distinct;
        distinct.reserve(kMaxBins + 1);
        auto& edges = m_edges[f];
        const auto unique_end = std::unique(sorted.begin(), sorted.end());
        const auto n_unique = static_cast<std::size_t>(unique_end - sorted.begin());
        if (n_unique <= static_cast<std::size_t>(kMaxBins)) {
            for (std::size_t u = 0; u + 1 < n_unique; ++u)
                edges.push_back(between(sorted[u], sorted[u + 1]));
        } else {
            // Quantiles over the rows follow the data's mass; equal quantiles collapse into one edge.
            for (std::size_t i = 0; i < m_rows; ++i)
                sorted[i] = x(i, f);
            std::sort(sorted.begin(), sorted.end());
            for (int b = 1; b < kMaxBins; ++b) {
                const std::size_t pos = b * m_rows / kMaxBins;
                const float a = sorted[pos - 1 < m_rows ? pos - 1 : 0];
                const auto next = std::upper_bound(sorted.begin() + pos - 1, sorted.end(), a);
                if (next == sorted.end())
                    break;
                const float e = between(a, *next);
                if (edges.empty() || e > edges.back())
                    edges.push_back(e);
            }
        }
        std::uint8_t* codes = m_codes.data() + f * m_rows;
        for (std::size_t i = 0; i < m_rows; ++i)
            codes[i] = static_cast<std::uint8_t>(std::lower_bound(edges.begin(), edges.end(), x(i, f)) - edges.begin());
    }
}

}  // namespace tern::models
