// A candidate as the Leaderboard's "Parameters and scores" tab reads it: its score over the folds, its parameters
// one per line with numbers rounded for reading, an ensemble's members with their families and weights, and its
// pooled out-of-fold metrics. The exact values stay in the store and the CLI's JSON.
#pragma once

#include "engine/search/candidate.h"

#include <QString>
#include <functional>

namespace tern::ui {

// `familyOf` names the family of another candidate of the run (an ensemble's member), empty when unknown.
QString candidateDetailsText(const search::CandidateResult& candidate,
                             const std::function<QString(std::int64_t)>& familyOf);

} // namespace tern::ui
