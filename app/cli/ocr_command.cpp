// tern-cli ocr PATH... [--threads N] [--json] [--db DB] [--no-store]: batch OCR of image files and folders
// (CONTRACT.md). Results stream out in input order, so a 100,000-image folder never sits in memory.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/core/openmp_environment.h"
#include "engine/ocr/batch.h"
#include "engine/ocr/job_recorder.h"
#include "engine/ocr/result_json.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>
#include <unistd.h>

namespace tern::cli {

namespace {

// Tesseract's own OpenMP makes OCR ~5x slower here, and libgomp reads OMP_THREAD_LIMIT only when it loads (before
// main). Without the variables, restart this process with them set. OMP_NUM_THREADS goes with it because the
// limit alone breaks oneDNN (notes/toolchain.md).
void ensure_single_threaded_openmp()
{
    ensure_openmp_environment({{"OMP_THREAD_LIMIT", "1"}, {"OMP_NUM_THREADS", "1"}});
}

void print_listing(const ocr::OcrResult& r)
{
    if (!r.ok()) {
        std::cout << r.file << ": error: " << r.error << "\n\n";
        return;
    }
    std::printf("%s  [orientation %s, confidence %.1f, %.0f ms]\n", r.file.c_str(),
                ocr::orientation_name(r.orientation), r.mean_conf, r.ms);
    std::cout << "  " << (r.text.empty() ? "(no text)" : r.text) << '\n';
    if (!r.attributes.empty())
        std::cout << "  attributes: " << r.attributes.dump() << '\n';
    std::cout << '\n';
}

} // namespace

void add_ocr_command(CLI::App& app)
{
    struct Options {
        std::vector<std::string> paths;
        int threads = 0;
        bool json = false;
        bool no_store = false;
        std::string db;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("ocr", "Extract text and retail attributes from product images");
    cmd->add_option("paths", opt->paths, "Image files or folders (searched recursively)")->required();
    cmd->add_option("--threads", opt->threads, "Worker threads, one Tesseract engine each (default: all cores)")
        ->check(CLI::Range(1, 256));
    cmd->add_flag("--json", opt->json, "Print a JSON array (CONTRACT.md)");
    cmd->add_option("--db", opt->db, "Store database (default: TERN_DB or the user data folder)");
    cmd->add_flag("--no-store", opt->no_store, "Do not keep the job in the store");
    cmd->callback([opt] {
        ensure_single_threaded_openmp();
        ocr::BatchOptions options;
        options.threads =
            opt->threads > 0 ? opt->threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        std::size_t ok = 0, total = 0;
        bool first = true;
        if (opt->json)
            std::cout << "[";
        std::optional<ocr::JobRecorder> recorder;
        if (!opt->no_store)
            recorder.emplace(resolve_database_path(opt->db), opt->paths, options.threads);
        if (recorder && !recorder->storing())
            std::fprintf(stderr, "warning: %s\n", recorder->warning().c_str());
        JobControl control;
        try {
            ocr::run_batch(opt->paths, options, control, [&](std::size_t, ocr::OcrResult&& r) {
                if (recorder) {
                    const bool was_storing = recorder->storing();
                    recorder->add(r);
                    if (was_storing && !recorder->storing())
                        std::fprintf(stderr, "warning: %s\n", recorder->warning().c_str());
                }
                ++total;
                ok += r.ok() ? 1 : 0;
                if (opt->json) {
                    std::cout << (first ? "\n" : ",\n") << ocr::to_json(r).dump(2);
                    first = false;
                } else
                    print_listing(r);
                std::cout.flush();
            });
        } catch (const std::exception& e) {
            if (recorder)
                recorder->finish("failed", e.what());
            throw;
        }
        if (recorder)
            recorder->finish(ok > 0 ? "finished" : "failed", ok > 0 ? "" : "no image could be read");
        if (opt->json)
            std::cout << (first ? "]\n" : "\n]\n");
        if (total == 0)
            throw InputError("no image files found in the given paths");
        if (ok == 0)
            throw WorkError("no image could be read");
    });
}

} // namespace tern::cli
