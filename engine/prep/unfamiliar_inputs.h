// What in a table to predict lies outside what fitted pipelines learned. A model still predicts every row (an
// unlearned level takes the "other" slot, a missing cell its column's fill), but a user deciding whether to trust
// those rows needs to hear it: an island that never was in training got Adelie at p = 1.0 without a word. Read by
// `predict` (an exported model) and by a run's test file (its chosen model).
#pragma once

#include "engine/data/table.h"

#include <span>
#include <string>
#include <vector>

namespace tern::prep {

class Pipeline;

// One line per column and kind: levels not learned (predicted as the "other" level), cells that were not numbers,
// values far outside the training range, missing values where training had none. Empty when nothing is. Several
// pipelines (an ensemble's members) share their input columns: each column is judged once, by the first.
std::vector<std::string> unfamiliar_inputs(std::span<const Pipeline* const> pipelines, const data::Table& table);

}  // namespace tern::prep
