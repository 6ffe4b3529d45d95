// Reading a stored run back in the shapes users see: CONTRACT.md's run JSON (automl --json, show --json), the
// run list (runs --json), and the plain-text leaderboard tern-cli prints without --json.
#pragma once

#include "engine/store/store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace tern::search {

// {"run_id", "dataset", "target", "task", "metric", "budget_s", "elapsed_s", "best_id", "status", "seed", "report",
//  "machine", "versions", "validation": {"kind": "random"|"time", "column"?, "folds", "repeats", "holdout"},
//  "candidates": [...]}. InputError "no run N" for an unknown run.
nlohmann::json run_to_json(const store::Store& store, std::int64_t run_id);

// Newest first: [{"run_id", "dataset", "target", "task", "metric", "status", "started_at", "elapsed_s",
// "candidates", "best_id"}].
nlohmann::json runs_to_json(const store::Store& store);

// "'order_id' id-like: ...; 'note' ...": the columns of a run's report (its JSON's "report") no candidate learns
// from, and why; empty when there are none. The log, the leaderboard and a refused run's error all say it so.
std::string set_aside_list(const nlohmann::json& report);

// The leaderboard of a run JSON: candidates sorted best first, failed ones last with their error.
std::string leaderboard_text(const nlohmann::json& run);
std::string runs_text(const nlohmann::json& runs);

}  // namespace tern::search
