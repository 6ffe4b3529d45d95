// The OCR page before and after its worker process, on the same images: the old path ran ocr::run_batch on the
// GUI's engine thread, in a process whose libgomp loaded with default OpenMP settings (the GUI trains models, so it
// cannot limit OpenMP); the new path is the page's `tern-cli ocr --jsonl` child with OMP_THREAD_LIMIT=1
// OMP_NUM_THREADS=1, read line by line. Prints, side by side: time to the first result, total time, images/s.
// This process mirrors the GUI's environment (passive waiting, no OMP thread limit); it re-executes itself if not.
// Usage: bench_ocr_worker [--smoke] [--repeat N] [--cli PATH] PATH...   (files or folders)
#include "engine/kernels/omp_policy.h"
#include "engine/ocr/batch.h"
#include "engine/ocr/job_recorder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
    double first_s = 0, total_s = 0;
    double cpu_s = 0; // user + system CPU of the reading (this process, or the worker child)
    std::size_t images = 0, failed = 0;
};

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

double cpu_seconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

// The GUI's process: libgomp without a thread limit. ctest and shells may set one; drop it and start again.
void ensure_gui_like_openmp(char** argv)
{
    if (!std::getenv("OMP_THREAD_LIMIT") && !std::getenv("OMP_NUM_THREADS"))
        return;
    unsetenv("OMP_THREAD_LIMIT");
    unsetenv("OMP_NUM_THREADS");
    std::fflush(stdout);
    execv("/proc/self/exe", argv);
}

// What OcrPage::runBatch did before the worker: all cores, the job recorded in a store.
Timing in_process(const std::vector<std::string>& paths, int threads, const std::string& db)
{
    Timing t;
    const auto t0 = Clock::now();
    const double cpu0 = cpu_seconds(RUSAGE_SELF);
    tern::ocr::BatchOptions options;
    options.threads = threads;
    tern::ocr::JobRecorder recorder(db, paths, threads);
    tern::JobControl control;
    tern::ocr::run_batch(paths, options, control, [&](std::size_t, tern::ocr::OcrResult&& r) {
        recorder.add(r);
        if (t.images++ == 0)
            t.first_s = since(t0);
        t.failed += r.ok() ? 0 : 1;
    });
    recorder.finish("finished");
    t.total_s = since(t0);
    t.cpu_s = cpu_seconds(RUSAGE_SELF) - cpu0;
    return t;
}

// What the page does now (ui/ocr/ocr_worker.cpp): the same arguments and environment, stdout read as it comes.
Timing worker(const std::string& cli, const std::vector<std::string>& paths, int threads, const std::string& db)
{
    std::vector<std::string> args = {cli, "ocr", "--jsonl", "--threads", std::to_string(threads), "--db", db, "--"};
    args.insert(args.end(), paths.begin(), paths.end());
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_strings = {"OMP_THREAD_LIMIT=1", "OMP_NUM_THREADS=1"};
    for (char** e = environ; *e; ++e)
        if (std::strncmp(*e, "OMP_THREAD_LIMIT=", 17) && std::strncmp(*e, "OMP_NUM_THREADS=", 16))
            env_strings.emplace_back(*e);
    std::vector<char*> envp;
    for (auto& e : env_strings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0)
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    Timing t;
    const auto t0 = Clock::now();
    const double cpu0 = cpu_seconds(RUSAGE_CHILDREN);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, cli.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        throw std::runtime_error("cannot start " + cli + ": " + std::strerror(rc));
    }
    FILE* in = fdopen(out[0], "r");
    char* line = nullptr;
    std::size_t capacity = 0;
    while (getline(&line, &capacity, in) > 0) {
        if (t.images++ == 0)
            t.first_s = since(t0);
        t.failed += std::strstr(line, "\"error\":") ? 1 : 0;
    }
    std::free(line);
    std::fclose(in);
    int status = 0;
    waitpid(pid, &status, 0);
    t.total_s = since(t0);
    t.cpu_s = cpu_seconds(RUSAGE_CHILDREN) - cpu0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1)
        throw std::runtime_error(cli + " failed (status " + std::to_string(status) + ")");
    return t;
}

