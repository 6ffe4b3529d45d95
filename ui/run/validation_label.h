// How a run validates, in the user's language, from its stored spec: "random folds" or "forward in time by date".
// The Leaderboard's title and the History page say it, so that a score is read as what it estimates.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace tern::ui {

// `spec`: a run's RunSpec JSON (store::RunRecord::spec); runs stored before time validation read as random folds.
QString validationLabel(const nlohmann::json& spec);
// The label of one choice: an empty column is random folds.
QString validationLabel(const QString& timeColumn);

} // namespace tern::ui
