// A fitted preprocessing pipeline: Table -> dense float Matrix. Fitted on training rows only (inside each fold),
// then applied to any rows. Steps: column screening (constant, ID-like, high-cardinality text set aside with a
// reason), imputation (+ optional missing indicators), categorical encoding, scaling.
//
// Target encoding is fitted out-of-fold: fit_transform returns the training rows' features with each row encoded
// by statistics that never saw its own label; transform (also of the training rows) uses the statistics of all
// training rows, as scikit-learn's TargetEncoder does. Use fit_transform to get the matrix a model trains on.
// The fitted state is readable through steps() (fitted_steps.h), e.g. for the ONNX export.
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"
#include "engine/data/table.h"
#include "engine/prep/fitted_steps.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tern::prep {

struct PipelineConfig {
    std::string imputer = "median"; // none | mean | median | most_frequent | constant | knn | iterative
    bool missing_indicators = false;
    std::string encoder = "onehot";                               // onehot | ordinal | target
    std::string scaler = "standard";                              // standard | robust | none
    nlohmann::json per_column_imputer = nlohmann::json::object(); // column name -> strategy (user pins)
    float constant_value = 0.0f;    // the fill of `constant` imputation for numeric columns
    int min_level_count = 5;        // one-hot: levels seen fewer times in training go into "other"
    int max_levels = 256;           // one-hot: at most this many levels (the most frequent); the rest "other"
    int target_folds = 5;           // target encoding: folds inside the training rows
    double target_smoothing = 10.0; // target encoding: weight (in rows) of the prior
    int knn_neighbors = 5;
    int knn_max_donors = 2000; // k-NN donors: a seeded subsample of the training rows beyond this
    int iterative_rounds = 5;  // round-robin passes of the iterative imputer
    std::optional<Task> task;  // what y holds (please set it); empty = classes if y are integers in [0, 20)
    std::uint64_t seed = 0;    // target-encoding folds, donor subsample
    // Throws InputError naming the bad field or value.
    void validate() const;
    nlohmann::json to_json() const;
    static PipelineConfig from_json(const nlohmann::json& j);
};

class Pipeline {
  public:
    // rows: the training rows of `table` to fit on; y: their labels (for target encoding).
    static Pipeline fit(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                        const PipelineConfig& config);
    // fit, and the training rows' features (out-of-fold target encodings) in `training_features`.
    static Pipeline fit_transform(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                                  const PipelineConfig& config, Matrix& training_features);

    Matrix transform(const data::Table& table, std::span<const std::size_t> rows) const;
    Matrix transform(const data::Table& table) const; // all rows
    // One row into `out` (n_features() floats) without allocating: the path whose latency is measured.
    void transform_row(const data::Table& table, std::size_t row, std::span<float> out) const;

    std::size_t n_features() const;
    const FittedSteps& steps() const;
    const PipelineConfig& config() const;

    const std::vector<std::string>& feature_names() const;
    nlohmann::json report() const; // columns set aside and why, steps applied

    std::vector<std::uint8_t> save() const;
    static Pipeline load(std::span<const std::uint8_t> bytes);

    Pipeline();
    ~Pipeline();
    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;
    Pipeline(const Pipeline&);
    Pipeline& operator=(const Pipeline&);

    struct State; // opaque outside engine/prep (defined in engine/prep/state.h)

  private:
    std::unique_ptr<State> m_state;
};

} // namespace tern::prep
