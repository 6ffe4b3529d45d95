// A stored candidate's out-of-fold predictions next to the truth they predicted, for views that look at one
// candidate after its run (the GUI's confusion matrix and residual plot). The store keeps the predictions (artifact
// "oof_predictions") but not the labels: those are read again from the run's data exactly as the search read them.
#pragma once

#include "engine/core/progress.h"
#include "engine/search/scoring.h"
#include "engine/search/target.h"
#include "engine/store/store.h"

#include <cstdint>

namespace tern::search {

// The run's target as its search prepared it (same file, target column and task). InputError when the data file
// is gone or no longer has the target.
TargetData load_run_target(const store::Store& store, std::int64_t run_id, const JobControl& job = {});

struct StoredPredictions {
    Task task = Task::binary;
    std::vector<std::string> class_names; // empty for regression
    std::vector<float> truth;             // one label (class index or value) per predicted row
    PredictionBlock predictions;          // the same rows: probabilities (classification) or values
};

// Only the rows that have an out-of-fold prediction (all rows for K-fold, the validation rows for a holdout).
// InputError when the candidate has no stored predictions or they do not match the data (the file changed).
StoredPredictions load_stored_predictions(const store::Store& store, std::int64_t run_id, std::int64_t candidate,
                                          const TargetData& target);

} // namespace tern::search
