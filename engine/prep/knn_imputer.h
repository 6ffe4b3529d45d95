// k-NN imputation of numeric inputs: nan-Euclidean distance (scikit-learn's KNNImputer metric) on standardised
// numeric inputs, against donors drawn from the training rows only (a seeded subsample past knn_max_donors, so a
// 100k-row table costs the same per imputed row as a 2k-row one).
#pragma once

#include "engine/prep/fitted_steps.h"
#include "engine/prep/pipeline.h"

#include <span>
#include <vector>

namespace tern::prep {

// columns: the numeric inputs in NumericStep order.
KnnStep fit_knn(const std::vector<const data::Column*>& columns, std::span<const std::size_t> rows,
                const PipelineConfig& config);

// The donors laid out for a branch-free distance loop: values with missing cells zeroed, and a 0/1 mask.
// Derived from KnnStep at fit and load, never saved.
struct KnnIndex {
    std::vector<float> values;
    std::vector<float> mask;
};
KnnIndex make_knn_index(const KnnStep& knn);

// Reused buffers, so that imputing a row allocates nothing once warm.
struct KnnScratch {
    std::vector<float> z, zmask;
    std::vector<std::size_t> targets;
    std::vector<float> best_distance, best_value;
};

// raw: one row's numeric inputs (NaN = missing). For every j with use[j] and raw[j] missing, out[j] becomes the
// mean of the k nearest donors that have column j (NaN when no donor has it).
void knn_impute(const KnnStep& knn, const KnnIndex& index, std::span<const float> raw,
                std::span<const std::uint8_t> use, std::span<float> out, KnnScratch& scratch);

} // namespace tern::prep
