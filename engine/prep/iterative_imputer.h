// Iterative (MICE-style) imputation of numeric inputs: missing cells start at the training mean, then each column
// with missing values is regressed (ridge) on its most correlated other numeric inputs, round robin, for a few
// rounds. The fitted regressions are replayed at transform, as scikit-learn's IterativeImputer does.
#pragma once

#include "engine/prep/fitted_steps.h"
#include "engine/prep/pipeline.h"

#include <span>
#include <vector>

namespace tern::prep {

// columns: the numeric inputs in NumericStep order; use[j]: column j is imputed iteratively.
IterativeStep fit_iterative(const std::vector<const data::Column*>& columns, std::span<const std::size_t> rows,
                            std::span<const std::uint8_t> use, const PipelineConfig& config);

// raw: one row's numeric inputs (NaN = missing); work receives them with every missing cell imputed (cells of
// columns the iterative step does not impute hold the training mean).
void iterative_impute(const IterativeStep& it, std::span<const float> raw, std::span<float> work);

} // namespace tern::prep
