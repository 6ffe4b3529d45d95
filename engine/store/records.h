// Plain records the run store reads and writes. The search, the OCR pipeline and the GUI exchange these with the
// store; nothing here knows SQL. Structured details are nlohmann::json so that later fields need no migration.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tern::store {

struct DatasetRecord {
    std::int64_t id = 0;
    std::string path;
    std::string content_hash; // hex digest of the file bytes (image folders: file list, sizes, mtimes)
    std::string kind;         // "table" | "images"
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    nlohmann::json schema; // columns with type/missing/unique, or classes with counts
    std::string registered_at;
};

struct RunRecord {
    std::int64_t id = 0;
    std::optional<std::int64_t> dataset_id;
    std::string dataset_path;
    std::string target;
    std::string task;        // binary | multiclass | regression
    std::string metric;      // metric name, or "custom"
    std::string metric_expr; // empty unless a user expression
    std::int64_t seed = 0;
    double budget_s = 0;
    nlohmann::json spec; // the whole RunSpec, enough to resume
    std::string status;  // running | finished | interrupted | cancelled | failed
    std::string started_at;
    std::string finished_at;
    double elapsed_s = 0;
    std::optional<std::int64_t> best_candidate; // candidate ordinal within the run
    nlohmann::json machine;                     // CPU model, cores, ISA
    nlohmann::json versions;                    // linked library versions
    nlohmann::json report;                      // e.g. rows left out for a missing target, columns set aside and why
    std::string error;
    std::int64_t candidate_count = 0; // filled by list_runs/load_run
    std::string best_family;          // of best_candidate, filled by list_runs/load_run
    std::optional<double> best_score; // its cross-validated score
};

struct ArtifactRecord {
    std::int64_t id = 0;   // database id (set by the store when read back)
    std::string kind;      // "model" | "oof_predictions" | "variant" | ...
    std::string precision; // empty, or fp32 | bf16 | int8 | ternary
    nlohmann::json meta;
    std::vector<std::uint8_t> data;
    std::int64_t size_bytes = 0; // of data; filled when read back, also when the blob itself is not loaded
    std::string created_at;
};

struct CandidateRecord {
    std::int64_t id = 0; // database id (set by the store)
    std::int64_t run_id = 0;
    std::int64_t ordinal = 0; // the candidate id users see: 1, 2, 3... within a run
    std::string family;
    nlohmann::json params;
    std::string status; // ok | failed | timeout | cancelled
    std::string error;
    std::optional<double> score, score_std, test_score;
    std::vector<double> fold_scores;
    std::optional<double> fit_s, latency_us_p50, latency_us_p99, throughput_rows_s;
    std::optional<std::int64_t> size_bytes;
    nlohmann::json cv_metrics = nlohmann::json::object();   // name -> value
    nlohmann::json test_metrics = nlohmann::json::object(); // name -> value
    nlohmann::json details = nlohmann::json::object();      // anything else (variants, importances, ...)
    std::string finished_at;
};

struct OcrJobRecord {
    std::int64_t id = 0;
    std::string status;     // running | finished | interrupted | cancelled | failed
    nlohmann::json sources; // the files and folders given
    nlohmann::json options;
    std::int64_t image_count = 0;
    std::string started_at;
    std::string finished_at;
    std::string error;
    std::int64_t result_count = 0; // filled by list_ocr_jobs/load_ocr_job
};

struct OcrResultRecord {
    std::int64_t id = 0;
    std::int64_t job_id = 0;
    std::string file;
    std::string status; // ok | failed
    std::string error;
    std::string text;
    std::string orientation;
    double mean_conf = 0;
    nlohmann::json words = nlohmann::json::array(); // [{text, conf, box: [x, y, w, h]}]
    nlohmann::json attributes = nlohmann::json::object();
    double ms = 0;
    int width = 0, height = 0;                        // of the image; 0 in rows stored before schema 4
    nlohmann::json regions = nlohmann::json::array(); // [{box, orientation, text, mean_conf}]
};

} // namespace tern::store
