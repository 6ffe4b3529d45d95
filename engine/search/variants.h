// Precision variants of a fitted mlp or linear candidate: its bf16, int8 and ternary (residual fractions 1, 0.5, 0)
// copies, each scored on held-out rows and timed as a user pays it (one-row latency with preprocessing, single
// thread; batch throughput), with packed size and multiplies per row. The search stores them in the candidate's
// details["variants"]; VariantLab answers the GUI's residual-fraction slider for one stored candidate.
#pragma once

#include "engine/core/progress.h"
#include "engine/quant/precision.h"
#include "engine/search/fitted.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace tern::store {
class Store;
}

namespace tern::search {

struct VariantScore {
    quant::Precision precision = quant::Precision::fp32;
    std::optional<double> residual_fraction;  // ternary only
    double score = 0;
    double latency_us_p50 = 0, throughput_rows_s = 0;
    std::int64_t size_bytes = 0, multiplies = 0;
};

nlohmann::json to_json(const VariantScore& v);  // {"precision", "score", "latency_us_p50", ...} as in CONTRACT.md

// One fold of held-out evidence: a candidate fitted on `train_rows` and the rows it is scored on.
struct VariantFold {
    const FittedCandidate* fitted = nullptr;
    std::vector<std::size_t> train_rows;       // calibration rows (through the fitted pipeline)
    std::vector<std::size_t> validation_rows;  // scored rows
};

struct VariantRequest {
    Task task = Task::binary;
    int n_classes = 2;
    std::string metric;                 // a metric name (scoring.h)
    std::span<const float> labels;      // per table row (class index or value)
    double probe_seconds = 0.3;         // cost probe bound per variant
};

// bf16, int8, ternary at 1.0, 0.5 and 0.0: scored on the folds' validation rows pooled (out-of-fold), timed on the
// first fold's model. Throws InputError for a candidate without a dense stack.
std::vector<VariantScore> evaluate_variants(const data::Table& table, std::span<const VariantFold> folds,
                                            const VariantRequest& request, const JobControl& job = {});

class VariantLab {
public:
    // For the GUI's residual-fraction slider: what a precision costs one candidate. Opens the run's dataset, the
    // candidate's stored model and the rows it is scored on. InputError when the candidate is not an mlp or linear
    // model or its data cannot be opened.
    static VariantLab open(store::Store& store, std::int64_t run_id, std::int64_t candidate, const JobControl& job = {});
    VariantScore evaluate(quant::Precision precision, double residual_fraction = 1.0);

    VariantLab(VariantLab&&) noexcept;
    VariantLab& operator=(VariantLab&&) noexcept;
    ~VariantLab();

private:
    struct State;
    explicit VariantLab(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace tern::search
