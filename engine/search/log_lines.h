// The lines of a run's log that are assembled from parts: each part a message of its own, so that a user interface
// translates the line piece by piece (engine/core/message.h).
#pragma once

#include "engine/core/message.h"
#include "engine/core/task.h"
#include "engine/search/candidate.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace tern::search {

// binary | multiclass | regression, as words to read.
Message task_message(Task task);

// The families as terms (Message::term), comma-separated: tern-cli prints their codes, the GUI its own names.
Message family_list(const std::vector<std::string>& families);

// "#12 xgboost ok r2=0.8123", or the candidate's error, and whether its time limit cut its folds or its size
// (cut_short: parameter -> the value its folds were trained with; asked: the parameters it was proposed with).
Message finished_line(const CandidateResult& r, const std::string& metric, std::size_t folds,
                      const nlohmann::json& cut_short, const nlohmann::json& asked);

}  // namespace tern::search
