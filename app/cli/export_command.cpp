// tern-cli export: a stored candidate of a run written as an export folder (model.onnx, model.tern,
// model_card.json) in the chosen precision. Ctrl-C stops it without leaving a partial folder. predict is in
// predict_command.cpp.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/export/exporter.h"
#include "engine/store/store.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <fmt/format.h>
#include <iostream>
#include <thread>

namespace tern::cli {

void add_predict_command(CLI::App& app);

namespace {

std::atomic<int> g_export_interrupted{0}; // the signal that stopped the export, 0 while none
extern "C" void on_export_signal(int signal)
{
    g_export_interrupted = signal;
}

// Turns SIGINT/SIGTERM into a stop request the export honours (it then removes its staging folder).
class StopOnSignal {
  public:
    StopOnSignal()
    {
        std::signal(SIGINT, on_export_signal);
        std::signal(SIGTERM, on_export_signal);
        m_thread = std::jthread([this](std::stop_token done) {
            while (!done.stop_requested() && !g_export_interrupted)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (g_export_interrupted)
                m_source.request_stop();
        });
    }
    std::stop_token token() const { return m_source.get_token(); }

  private:
    std::stop_source m_source;
    std::jthread m_thread;
};

struct ExportOptionsCli {
    std::int64_t run_id = 0, candidate = 0;
    std::string precision = "fp32", out, db;
    double residual_fraction = 1.0;
    bool residual_fraction_given = false;
    bool json = false;
};

nlohmann::json optional_json(const std::optional<double>& v)
{
    return v ? nlohmann::json(*v) : nlohmann::json();
}

void run_export(const ExportOptionsCli& o)
{
    if (o.out.empty())
        throw InputError("--out needs a folder");
    if (o.residual_fraction_given && o.precision != "ternary")
        throw InputError(fmt::format("--residual-fraction applies to --precision ternary, not {}", o.precision));
    exporting::ExportOptions options;
    options.precision = quant::precision_from_string(o.precision);
    options.residual_fraction = o.residual_fraction;
    auto store = store::Store::open(existing_database_path(o.db));
    StopOnSignal stop;
    exporting::ExportResult r;
    try {
        r = exporting::export_candidate(store, o.run_id, o.candidate, options, o.out, JobControl{stop.token(), {}});
    } catch (const Cancelled&) {
        // Exit 128 + signal, as automl and resume end on one, so that a script tells a stop from a failure.
        if (const int signal = g_export_interrupted)
            throw StoppedBySignal(signal,
                                  fmt::format("export stopped by {}: nothing was written", signal_name(signal)));
        throw WorkError("export cancelled: nothing was written");
    }
    if (!r.store_error.empty())
        std::cerr << "warning: the export is complete, but the store could not record it: " << r.store_error << '\n';
    if (!r.fold_model.empty())
        std::cerr << "warning: the exported model was trained on " << r.fold_model << '\n';
    if (o.json) {
        print_json({{"out", r.out.string()},
                    {"precision", quant::to_string(r.precision)},
                    {"files", r.files},
                    {"size_bytes", r.size_bytes},
                    {"score", optional_json(r.score)},
                    {"test_score", r.card["metrics"]["test_score"]},
                    {"trained_on", r.card["trained_on"]},
                    {"latency_us_p50", optional_json(r.latency_us_p50)},
                    {"onnx_bytes", r.card["size_bytes"]["model.onnx"]}});
        return;
    }
    std::cout << fmt::format("exported run {} candidate {} ({}, {}) to {}\n", o.run_id, o.candidate,
                             r.card.value("family", std::string()), quant::to_string(r.precision), r.out.string());
    for (const auto& f : r.files)
        std::cout << "  " << f << '\n';
    const auto& test = r.card["metrics"]["test_score"];
    std::cout << fmt::format("model.tern {} B, score {}{}, latency p50 {}\n", r.size_bytes,
                             r.score ? fmt::format("{:.4f}", *r.score) : "n/a",
                             test.is_number() ? fmt::format(", test {:.4f}", test.get<double>()) : "",
                             r.latency_us_p50 ? fmt::format("{:.1f} us", *r.latency_us_p50) : "n/a");
}

} // namespace

void add_export_commands(CLI::App& app)
{
    auto o = std::make_shared<ExportOptionsCli>();
    auto* cmd = app.add_subcommand("export", "Export a candidate: model.onnx, model.tern and model_card.json");
    cmd->add_option("run_id", o->run_id, "Run id")->required()->check(record_id());
    cmd->add_option("candidate_id", o->candidate, "Candidate id within the run")->required()->check(record_id());
    cmd->add_option("--precision", o->precision, "fp32 | bf16 | int8 | ternary (bf16/int8/ternary: mlp and linear)")
        ->check(CLI::IsMember({"fp32", "bf16", "int8", "ternary"}));
    cmd->add_option("--residual-fraction", o->residual_fraction,
                    "ternary: share of residual blocks kept at inference, most important first (0..1)")
        ->each([o](const std::string&) { o->residual_fraction_given = true; });
    cmd->add_option("--out", o->out, "Output folder (new or empty)")->required();
    cmd->add_option("--db", o->db, "Run store")->check(database_option());
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([o] { run_export(*o); });
    add_predict_command(app);
}

} // namespace tern::cli
