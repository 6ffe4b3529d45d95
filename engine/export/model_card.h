// model_card.json: what an exported model is, written next to model.onnx and model.tern so that whoever receives
// the folder can tell what it needs (input columns and types), what it predicts (target, task, classes), how good
// and fast it is (cross-validated score, the exported precision's score, latency measured on this export, size)
// and where it came from (run, candidate, dataset and its hash, library versions, time).
#pragma once

#include "engine/export/export_source.h"
#include "engine/export/exporter.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace tern::exporting {

struct CardFacts {
    const ExportSource* source = nullptr;
    const PackagedModel* model = nullptr;
    ExportOptions options;
    std::optional<double> score;          // the exported precision's score (the run's metric)
    std::string score_source;             // where `score` comes from ("cross-validation", "variant out-of-fold")
    std::optional<double> test_score;     // this export's on the run's test file
    std::optional<double> latency_us_p50; // one row, preprocessing included, one thread, on this export
    std::int64_t tern_bytes = 0, onnx_bytes = 0;
    std::string dataset_hash; // empty when the run's dataset is not registered
    std::string fold_model;   // empty: trained on every training row; else what it was trained on and why
};

nlohmann::json model_card(const CardFacts& facts);

// The precision's score among the candidate's stored variants (details["variants"]), if the search made it, on the
// candidate's scale (search::on_candidate_scale), so that fp32 and the other precisions compare on one basis.
std::optional<double> variant_score(const store::CandidateRecord& candidate, const ExportOptions& options,
                                    std::string_view metric);

} // namespace tern::exporting
