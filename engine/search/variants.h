// Precision variants of a fitted mlp or linear candidate: its bf16, int8 and ternary (residual fractions 1, 0.5, 0)
// copies, each scored on held-out rows and timed as a user pays it (one-row latency with preprocessing, single
// thread; batch throughput), with packed size and multiplies per row. The search stores them in the candidate's
// details["variants"]; VariantLab answers the GUI's residual-fraction slider for one stored candidate, and scores a
// precision of an ensemble with mlp or linear members.
#pragma once

#include "engine/core/message.h"
#include "engine/core/progress.h"
#include "engine/metrics/metric.h"
#include "engine/quant/precision.h"
#include "engine/search/fitted.h"
#include "engine/search/scoring.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tern::store {
class Store;
}

namespace tern::search {

struct VariantScore {
    quant::Precision precision = quant::Precision::fp32;
    std::optional<double> residual_fraction; // ternary only
    double score = 0;
    double latency_us_p50 = 0, throughput_rows_s = 0;
    std::int64_t size_bytes = 0, multiplies = 0; // size: packed weights + preprocessing pipeline
};

// {"precision", "score", "latency_us_p50", "throughput_rows_s", "size_bytes", "multiplies", "residual_fraction"?}
nlohmann::json to_json(const VariantScore& v);

// One fold of held-out evidence: a candidate fitted on `train_rows` (table rows, the calibration rows) and the
// rows it is scored on with their labels.
struct VariantFold {
    const FittedCandidate* fitted = nullptr;
    std::vector<std::size_t> train_rows;
    std::vector<std::size_t> validation_rows;
    std::vector<float> validation_labels;
    std::optional<float> threshold;  // the candidate's decision threshold (decision_threshold.h), every fold alike
};

struct VariantPlan {
    quant::Precision precision = quant::Precision::int8;
    double residual_fraction = 1.0;
};
// bf16, int8, ternary at 1.0, 0.5 and 0.0.
std::vector<VariantPlan> standard_variants();

struct VariantReport {
    std::vector<VariantScore> variants;
    double fp32_score = 0; // the float candidate on the same rows, for the drop of each variant
    std::size_t rows = 0;  // scored rows
    std::string rows_note; // which rows were scored, in words
};

// Scores every plan on the folds' validation rows pooled (each fold's model quantised with calibration on that
// fold's training rows; at most max_rows rows in all, spread evenly over the folds) and times it on the first
// fold's model. Throws InputError for a candidate without a dense stack.
VariantReport evaluate_variants(const data::Table& table, std::span<const VariantFold> folds, const Scorer& scorer,
                                std::span<const VariantPlan> plans, const JobControl& job = {},
                                double probe_seconds = 0.1, std::size_t max_rows = 2000);

// details["variants"] (each with "drop_vs_fp32": how much worse than fp32 on the same rows, in the metric's
// better-is-larger orientation) and details["variants_basis"] {"rows", "scored_rows", "fp32_score"}.
void store_variants(nlohmann::json& details, const VariantReport& report, const Scorer& scorer);

// A variant's score on its candidate's scale: the candidate's cross-validated score moved by the change the variant
// showed against fp32 on the rows both were scored on (the variants' rows are fewer: one repeat's, at most 2,000).
// Their raw score on those rows beside the candidate's mean over folds would show a change where there is none.
// `metric`: the run's metric; a built-in one's range bounds the result (balanced accuracy 0.98 moved by +0.033 on a
// last fold of 30 rows is not 1.013).
inline double on_candidate_scale(double candidate_score, double variant_score, double fp32_on_those_rows,
                                 std::string_view metric)
{
    return metrics::clamp_to_range(metric, candidate_score + (variant_score - fp32_on_those_rows));
}

// True for the families whose fitted models quantise (mlp, linear).
bool has_variants(const std::string& family);

struct FoldModel; // evaluator.h
// The search's hook: scores the standard variants of a candidate from its fold models into `details` (see
// store_variants) and returns a one-line summary for the run log. Never throws: a failure (or a stop request)
// leaves the candidate without variants and says so in the returned line.
// threshold: the candidate's decision threshold, at which fp32 and every variant read their classes.
Message record_variants(nlohmann::json& details, const data::Table& table, std::span<const FoldModel> folds,
                        std::optional<float> threshold, const Scorer& scorer, std::stop_token stop);

class VariantLab {
  public:
    // For the GUI's residual-fraction slider and export's card: what a precision costs one candidate. Opens the run's
    // dataset, the candidate's stored last-fold model and that fold's rows (calibration on its training rows, scores
    // on its validation rows). An ensemble is opened as its members' last-fold models, of which the mlp and linear
    // ones are quantised and the others kept in fp32 (as export packages it); its costs are the members' summed.
    // InputError when the candidate neither is nor holds an mlp or linear model, or its data cannot be opened.
    // run_table: the run's table as read_run_data read it, when the caller holds it already (an export has read it
    // to calibrate on), so that it is not read twice; nullptr reads it.
    static VariantLab open(store::Store& store, std::int64_t run_id, std::int64_t candidate, const JobControl& job = {},
                           const data::Table* run_table = nullptr);
    VariantScore evaluate(quant::Precision precision, double residual_fraction = 1.0);
    double fp32_score() const; // the stored model itself on the same rows
    const std::string& rows_note() const;

    VariantLab(VariantLab&&) noexcept;
    VariantLab& operator=(VariantLab&&) noexcept;
    ~VariantLab();

  private:
    struct State;
    explicit VariantLab(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace tern::search
