// Exporting a stored candidate of a run: the folder users take away. DIR/model.onnx (the whole pipeline, in ONNX
// Runtime), DIR/model.tern (Tern's own package, read back by package.h) and DIR/model_card.json (schema, metrics,
// latency, size, precision, provenance). The folder appears whole or not at all: it is written next to its final
// place under a temporary name and renamed at the end.
#pragma once

#include "engine/core/progress.h"
#include "engine/quant/precision.h"
#include "engine/store/store.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tern::exporting {

struct ExportOptions {
    quant::Precision precision = quant::Precision::fp32;
    double residual_fraction = 1.0; // ternary only: the fraction of residual blocks kept at inference
};

struct ExportResult {
    std::filesystem::path out;
    quant::Precision precision = quant::Precision::fp32;
    std::vector<std::string> files; // file names inside `out`
    std::int64_t size_bytes = 0;    // of model.tern
    std::optional<double> score, latency_us_p50;
    nlohmann::json card; // the contents of model_card.json
    // Why the store could not record the finished export (a read-only or locked database); empty when it did.
    // The files are complete and good either way: a caller warns, it does not fail.
    std::string store_error;
    // Empty when the exported models were trained on every training row; else what they were trained on and why
    // (a candidate the search did not refit, whose run's data is gone): a caller warns.
    std::string fold_model;
};

// Exports candidate `candidate` (its ordinal within the run) of run `run_id`. InputError for an unknown run or
// candidate, a candidate without a stored model, a precision its family cannot take (bf16/int8/ternary: mlp and
// linear only), or an output folder that exists and is not empty. Throws Cancelled when job.stop is requested.
ExportResult export_candidate(store::Store& store, std::int64_t run_id, std::int64_t candidate,
                              const ExportOptions& options, const std::filesystem::path& out_dir,
                              const JobControl& job = {});

} // namespace tern::exporting
