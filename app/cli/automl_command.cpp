// tern-cli automl, resume, runs, show: argument parsing and printing around search::Runner and the run store.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/metrics/metric.h"
#include "engine/search/run_report.h"
#include "engine/search/runner.h"
#include "engine/store/store.h"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <iostream>
#include <sstream>
#include <thread>

namespace tern::cli {

namespace {

// Log lines on stderr, so that stdout carries only the leaderboard (or the JSON).
class ConsoleObserver final : public search::Observer {
public:
    explicit ConsoleObserver(bool quiet) : m_quiet(quiet) {}
    void log(const Message& line) override
    {
        if (!m_quiet)
            std::fprintf(stderr, "[%6.1fs] %s\n", seconds(), line.text().c_str());
    }

private:
    double seconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    bool m_quiet;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

// Ctrl-C (or SIGTERM, or SIGPIPE when the reader of the output is gone) asks the run to stop: it keeps every
// finished candidate and records itself as cancelled.
std::atomic<int> g_signal{0};
extern "C" void on_signal(int signal) { g_signal = signal; }

class InterruptWatch {
public:
    InterruptWatch()
    {
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
        std::signal(SIGPIPE, on_signal);
        m_thread = std::jthread([this](std::stop_token done) {
            while (!done.stop_requested()) {
                if (g_signal != 0) {
                    m_source.request_stop();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    std::stop_token token() const { return m_source.get_token(); }

private:
    std::stop_source m_source;
    std::jthread m_thread;
};

void print_run(const store::Store& store, std::int64_t run_id, bool json)
{
    const auto j = search::run_to_json(store, run_id);
    if (json)
        print_json(j);
    else
        std::cout << search::leaderboard_text(j);
}

void finish(const store::Store& store, const search::RunOutcome& outcome, bool json)
{
    print_run(store, outcome.run_id, json);
    if (outcome.status == "failed")
        throw WorkError(fmt::format("run {}: {}", outcome.run_id, outcome.error));
    // A script must not take a stopped run for a finished one (`timeout 60 tern-cli automl ... && export`).
    if (outcome.status == "cancelled" && g_signal != 0)
        throw StoppedBySignal(g_signal, fmt::format("run {} stopped by {} with {} finished candidates kept; "
                                                    "`tern-cli resume {}` continues it",
                                                    outcome.run_id, signal_name(g_signal), outcome.ok, outcome.run_id));
}

std::vector<std::string> split_list(const std::string& s)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

struct AutomlOptions {
    search::RunSpec spec;
    std::string families;
    std::string impute;
    std::string db;
    bool json = false;
    bool metric_expr_given = false; // --metric-expr "" must not run the default metric silently
    bool direction_given = false;   // else an expression's direction is inferred (a cost is minimised)
};

struct ResumeOptions {
    std::int64_t run_id = 0;
    std::optional<double> budget;  // absent: what is left of the run's budget
    std::optional<int> max_candidates; // absent: the run's own limit
    std::string db;
    bool json = false;
};

struct ShowOptions {
    std::int64_t run_id = 0;
    std::int64_t importance = 0;
    std::string db;
    bool json = false;
};

void run_automl(AutomlOptions& o)
{
    namespace fs = std::filesystem;
    if (!fs::exists(o.spec.data_path))
        throw InputError(fmt::format("{}: no such file or folder", o.spec.data_path));
    if (o.metric_expr_given && o.spec.metric_expr.find_first_not_of(" \t") == std::string::npos)
        throw InputError("--metric-expr is empty: give an expression over tp tn fp fn n (or mse mae r2 n)");
    // (10*fn + fp)/n maximised chose the worst model there was, with no word: a cost is minimised unless told.
    if (o.metric_expr_given && !o.direction_given)
        o.spec.metric_direction =
            metrics::guess_expression_direction(o.spec.metric_expr) == metrics::Direction::minimize ? "min" : "max";
    // An image folder needs no --target: the class is the sub-folder (search::image_target).
    if (!fs::is_directory(o.spec.data_path) && o.spec.target.empty())
        throw InputError("--target is required for a table");
    if (!o.spec.test_path.empty() && !fs::exists(o.spec.test_path))
        throw InputError(fmt::format("{}: no such file or folder", o.spec.test_path));
    // Absolute paths: `resume` may run from another directory.
    o.spec.data_path = fs::absolute(o.spec.data_path).lexically_normal().string();
    if (!o.spec.test_path.empty())
        o.spec.test_path = fs::absolute(o.spec.test_path).lexically_normal().string();
    o.spec.families = split_list(o.families);
    // "--families ," names no family: searching every family instead would ignore what was asked.
    if (o.families.find_first_not_of(" ") != std::string::npos && o.spec.families.empty())
        throw InputError(fmt::format("--families '{}' names no model family", o.families));
    for (const auto& pin : split_list(o.impute)) {
        const auto eq = pin.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == pin.size())
            throw InputError(fmt::format("--impute expects COLUMN=STRATEGY, got '{}'", pin));
        const std::string column = pin.substr(0, eq), strategy = pin.substr(eq + 1);
        if (o.spec.imputer_pins.contains(column))
            throw InputError(fmt::format("--impute names '{}' twice ({} and {}): give one strategy per column", column,
                                         o.spec.imputer_pins[column].get<std::string>(), strategy));
        o.spec.imputer_pins[column] = strategy;
    }
    o.spec.validate();
    const std::string path = resolve_database_path(o.db);
    std::error_code error;
    const bool fresh = !std::filesystem::exists(path, error);
    try {
        auto store = store::Store::open(path);
        ConsoleObserver observer(o.json);
        InterruptWatch interrupt;
        search::Runner runner(store);
        finish(store, runner.run(o.spec, observer, interrupt.token()), o.json);
    } catch (...) {
        if (fresh) // refused before a run was stored (a bad metric expression, an unreadable file)
            remove_if_no_runs(path);
        throw;
    }
}

}  // namespace

void add_automl_commands(CLI::App& app)
{
    auto automl_options = std::make_shared<AutomlOptions>();
    auto* automl = app.add_subcommand("automl", "Search models for a table: cross-validated leaderboard, ensemble");
    auto& s = automl_options->spec;
    automl->add_option("path", s.data_path, "Table file (CSV, TSV, ARFF) or image folder (one sub-folder per class)")->required();
    automl->add_option("--target", s.target, "Target column");
    automl->add_option("--task", s.task, "auto|binary|multiclass|regression")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "binary", "multiclass", "regression"}));
    automl->add_option("--metric", s.metric, "accuracy, balanced_accuracy, f1_macro, roc_auc, log_loss, mcc, r2, "
                                             "rmse, mae (default: balanced_accuracy, r2 for regression)");
    automl->add_option("--metric-expr", s.metric_expr, "Expression over tp tn fp fn n (or mse mae r2 n)")
        ->each([o = automl_options.get()](const std::string&) { o->metric_expr_given = true; });
    automl->add_option("--metric-direction", s.metric_direction,
                       "max|min (for --metric-expr; default: min when a perfect prediction scores below an "
                       "all-wrong one, as a cost does, else max)")
        ->check(CLI::IsMember({"max", "min"}))
        ->each([o = automl_options.get()](const std::string&) { o->direction_given = true; });
    automl->add_option("--budget", s.budget_s, "Wall-clock seconds for the whole search")->capture_default_str();
    automl->add_option("--folds", s.folds, "Cross-validation folds, 2 to 50")->capture_default_str();
    automl->add_option("--time-column", s.time_column,
                       "Validate forward in time by this date column: each fold trains on the rows before its "
                       "validation block (rows without a date are always trained on, never validated)");
    automl->add_option("--seed", s.seed, "Random seed")->capture_default_str();
    automl->add_option("--families", automl_options->families, "Comma-separated model families");
    automl->add_option("--max-candidates", s.max_candidates, "Stop after N candidates (deterministic; 0: no limit)")
        ->capture_default_str();
    automl->add_option("--latency-budget-us", s.latency_budget_us, "One-row latency budget for the best (0: none)")
        ->capture_default_str();
    automl->add_option("--impute", automl_options->impute,
                       "Pin imputation per column: COL=none|mean|median|most_frequent|constant|knn|iterative,...");
    automl->add_option("--test", s.test_path, "Test file with the same columns");
    automl->add_flag("!--no-refit", s.refit, "Keep the models fitted on the last fold instead of refitting on all rows");
    automl->add_option("--db", automl_options->db, "Run store (default: $TERN_DB or XDG data dir)")
        ->check(database_option());
    automl->add_flag("--json", automl_options->json, "Print JSON");
    automl->callback([automl_options] { run_automl(*automl_options); });

