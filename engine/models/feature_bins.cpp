// Quantile binning of features (see feature_bins.h).
#include "engine/models/feature_bins.h"

#include "engine/models/parallel.h"

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

FeatureBins::FeatureBins(const Matrix& x, int threads)
    : m_rows(x.rows()), m_edges(x.cols()), m_codes(x.rows() * x.cols())
{
    // Features are binned independently: one chunk per feature, the same result for any thread count.
    parallel_chunks(x.cols(), threads, 1, [&](std::size_t f, std::size_t) {
        std::vector<float> sorted(m_rows);
        for (std::size_t i = 0; i < m_rows; ++i)
            sorted[i] = x(i, f);
        std::sort(sorted.begin(), sorted.end());
        std::vector<float> distinct;
        for (float v : sorted)
            if ((distinct.empty() || v != distinct.back()) && distinct.size() <= static_cast<std::size_t>(kMaxBins))
                distinct.push_back(v);
        auto& edges = m_edges[f];
        if (distinct.size() <= static_cast<std::size_t>(kMaxBins)) {
            for (std::size_t u = 0; u + 1 < distinct.size(); ++u)
                edges.push_back(between(distinct[u], distinct[u + 1]));
        } else {
            // Quantiles over the rows follow the data's mass; equal quantiles collapse into one edge.
            for (int b = 1; b < kMaxBins; ++b) {
                const std::size_t pos = b * m_rows / kMaxBins;
                const float a = sorted[pos > 0 ? pos - 1 : 0];
                const auto next = std::upper_bound(sorted.begin() + (pos > 0 ? pos - 1 : 0), sorted.end(), a);
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
    });
}

}  // namespace tern::models
