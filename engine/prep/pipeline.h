// A fitted preprocessing pipeline: Table -> dense float Matrix. Fitted on training rows only (inside each fold),
// then applied to any rows. Steps: column screening (constant, ID-like, high-cardinality text set aside with a
// reason), imputation (+ optional missing indicators), categorical encoding, scaling.
#pragma once

#include "engine/core/matrix.h"
#include "engine/data/table.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tern::prep {

struct PipelineConfig {
    std::string imputer = "median";        // none | mean | median | most_frequent | constant | knn | iterative
    bool missing_indicators = false;
    std::string encoder = "onehot";        // onehot | ordinal | target
    std::string scaler = "standard";       // standard | robust | none
    nlohmann::json per_column_imputer = nlohmann::json::object();  // column name -> strategy (user pins)
    nlohmann::json to_json() const;
    static PipelineConfig from_json(const nlohmann::json& j);
};

class Pipeline {
public:
    // rows: the training rows of `table` to fit on; y: their labels (for target encoding).
    static Pipeline fit(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                        const PipelineConfig& config);

    Matrix transform(const data::Table& table, std::span<const std::size_t> rows) const;
    Matrix transform(const data::Table& table) const;  // all rows

    const std::vector<std::string>& feature_names() const;
    nlohmann::json report() const;  // columns set aside and why, steps applied

    std::vector<std::uint8_t> save() const;
    static Pipeline load(std::span<const std::uint8_t> bytes);

    Pipeline();
    ~Pipeline();
    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;
    Pipeline(const Pipeline&);
    Pipeline& operator=(const Pipeline&);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace tern::prep
