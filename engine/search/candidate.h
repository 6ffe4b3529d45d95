// What the search evaluates and what it reports. A CandidateConfig is one point of the search space: a family, its
// model parameters, a preprocessing configuration, a class-weighting choice and a fidelity (the share of each
// fold's training rows it is fitted on). A CandidateResult mirrors CONTRACT.md's candidate fields; it is what the
// observer receives and what the store keeps (as a store::CandidateRecord).
#pragma once

#include "engine/core/message.h"
#include "engine/prep/pipeline.h"
#include "engine/store/records.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tern::search {

struct CandidateConfig {
    std::string family;
    nlohmann::json params = nlohmann::json::object();  // the model family's parameters
    prep::PipelineConfig pipeline;
    std::string class_weight = "none";                 // none | balanced (classification only)
    double fidelity = 1.0;                             // share of each fold's training rows (successive halving)
    std::string origin = "default";                    // default | random | tpe | promoted (why it was proposed)

    // Identity for de-duplication and resume: everything except `origin`.
    std::string key() const;
    nlohmann::json to_json() const;
    static CandidateConfig from_json(const nlohmann::json& j);
    // The flat parameter view users read (model params + imputer/encoder/scaler/class_weight/fidelity).
    nlohmann::json display_params() const;
    // This configuration with the size parameters its folds were trained with when the time limit cut them short
    // (Evaluation::cut_short): a refit must use them to be the model that was scored.
    CandidateConfig as_trained(const nlohmann::json& cut_short) const;
};

struct CandidateResult {
    std::int64_t id = 0;                 // ordinal within the run: 1, 2, 3...
    std::string family;
    nlohmann::json params = nlohmann::json::object();
    std::string status = "ok";           // ok | failed | timeout | cancelled
    // Why it failed. Stored as its English text (the store's column, CONTRACT.md's JSON) and as a translatable
    // message in details["error_message"].
    Message error;
    std::optional<double> score, score_std, test_score;
    std::vector<double> fold_scores;
    nlohmann::json metrics = nlohmann::json::object();       // cross-validated, name -> value
    nlohmann::json test_metrics = nlohmann::json::object();
    std::optional<double> fit_s, latency_us_p50, latency_us_p99, throughput_rows_s;
    std::optional<std::int64_t> size_bytes;
    bool over_latency_budget = false;
    nlohmann::json details = nlohmann::json::object();       // config, fidelity, importance, test results...

    store::CandidateRecord to_record(std::int64_t run_id) const;
    static CandidateResult from_record(const store::CandidateRecord& r);
    nlohmann::json to_json() const;      // CONTRACT.md's candidate object
};

}  // namespace tern::search
