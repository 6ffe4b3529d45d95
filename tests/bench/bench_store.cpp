// Run-store benchmark: what persistence costs the search and the OCR pipeline. Writes RUNS runs of CANDIDATES
// candidates (each one transaction with 4 metrics and a model artifact of ARTIFACT_KIB), then OCR_RESULTS OCR
// results (one transaction each), into a fresh database in a temporary folder, and times re-opening, listing and
// loading. WAL with synchronous=NORMAL: commits survive a killed process without an fsync each. Prints a table.
//
// usage: bench_store [--smoke] [--candidates N] [--artifact-kib K] [--ocr-results N]
#include "engine/store/store.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

void row(const std::string& what, double seconds, const std::string& note)
{
    fmt::print("| {:<38} | {:>10.3f} ms | {:<34} |\n", what, seconds * 1e3, note);
}

// Returns whether everything read back equals what was written.
bool run(const std::string& path, int candidates, int artifact_kib, int ocr_results)
{
    using namespace tern::store;
    std::mt19937 rng(1);
    std::vector<std::uint8_t> model(static_cast<std::size_t>(artifact_kib) * 1024);
    for (auto& byte : model)
        byte = static_cast<std::uint8_t>(rng());

    auto start = Clock::now();
    Store store = Store::open(path);
    const double create_s = seconds_since(start);

    RunRecord run;
    run.dataset_path = "bench.csv";
    run.task = "binary";
    run.metric = "balanced_accuracy";
    store.create_run(run);
    std::vector<double> commit_s;
    start = Clock::now();
    for (int c = 0; c < candidates; ++c) {
        CandidateRecord candidate;
        candidate.run_id = run.id;
        candidate.family = "mlp";
        candidate.status = "ok";
        candidate.params = {{"hidden", 64}, {"lr", 0.001}};
        candidate.score = 0.5 + 0.001 * c;
        candidate.fold_scores = {0.5, 0.6, 0.7, 0.8, 0.9};
        candidate.cv_metrics = {{"accuracy", 0.9}, {"f1_macro", 0.8}, {"roc_auc", 0.95}, {"log_loss", 0.3}};
        ArtifactRecord artifact;
        artifact.kind = "model";
        artifact.data = model;
        const auto one = Clock::now();
        store.add_candidate(candidate, {artifact});
        commit_s.push_back(seconds_since(one));
    }
    const double candidates_s = seconds_since(start);

    OcrJobRecord job;
    job.sources = {"bench"};
    store.create_ocr_job(job);
    std::vector<double> ocr_s;
    for (int r = 0; r < ocr_results; ++r) {
        OcrResultRecord result;
        result.job_id = job.id;
        result.file = fmt::format("image_{}.png", r);
        result.status = "ok";
        result.text = "NET WT 500 g BEST BEFORE 2027";
        result.words = {{{"text", "NET"}, {"conf", 93.0}, {"box", {1, 2, 30, 12}}}};
        const auto one = Clock::now();
        store.add_ocr_result(result);
        ocr_s.push_back(seconds_since(one));
    }

    start = Clock::now();
    Store reopened = Store::open(path);
    const double reopen_s = seconds_since(start);
    start = Clock::now();
    Store reader = Store::open(path, OpenMode::read_only);
    const double reader_open_s = seconds_since(start);
    start = Clock::now();
    const auto runs = reader.list_runs();
    const double list_s = seconds_since(start);
    start = Clock::now();
    const auto loaded = reader.load_candidates(run.id);
    const double load_s = seconds_since(start);
    start = Clock::now();
    const auto artifact = reader.load_artifact(run.id, candidates / 2 + 1, "model");
    const double artifact_s = seconds_since(start);
    const bool ok = runs.size() == 1 && loaded.size() == static_cast<std::size_t>(candidates) && artifact &&
                    artifact->data == model;

    const double mib = double(candidates) * artifact_kib / 1024.0;
    fmt::print("bench_store: {} candidates x {} KiB model, {} OCR results, {:.1f} MiB database\n", candidates,
               artifact_kib, ocr_results,
               (std::filesystem::file_size(path) + std::filesystem::file_size(path + "-wal")) / 1048576.0);
    fmt::print("| {:<38} | {:>13} | {:<34} |\n", "operation", "time", "note");
    row("create + migrate a new database", create_s, "");
    row("add_candidate (median of all)", median(commit_s),
        fmt::format("{:.0f} candidates/s, {:.0f} MiB/s", candidates / candidates_s, mib / candidates_s));
    row("add_ocr_result (median of all)", median(ocr_s), fmt::format("{:.0f} results/s", 1.0 / median(ocr_s)));
    row("re-open read-write", reopen_s, "");
    row("open read-only (GUI reader)", reader_open_s, "");
    row("list_runs", list_s, "");
    row(fmt::format("load_candidates ({})", candidates), load_s, "");
    row(fmt::format("load_artifact ({} KiB)", artifact_kib), artifact_s, "");
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    int candidates = 200;
    int artifact_kib = 256;
    int ocr_results = 1000;
    const std::string dir = std::filesystem::temp_directory_path() / ("tern-bench-store-" + std::to_string(getpid()));
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--smoke") {
            candidates = 10;
            artifact_kib = 16;
            ocr_results = 20;
        } else if (arg == "--candidates" && has_value) {
            candidates = std::atoi(argv[++i]);
        } else if (arg == "--artifact-kib" && has_value) {
            artifact_kib = std::atoi(argv[++i]);
        } else if (arg == "--ocr-results" && has_value) {
            ocr_results = std::atoi(argv[++i]);
        } else {
            fmt::print(stderr, "usage: bench_store [--smoke] [--candidates N] [--artifact-kib K] [--ocr-results N]\n");
            return 2;
        }
    }
    if (candidates < 1 || artifact_kib < 0 || ocr_results < 0) {
        fmt::print(stderr, "error: --candidates must be at least 1, sizes not negative\n");
        return 2;
    }
    bool ok = false;
    try {
        ok = run(dir + "/bench.db", candidates, artifact_kib, ocr_results);
    } catch (const std::exception& error) {
        fmt::print(stderr, "error: {}\n", error.what());
    }
    std::filesystem::remove_all(dir); // a folder of our own, named after this process
    if (!ok) {
        fmt::print(stderr, "error: read back differs from what was written\n");
        return 1;
    }
    return 0;
}