    auto resume_options = std::make_shared<ResumeOptions>();
    auto* resume = app.add_subcommand("resume", "Continue an interrupted or finished run");
    resume->add_option("run_id", resume_options->run_id, "Run id")->required()->check(record_id());
    resume->add_option("--budget", resume_options->budget,
                       "Seconds more to search (default: what is left of the run's budget)");
    resume->add_option("--max-candidates", resume_options->max_candidates,
                       "Searched candidates at most, those done included (default: the run's limit; 0: none)");
    resume->add_option("--db", resume_options->db, "Run store")->check(database_option());
    resume->add_flag("--json", resume_options->json, "Print JSON");
    resume->callback([resume_options] {
        auto store = store::Store::open(existing_database_path(resume_options->db));
        ConsoleObserver observer(resume_options->json);
        InterruptWatch interrupt;
        search::Runner runner(store);
        finish(store,
               runner.resume(resume_options->run_id, resume_options->budget, observer, interrupt.token(),
                             resume_options->max_candidates),
               resume_options->json);
    });

    auto runs_options = std::make_shared<ShowOptions>();
    auto* runs = app.add_subcommand("runs", "List the runs in the store, newest first");
    runs->add_option("--db", runs_options->db, "Run store")->check(database_option());
    runs->add_flag("--json", runs_options->json, "Print JSON");
    runs->callback([runs_options] {
        // No database yet (nothing was ever run): no runs, and nothing created by looking. A --db that names no
        // file is a mistyped path, refused as show refuses it.
        const std::string path = runs_options->db.empty() ? resolve_database_path({})
                                                          : existing_database_path(runs_options->db);
        std::error_code missing;
        const auto j = std::filesystem::exists(path, missing)
                           ? search::runs_to_json(store::Store::open(path, store::OpenMode::read_write))
                           : nlohmann::json::array();
        if (runs_options->json)
            print_json(j);
        else
            std::cout << search::runs_text(j);
    });

