// Permutation feature importance of a candidate (a single model or an ensemble of weighted members) on its
// out-of-fold rows: refit per fold as the search did, then shuffle one raw column at a time among the fold's
// validation rows and measure how much the run's metric drops. Raw columns, so a one-hot encoded column counts once.
#pragma once

#include "engine/search/evaluator.h"

#include <nlohmann/json.hpp>

#include <optional>

#include <stop_token>
#include <string>
#include <vector>

namespace tern::search {

struct FeatureImportance {
    std::string feature;
    double importance = 0;   // mean drop of the (oriented) metric; larger = more important
    double std = 0;          // over folds and repeats
};

struct ImportanceMember {
    CandidateConfig config;
    double weight = 1;
};

// Sorted by importance, descending. Stops early (with what the finished folds say) past max_seconds; at least one
// fold is always done unless stop is requested (then Cancelled), with one shuffle per column among fewer of its rows
// when `repeats` shuffles of all of them would not fit max_seconds; WorkError when even that runs past three
// times max_seconds (and two seconds past it). threshold: the candidate's decision threshold
// (decision_threshold.h), at which its classes are read.
std::vector<FeatureImportance> permutation_importance(const Problem& problem,
                                                      const std::vector<ImportanceMember>& members,
                                                      std::optional<float> threshold, int repeats,
                                                      double max_seconds, std::stop_token stop);

nlohmann::json to_json(const std::vector<FeatureImportance>& importances);

}  // namespace tern::search
