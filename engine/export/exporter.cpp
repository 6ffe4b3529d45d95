// export_candidate (exporter.h): load the candidate, build the precision variant, write model.tern, model.onnx and
// model_card.json into a staging folder, time the export, move the folder into place and record it in the store.
#include "engine/export/exporter.h"

#include "engine/core/error.h"
#include "engine/export/export_folder.h"
#include "engine/export/export_source.h"
#include "engine/export/model_card.h"
#include "engine/export/onnx_export.h"
#include "engine/export/package_format.h"
#include "engine/export/package_predict.h"
#include "engine/export/test_score.h"
#include "engine/kernels/context.h"
#include "engine/models/xgboost_model.h"
#include "engine/quant/dense_stack.h"
#include "engine/quant/quantized_model.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/image_table.h"
#include "engine/search/run_data.h"
#include "engine/search/runner.h"
#include "engine/search/variants.h"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <optional>

namespace tern::exporting {

namespace {

constexpr std::size_t calibration_rows_max = 2000;

void check_stop(const JobControl& job)
{
    if (job.stop_requested())
        throw Cancelled();
}

std::string dataset_hash(const store::Store& store, const store::RunRecord& run)
{
    if (!run.dataset_id)
        return {};
    for (const auto& d : store.datasets())
        if (d.id == *run.dataset_id)
            return d.content_hash;
    return {};
}

// Swaps every member's model for its quantised copy, calibrated on the member's own preprocessed training rows.
void quantize_members(std::vector<PackagedMember>& members, const data::Table& table,
                      const std::vector<std::size_t>& rows, const ExportOptions& options, const JobControl& job)
{
    quant::QuantOptions q;
    q.precision = options.precision;
    q.residual_fraction = options.residual_fraction;
    for (auto& m : members) {
        check_stop(job);
        if (!quant::has_dense_stack(*m.fitted.model))
            continue; // an ensemble's trees, SVM or k-NN stay fp32 (export_candidate)
        const Matrix calibration = m.fitted.pipeline.transform(table, rows);
        m.fitted.model = quant::quantize_model(*m.fitted.model, calibration, q);
    }
}

// Median time of one-row predictions (preprocessing included, one thread) over a few hundred rows of the data.
std::optional<double> latency_p50(const PackagedModel& model, const data::Table& table,
                                  const std::vector<std::size_t>& rows, const JobControl& job)
{
    if (rows.empty())
        return std::nullopt;
    for (const auto& m : model.members)
        m.fitted.model->set_threads(1);
    const kernels::ScopedThreads one_thread(1);
    using clock = std::chrono::steady_clock;
    std::vector<double> us;
    const auto deadline = clock::now() + std::chrono::milliseconds(1500);
    predict_package(model, table, std::span(rows).first(1)); // warm-up: first-use preparation is not latency
    for (std::size_t i = 0; i < 300 && clock::now() < deadline; ++i) {
        check_stop(job);
        const std::size_t r = rows[i % rows.size()];
        const auto t0 = clock::now();
        predict_package(model, table, std::span(&r, 1));
        us.push_back(std::chrono::duration<double, std::micro>(clock::now() - t0).count());
    }
    std::nth_element(us.begin(), us.begin() + static_cast<std::ptrdiff_t>(us.size() / 2), us.end());
    return us[us.size() / 2];
}

// The search refits the chosen model on every training row; any other candidate keeps the model its last fold
// fitted. An export is of a model trained on every row, so such a candidate (each such member of an ensemble) is
// refitted first, unless the run was asked not to refit; the refitted models replace the members' in `src`.
struct ExportRefit {
    bool refitted_after_run = false; // some member's model is not the one the search scored on the test file
    std::string fold_model;  // empty when the exported models saw every training row, else what they saw and why
    std::string store_error; // why the refitted models could not be kept in the store (the export is good)
    std::optional<data::Table> table; // the run's data, when the refit read it (unchanged since the run)
};

ExportRefit refit_for_export(store::Store& store, ExportSource& src, const JobControl& job)
{
    bool fold_models = false, after_run = false;
    for (const auto& c : store.load_candidates(src.run.id))
        for (const auto& m : src.members)
            if (c.ordinal == m.candidate) {
                const auto refit = c.details.value("refit", nlohmann::json::object());
                fold_models |= !refit.contains("rows");
                after_run |= refit.value("after_run", false);
            }
    if (!fold_models)
        return {after_run, {}, {}};
    const std::string fold_rows = "the training rows of its last cross-validation fold, not all of them";
    if (!src.run.spec.value("refit", true))
        return {false, fold_rows + " (the run was asked not to refit)", {}};
    search::RefitModels refit;
    try {
        refit = search::Runner(store).refit(src.run.id, src.candidate.ordinal, job.stop);
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        return {false, fmt::format("{}: the refit on all rows failed ({})", fold_rows, e.what()), {}};
    }
    for (auto& m : src.members)
        if (auto it = refit.models.find(m.candidate); it != refit.models.end())
            m.fitted = std::move(it->second);
    return {true, {}, refit.store_error, std::move(refit.table)};
}

// XGBoost's own JSON model of every xgboost member (Python's xgboost loads it: xgboost.Booster().load_model).
// The booster reads the preprocessed features, so the card lists their names; model.onnx has the whole pipeline.
nlohmann::json write_xgboost_models(const PackagedModel& model, StagingFolder& folder, std::vector<std::string>& files)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& m : model.members) {
        if (m.fitted.family != "xgboost")
            continue;
        const auto dump = models::xgboost_json_model(*m.fitted.model);
        const std::string name =
            model.members.size() == 1 ? "xgboost_model.json" : fmt::format("xgboost_model_{}.json", m.candidate);
        folder.write(name, dump.json);
        files.push_back(name);
        out.push_back({{"file", name},
                       {"candidate_id", m.candidate},
                       {"rounds", dump.rounds},
                       {"features", m.fitted.pipeline.feature_names()},
                       {"note", "the booster alone: it reads the preprocessed features listed here"}});
    }
    return out;
}

