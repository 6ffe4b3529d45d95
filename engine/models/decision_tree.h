// One CART tree shared by random forest and extra trees: grown on binned features (feature_bins.h) with weighted
// rows, split by the best threshold (random forest) or by one random threshold per feature (extra trees), stored
// as flat arrays for fast prediction and compact serialisation.
#pragma once

#include "engine/models/feature_bins.h"
#include "engine/models/serial.h"

#include <atomic>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace tern::models {

enum class SplitCriterion { gini, entropy, variance };

struct TreeOptions {
    SplitCriterion criterion = SplitCriterion::gini;
    int n_classes = 0;             // 0 for regression
    int max_depth = 1000;
    int min_samples_leaf = 1;
    int max_features = 1;          // features tried per split
    bool random_thresholds = false; // extra trees
};

class DecisionTree {
public:
    // weights: one per row; rows with weight 0 (out of the bootstrap sample) are not used. `stop` is polled per node.
    void fit(const FeatureBins& bins, std::span<const float> y, std::span<const float> weights,
             const TreeOptions& options, std::mt19937_64& rng, const std::atomic<bool>& stop);

    // The leaf's values for one row: class distribution (n_classes floats) or the mean (one float).
    const float* leaf(const float* row) const
    {
        std::int32_t node = 0;
        while (m_feature[node] >= 0)
            node = m_child[node] + (row[m_feature[node]] <= m_threshold[node] ? 0 : 1);
        return m_values.data() + m_child[node];
    }

    std::size_t node_count() const { return m_feature.size(); }
    // The flat arrays, for exporters (ONNX TreeEnsemble): see the member comment below for their meaning.
    const std::vector<std::int32_t>& features() const { return m_feature; }
    const std::vector<float>& thresholds() const { return m_threshold; }
    const std::vector<std::int32_t>& children() const { return m_child; }
    const std::vector<float>& values() const { return m_values; }
    void save(ByteWriter& w) const;
    // Validates every index against the shape so a corrupted tree cannot make prediction read out of bounds.
    static DecisionTree load(ByteReader& r, std::size_t n_features, int outputs);

private:
    // Per node: split feature (-1 = leaf), threshold (go left when value <= threshold), and for a split node the
    // index of its left child (the right child follows it), for a leaf the offset of its values.
    std::vector<std::int32_t> m_feature;
    std::vector<float> m_threshold;
    std::vector<std::int32_t> m_child;
    std::vector<float> m_values;
};

}  // namespace tern::models
