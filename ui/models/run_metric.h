// What a stored run's metric means for ranking its candidates.
#pragma once

#include "engine/store/records.h"

namespace tern::ui {

// True when the run's metric is better larger (a built-in's direction, or the custom expression's).
bool metricMaximizes(const store::RunRecord& run);

} // namespace tern::ui