// A precision the search did not score (a ternary fraction other than 1, 0.5 or 0; any precision of an ensemble,
// whose members were scored one by one): scored now as the GUI's slider scores it, on the fold the candidate was
// last fitted on (calibrated on its training rows, scored on its held-out rows), moved onto the candidate's scale.
// run_table: the run's table as the export read it (nullptr: read here). Nothing when the data is gone.
std::optional<double> measured_variant_score(store::Store& store, const ExportSource& src, const ExportOptions& options,
                                             const data::Table* run_table, std::string& source, const JobControl& job)
{
    source = "not measured";
    if (!src.candidate.score)
        return std::nullopt;
    try {
        search::VariantLab lab = search::VariantLab::open(store, src.run.id, src.candidate.ordinal, job, run_table);
        const search::VariantScore v = lab.evaluate(options.precision, options.residual_fraction);
        source = "cross-validation, moved by this precision's change against fp32 on one fold's held-out rows "
                 "(measured on export: " +
                 lab.rows_note() + ")";
        return search::on_candidate_scale(*src.candidate.score, v.score, lab.fp32_score(), src.run.metric);
    } catch (const InputError&) {
        return std::nullopt;
    }
}

} // namespace

ExportResult export_candidate(store::Store& store, std::int64_t run_id, std::int64_t candidate,
                              const ExportOptions& options, const std::filesystem::path& out_dir, const JobControl& job)
{
    if (!(options.residual_fraction >= 0.0 && options.residual_fraction <= 1.0))
        throw InputError(fmt::format("--residual-fraction {} is outside [0, 1]", options.residual_fraction));
    job.report(0.0);
    ExportSource src = load_export_source(store, run_id, candidate);
    const bool quantised = options.precision != quant::Precision::fp32;
    // An ensemble quantises its mlp and linear members and keeps the others in fp32 (the card names them): the
    // chosen model is most often an ensemble with trees among its members, and refusing it left no quantised export
    // of the model a run chose. One with no such member has nothing to quantise.
    if (quantised && std::none_of(src.members.begin(), src.members.end(),
                                  [](const PackagedMember& m) { return quant::has_dense_stack(*m.fitted.model); }))
        throw InputError(fmt::format(
            "{} export needs an mlp or linear model; candidate {} is {}", quant::to_string(options.precision),
            candidate, src.candidate.family == "ensemble" ? "an ensemble of neither" : src.candidate.family));
    StagingFolder folder(out_dir); // refuses a non-empty folder before any work
    check_stop(job);
    ExportRefit refit = refit_for_export(store, src, job);
    check_stop(job);
    job.report(0.1);

    // The run's data: calibration rows for quantisation, rows to time the export on.
    std::optional<data::Table> table = std::move(refit.table);
    std::vector<std::size_t> rows;
    if (quantised && !table) // calibration on rows other than the run's would quantise for data the model never saw
        search::refuse_changed_data(store, src.run);
    try {
        if (!table)
            table = read_run_table(src.run, src.class_names);
        rows = sample_target_rows(*table, src.run.target, src.run.seed, calibration_rows_max);
    } catch (const InputError& e) {
        if (quantised)
            throw InputError(fmt::format("{} export calibrates on the run's data, which cannot be read: {}",
                                         quant::to_string(options.precision), e.what()));
        table.reset(); // fp32 needs no data: the export goes on without a latency figure
    }
    check_stop(job);
    job.report(0.25);
    if (quantised)
        quantize_members(src.members, *table, rows, options, job);
    job.report(0.5);

    PackagedModel model;
    model.task = src.task;
    model.class_names = src.class_names;
    model.precision = options.precision;
    model.residual_fraction = options.residual_fraction;
    model.target = src.run.target;
    model.inputs = input_columns(src.members);
    model.image_input = src.images ? search::image_input_description : "";
    model.members = std::move(src.members);
    model.decision_threshold = search::decision_threshold(src.candidate.params);
    model.info = {{"run_id", run_id}, {"candidate_id", candidate}, {"family", src.candidate.family}};
    const auto tern_bytes = write_package(model);
    folder.write("model.tern", tern_bytes.data(), tern_bytes.size());
    check_stop(job);
    job.report(0.6);

    OnnxRequest request;
    request.task = model.task;
    request.class_names = model.class_names;
    request.threshold = model.decision_threshold;
    for (const auto& m : model.members)
        request.members.push_back({&m.fitted, m.weight});
    std::string onnx;
    try {
        onnx = onnx_model(request);
    } catch (const InputError& e) {
        throw InputError(
            fmt::format("candidate {} of run {} ({}): {}", candidate, run_id, src.candidate.family, e.what()));
    }
    folder.write("model.onnx", onnx);
    std::vector<std::string> files = {"model.onnx", "model.tern", "model_card.json"};
    const nlohmann::json boosters = write_xgboost_models(model, folder, files);
    check_stop(job);
    job.report(0.75);

    CardFacts facts;
    facts.source = &src;
    facts.model = &model;
    facts.options = options;
    if (quantised) {
        facts.score = variant_score(src.candidate, options, src.run.metric);
        facts.score_source = "cross-validation, moved by this precision's change against fp32 on the search's "
                             "held-out rows";
        if (!facts.score)
            facts.score = measured_variant_score(store, src, options, table && !src.images ? &*table : nullptr,
                                                 facts.score_source, job);
    } else {
        facts.score = src.candidate.score;
        facts.score_source = "cross-validation";
    }
    // The search scored the fp32 model it refitted; any other model is scored here, on the same test rows.
    if (!quantised && !refit.refitted_after_run && src.candidate.test_score)
        facts.test_score = src.candidate.test_score;
    else if (table)
        facts.test_score = test_score(model, src, *table, job);
    if (table)
        facts.latency_us_p50 = latency_p50(model, *table, rows, job);
    facts.tern_bytes = static_cast<std::int64_t>(tern_bytes.size());
    facts.onnx_bytes = static_cast<std::int64_t>(onnx.size());
    facts.dataset_hash = dataset_hash(store, src.run);
    facts.fold_model = refit.fold_model;
    ExportResult result;
    result.store_error = refit.store_error;
    result.card = model_card(facts);
    if (!boosters.empty())
        result.card["xgboost_models"] = boosters;
    folder.write("model_card.json", result.card.dump(2) + "\n");
    job.report(0.9);
    check_stop(job);
    folder.commit();

    result.out = folder.final_dir();
    result.precision = options.precision;
    result.files = files;
    result.size_bytes = facts.tern_bytes;
    result.score = facts.score;
    result.fold_model = refit.fold_model;
    result.latency_us_p50 = facts.latency_us_p50;

    store::ArtifactRecord record;
    record.kind = "export";
    record.precision = quant::to_string(options.precision);
    record.meta = {{"out", result.out.string()},
                   {"files", result.files},
                   {"size_bytes", result.size_bytes},
                   {"onnx_bytes", facts.onnx_bytes},
                   {"created_at", result.card["created_at"]}};
    if (options.precision == quant::Precision::ternary)
        record.meta["residual_fraction"] = options.residual_fraction;
    try {
        store.add_artifact(run_id, candidate, record);
    } catch (const std::exception& e) {
        result.store_error = e.what();
    }
    job.report(1.0);
    return result;
}

} // namespace tern::exporting