    auto show_options = std::make_shared<ShowOptions>();
    auto* show = app.add_subcommand("show", "One run: its leaderboard");
    show->add_option("run_id", show_options->run_id, "Run id")->required()->check(record_id());
    auto* importance_option = show->add_option("--importance", show_options->importance,
                                               "Compute (and store) permutation feature importance of this candidate");
    show->add_option("--db", show_options->db, "Run store")->check(database_option());
    show->add_flag("--json", show_options->json, "Print JSON");
    show->callback([show_options, importance_option] {
        auto store = store::Store::open(existing_database_path(show_options->db));
        // --importance 0 or -1 used to print the leaderboard as if the option were absent.
        if (importance_option->count() > 0) {
            InterruptWatch interrupt;
            search::Runner runner(store);
            std::string store_error; // a read-only store: the importance is shown, only not kept
            const auto importance = runner.explain(show_options->run_id, show_options->importance, 60,
                                                   interrupt.token(), &store_error);
            if (!store_error.empty())
                std::cerr << "warning: the importance is not stored: " << store_error << '\n';
            if (show_options->json) {
                print_json({{"run_id", show_options->run_id},
                            {"candidate_id", show_options->importance},
                            {"importance", importance}});
            } else {
                std::cout << fmt::format("permutation importance of candidate {} (drop of the metric)\n",
                                         show_options->importance);
                for (const auto& f : importance)
                    std::cout << fmt::format("{:<30} {:>9.4f} ± {:.4f}\n", f["feature"].get<std::string>(),
                                             f["importance"].get<double>(), f["std"].get<double>());
            }
            return;
        }
        print_run(store, show_options->run_id, show_options->json);
    });
}

}  // namespace tern::cli
