// Histogram binning for the tree ensembles: each feature is cut once per fit into at most 256 bins at quantiles of
// its values, so split finding works on one byte per cell and on 256-entry histograms instead of sorted columns.
#pragma once

#include "engine/core/matrix.h"

#include <cstdint>
#include <vector>

namespace tern::models {

class FeatureBins {
public:
    static constexpr int kMaxBins = 256;

    // Codes are column-major (feature by feature) so a node's histogram of one feature reads one contiguous column.
    FeatureBins(const Matrix& x, int threads);

    std::size_t rows() const { return m_rows; }
    std::size_t cols() const { return m_edges.size(); }
    const std::uint8_t* column(std::size_t feature) const { return m_codes.data() + feature * m_rows; }
    // A row with code <= b has value <= edge(f, b): the split threshold a tree stores for "bin b goes left".
    float edge(std::size_t feature, int bin) const { return m_edges[feature][bin]; }
    int bin_count(std::size_t feature) const { return static_cast<int>(m_edges[feature].size()) + 1; }

private:
    std::size_t m_rows;
    std::vector<std::vector<float>> m_edges;  // per feature, increasing; bin b = values in (edge[b-1], edge[b]]
    std::vector<std::uint8_t> m_codes;
};

}  // namespace tern::models
