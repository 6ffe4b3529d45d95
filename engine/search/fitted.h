// A fitted candidate: its preprocessing pipeline and its model, fitted together on some rows. The unit the search
// cross-validates, the cost probe times, the refit produces and the store keeps (artifact kind "model": the bytes of
// serialize_fitted, restored by deserialize_fitted; export reads the same bytes).
#pragma once

#include "engine/data/table.h"
#include "engine/models/model.h"
#include "engine/prep/pipeline.h"
#include "engine/search/candidate.h"
#include "engine/search/scoring.h"

#include <cstdint>
#include <memory>
#include <span>
#include <stop_token>
#include <vector>

namespace tern::search {

struct FittedCandidate {
    std::string family;
    prep::Pipeline pipeline;
    std::unique_ptr<models::Model> model;
};

struct FitRequest {
    Task task = Task::binary;
    int n_classes = 2;
    std::uint64_t seed = 0;
    std::stop_token stop;
    double time_limit_s = 0;  // 0 = none; covers the preprocessing and the model's fit
    int threads = 1;
};

// Fits `config` on the given table rows with their labels (class weights computed from `y` when asked).
FittedCandidate fit_candidate(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                              const CandidateConfig& config, const FitRequest& request);

// Probabilities (classification) or values (regression) for the given table rows. Predicted a few thousand rows
// at a time, with `stop` (Cancelled) looked at between them: a k-NN or an RBF SVM predicts some 10,000 rows/s,
// and a cancelled run must not wait for tens of thousands of validation rows.
PredictionBlock predict_block(const FittedCandidate& fitted, const data::Table& table,
                              std::span<const std::size_t> rows, Task task, std::stop_token stop = {});

// WorkError naming the first of `rows` (table rows, in block order) whose prediction is not a finite number, and how
// many more are: a value far beyond the training data (3e38 through a scaler) overflows, and the row is what the
// user can look at.
void throw_unless_finite(const PredictionBlock& p, std::span<const std::size_t> rows);

// "TERNFIT1" | u64 family length | family | u64 pipeline length | pipeline bytes | model bytes.
std::vector<std::uint8_t> serialize_fitted(const FittedCandidate& fitted);
FittedCandidate deserialize_fitted(std::span<const std::uint8_t> bytes);  // InputError on a malformed blob

// One weight per row: n / (k * n_class) for "balanced", empty for "none".
std::vector<float> class_weights(std::span<const float> y, int n_classes, const std::string& mode);

}  // namespace tern::search
