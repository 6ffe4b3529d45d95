#include "engine/prep/step_choices.h"

#include <array>

namespace tern::prep {

namespace {

constexpr std::array<StepChoice, 13> choices{{
    {StepKind::imputer, "none", "leave missing values as NaN for models that take them natively", true},
    {StepKind::imputer, "mean", "replace a missing number by the training mean"},
    {StepKind::imputer, "median", "replace a missing number by the training median"},
    {StepKind::imputer, "most_frequent", "replace a missing value by the most frequent training value or level (the median where no value is frequent)"},
    {StepKind::imputer, "constant", "replace a missing number by a constant (0 unless set)"},
    {StepKind::imputer, "knn", "average of the 5 nearest training rows (nan-Euclidean on standardised numbers)"},
    {StepKind::imputer, "iterative", "round-robin ridge regressions on the other numeric columns (MICE-style)"},
    {StepKind::encoder, "onehot", "one column per frequent level; rare and unseen levels share an 'other' column"},
    {StepKind::encoder, "ordinal", "two columns of level codes: in the levels' natural order (\"2nd\" before \"10th\") and by count"},
    {StepKind::encoder, "target", "smoothed mean label per level (per class), out of fold on the training rows"},
    {StepKind::scaler, "standard", "subtract the training mean, divide by the standard deviation"},
    {StepKind::scaler, "robust", "subtract the training median, divide by the interquartile range"},
    {StepKind::scaler, "none", "leave values unscaled (tree models)"},
}};

} // namespace

std::span<const StepChoice> step_choices()
{
    return choices;
}

} // namespace tern::prep
