// Fitting categorical encodings: which levels are kept, and the slot table that maps each slot (kept level, other,
// missing) to its encoded block. One-hot buckets rare levels; ordinal and target encoding keep every training level.
#pragma once

#include "engine/prep/pipeline.h"
#include "engine/prep/state.h"

#include <cstdint>
#include <span>
#include <vector>

namespace tern::prep {

// Levels, slot table and feature names of one column (target encoding: the table is sized, filled later).
CategoricalStep fit_categorical(const data::Column& column, std::size_t source_index, std::span<const std::size_t> rows,
                                Encoding encoding, Imputation imputation, const PipelineConfig& config,
                                std::size_t target_width, std::vector<std::string>& feature_names);

LevelIndex make_level_index(const CategoricalStep& step);

// The slot a missing cell stands for: its own level, the most frequent level, or "other" (see fitted_steps.h).
std::size_t effective_missing_slot(const CategoricalStep& step);

// The slot of each of `rows` (missing cells resolved through effective_missing_slot).
std::vector<std::uint32_t> slots_of(const CategoricalStep& step, const LevelIndex& index, const data::Column& column,
                                    std::span<const std::size_t> rows);

// What the labels are, for target encoding.
struct TargetSpec {
    bool classification = false;
    int n_classes = 0; // classification
    std::size_t width() const { return classification && n_classes > 2 ? std::size_t(n_classes) : 1; }
};
TargetSpec target_spec(std::span<const float> y, const PipelineConfig& config);

// Fills step.table from all training rows and returns the out-of-fold encoding of each training row
// (rows x width): each row's statistics come from the other folds only.
std::vector<float> fit_target_encoding(CategoricalStep& step, std::span<const std::uint32_t> slots,
                                       std::span<const float> y, const TargetSpec& spec, const PipelineConfig& config);

} // namespace tern::prep
