// What a stored run's metric means for ranking its candidates.
#pragma once

#include "engine/store/records.h"

#include <QString>
#include <string>

namespace tern::ui {

// True when the run's metric is better larger (a built-in's direction, or the custom expression's).
bool metricMaximizes(const store::RunRecord& run);

// A built-in metric's name as a person writes it ("Balanced accuracy", "R²", "RMSE"); any other name as it is.
QString metricLabel(const std::string& name);

} // namespace tern::ui
