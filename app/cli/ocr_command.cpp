// tern-cli ocr PATH... [--threads N] [--json | --jsonl] [--db DB] [--no-store]: batch OCR of image files and folders
// (CONTRACT.md). Results stream out in input order, so a 100,000-image folder never sits in memory. `--jsonl` prints
// one JSON object per line, flushed as each image is read (the OCR page's worker protocol). SIGTERM or SIGINT ends
// the command at once, with the job stored as cancelled and every result already printed kept.
#include "app/cli/commands.h"
#include "app/cli/ocr_listing.h"
#include "engine/core/error.h"
#include "engine/core/openmp_environment.h"
#include "engine/ocr/batch.h"
#include "engine/ocr/job_recorder.h"
#include "engine/ocr/result_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <mutex>
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

// Runs `on_stop(signal)` on a watcher thread when SIGTERM, SIGINT or SIGPIPE arrives, then ends the process. Tesseract
// cannot be interrupted inside an image, so a cooperative stop could take seconds on a large photo; the OCR page's
// Cancel must end the worker within one second. The handler only writes to a pipe (async-signal-safe), whichever thread
// the kernel picks; the watcher may lock mutexes and write to the store.
class StopOnSignal {
  public:
    explicit StopOnSignal(std::function<void(int)> on_stop) : m_on_stop(std::move(on_stop))
    {
        if (pipe2(s_pipe, O_CLOEXEC) != 0)
            return; // without a pipe the default actions stay: a signal ends the process, the job stays "running"
        m_watcher = std::thread([this] { watch(); });
        struct sigaction action {};
        action.sa_handler = [](int sig) {
            const char byte = static_cast<char>(sig);
            [[maybe_unused]] auto n = write(s_pipe[1], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGPIPE, &action, nullptr); // a reader gone (`| head`): the job is kept, as cancelled
    }
    ~StopOnSignal()
    {
        if (!m_watcher.joinable())
            return;
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGPIPE, SIG_DFL);
        const char quit = 0;
        [[maybe_unused]] auto n = write(s_pipe[1], &quit, 1);
        m_watcher.join();
        close(s_pipe[0]);
        close(s_pipe[1]);
    }
    StopOnSignal(const StopOnSignal&) = delete;
    StopOnSignal& operator=(const StopOnSignal&) = delete;

  private:
    void watch()
    {
        char byte = 0;
        while (read(s_pipe[0], &byte, 1) < 0 && errno == EINTR) {
        }
        if (byte == 0)
            return;
        m_on_stop(byte);
        std::fflush(stdout);
        std::fflush(stderr);
        _exit(128 + byte);
    }

    static inline int s_pipe[2] = {-1, -1};
    std::function<void(int)> m_on_stop;
    std::thread m_watcher;
};

} // namespace

void add_ocr_command(CLI::App& app)
{
    struct Options {
        std::vector<std::string> paths;
        int threads = 0;
        bool json = false;
        bool jsonl = false;
        bool no_store = false;
        std::string db;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("ocr", "Extract text and retail attributes from product images");
    cmd->add_option("paths", opt->paths, "Image files or folders (searched recursively)")->required();
    cmd->add_option("--threads", opt->threads, "Worker threads, one Tesseract engine each (default: all cores)")
        ->check(CLI::Range(1, 256));
    auto* json = cmd->add_flag("--json", opt->json, "Print a JSON array (CONTRACT.md)");
    cmd->add_flag("--jsonl", opt->jsonl,
                  "Print one JSON object per line as each image is read: the --json fields plus \"index\" (position "
                  "in the walk) and \"progress\" (0..1)")
        ->excludes(json);
    cmd->add_option("--db", opt->db, "Store database (default: TERN_DB or the user data folder)")
        ->check(database_option());
    cmd->add_flag("--no-store", opt->no_store, "Do not keep the job in the store");
    cmd->callback([opt] {
        ensure_single_threaded_openmp();
        ocr::BatchOptions options;
        options.threads =
            opt->threads > 0 ? opt->threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        // Everything below that prints or writes the store holds `mutex`: the signal watcher may take over at any
        // moment, and then nothing half-written may remain.
        std::mutex mutex;
        std::size_t ok = 0, total = 0;
        bool first = true, finished = false;
        std::string first_error; // the first failed image and why, for the message when none could be read
        std::optional<ocr::JobRecorder> recorder;
        std::optional<nlohmann::json> pending; // --jsonl: a delivered result waiting for its progress figure
        auto print_pending = [&] {
            if (pending) {
                // Replace, not throw, on a file name that is not UTF-8.
                std::cout << pending->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
                std::cout.flush();
                pending.reset();
            }
        };
        const StopOnSignal stop_on_signal([&](int) {
            std::lock_guard lock(mutex);
            print_pending();
            if (finished)
                return;
            if (recorder)
                recorder->finish("cancelled");
            if (opt->json) // the array read so far stays valid JSON
                std::cout << (first ? "]\n" : "\n]\n") << std::flush;
        });
        {
            std::lock_guard lock(mutex);
            if (opt->json)
                std::cout << "[";
            if (!opt->no_store)
                recorder.emplace(resolve_database_path(opt->db), opt->paths, options.threads);
        }
        if (recorder && !recorder->storing())
            std::fprintf(stderr, "warning: %s\n", recorder->warning().c_str());
        // A store write that fails stops the storing: said once, when it happens (the results still print).
        auto record = [&](const auto& write) {
            if (!recorder)
                return;
            const bool was_storing = recorder->storing();
            write(*recorder);
            if (was_storing && !recorder->storing())
                std::fprintf(stderr, "warning: %s\n", recorder->warning().c_str());
        };
        JobControl control;
        // run_batch reports the fraction done right after each delivered result; a result that is delivered after
        // a stop gets no report and is printed when the next one comes or at the end.
        control.progress = [&](double fraction) {
            std::lock_guard lock(mutex);
            if (pending)
                (*pending)["progress"] = fraction;
            print_pending();
        };
        try {
            ocr::run_batch(opt->paths, options, control, [&](std::size_t index, ocr::OcrResult&& r) {
                std::lock_guard lock(mutex);
                record([&](ocr::JobRecorder& store) { store.add(r); });
                ++total;
                ok += r.ok() ? 1 : 0;
                if (!r.ok() && first_error.empty())
                    first_error = r.file + ": " + r.error;
                if (opt->jsonl) {
                    print_pending();
                    pending = ocr::to_json(r);
                    (*pending)["index"] = index;
                } else if (opt->json) {
                    std::cout << (first ? "\n" : ",\n") << ocr::to_json(r).dump(2);
                    first = false;
                } else
                    print_ocr_listing(r);
                std::cout.flush();
            });
        } catch (const std::exception& e) {
            std::lock_guard lock(mutex);
            if (recorder)
                recorder->finish("failed", e.what());
            finished = true;
            throw;
        }
        {
            std::lock_guard lock(mutex);
            print_pending();
            record([&](ocr::JobRecorder& store) {
                store.finish(ok > 0 ? "finished" : "failed", ok > 0 ? "" : "no image could be read");
            });
            finished = true;
            if (opt->json)
                std::cout << (first ? "]\n" : "\n]\n");
            std::cout.flush();
        }
        if (total == 0)
            throw InputError("no image files found in the given paths");
        // Bad input, as a bad table is (exit 2), named by its first file's reason.
        if (ok == 0)
            throw InputError(total == 1 ? first_error
                                        : fmt::format("none of {} images could be read (first: {})", total,
                                                      first_error));
    });
}

} // namespace tern::cli