std::string smoke_image()
{
    cv::Mat img(120, 520, CV_8UC3, cv::Scalar(240, 240, 240));
    cv::putText(img, "NET WT 250 g", cv::Point(20, 80), cv::FONT_HERSHEY_DUPLEX, 1.5, cv::Scalar(20, 20, 20), 2);
    const std::string path = (std::filesystem::temp_directory_path() / "tern_bench_ocr_worker_smoke.png").string();
    cv::imwrite(path, img);
    return path;
}

} // namespace

int main(int argc, char** argv)
{
    tern::kernels::ensure_passive_wait_policy(); // as app/gui/main.cpp
    ensure_gui_like_openmp(argv);
    const std::vector<std::string> args(argv + 1, argv + argc);

    bool smoke = false;
    int repeat = 3;
    std::string cli =
        (std::filesystem::canonical("/proc/self/exe").parent_path().parent_path() / "bin" / "tern-cli").string();
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--smoke")
            smoke = true;
        else if (args[i] == "--repeat" && i + 1 < args.size())
            repeat = std::max(1, std::atoi(args[++i].c_str()));
        else if (args[i] == "--cli" && i + 1 < args.size())
            cli = args[++i];
        else
            paths.push_back(args[i]);
    }
    if (smoke) {
        paths = {smoke_image()};
        repeat = 1;
    }
    if (paths.empty()) {
        std::fprintf(stderr, "usage: bench_ocr_worker [--smoke] [--repeat N] [--cli PATH] PATH...\n");
        return 2;
    }
    if (access(cli.c_str(), X_OK) != 0) {
        std::fprintf(stderr, "error: %s: tern-cli not found (build it, or pass --cli PATH)\n", cli.c_str());
        return 2;
    }
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const std::string db = (std::filesystem::temp_directory_path() / "tern_bench_ocr_worker.db").string();

    struct Row {
        const char* path;
        int threads;
        std::vector<Timing> runs;
    };
    // The page gives the worker one thread per core, but no more than there are files when only files are given.
    std::vector<Row> rows = {{"in-process (old page)", cores, {}}, {"worker", 1, {}}};
    if (cores > 1)
        rows.push_back({"worker", cores, {}});
    try {
        for (int r = 0; r < repeat; ++r) // interleaved rounds: a neighbour's load hits every row alike
            for (auto& row : rows)
                row.runs.push_back(&row == &rows[0] ? in_process(paths, row.threads, db)
                                                    : worker(cli, paths, row.threads, db));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    std::filesystem::remove(db);
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");

    const char* limit = std::getenv("OMP_THREAD_LIMIT");
    std::printf(
        "%zu images (%zu failed), best and median of %d; this process: OMP_THREAD_LIMIT=%s, OMP_WAIT_POLICY=%s\n",
        rows[0].runs[0].images, rows[0].runs[0].failed, repeat, limit ? limit : "unset",
        std::getenv("OMP_WAIT_POLICY") ? std::getenv("OMP_WAIT_POLICY") : "unset");
    std::printf("%-24s %8s %10s %10s %11s %9s %9s %8s\n", "path", "threads", "first (s)", "total (s)", "median (s)",
                "CPU (s)", "images/s", "vs old");
    auto best = [](std::vector<Timing> runs) {
        std::sort(runs.begin(), runs.end(), [](auto& a, auto& b) { return a.total_s < b.total_s; });
        return std::make_pair(runs.front(), runs[runs.size() / 2]);
    };
    const double old_best = best(rows[0].runs).first.total_s;
    for (const auto& row : rows) {
        const auto [b, median] = best(row.runs);
        std::printf("%-24s %8d %10.2f %10.2f %11.2f %9.2f %9.2f %7.2fx\n", row.path, row.threads, b.first_s, b.total_s,
                    median.total_s, b.cpu_s, b.images / b.total_s, old_best / b.total_s);
    }
    return 0;
}
