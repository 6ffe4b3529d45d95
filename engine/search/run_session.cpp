#include "engine/search/run_session.h"

#include "engine/core/error.h"
#include "engine/core/library_versions.h"
#include "engine/data/readers.h"
#include "engine/data/unreadable_cell.h"
#include "engine/models/registry.h"
#include "engine/prep/pipeline.h"
#include "engine/prep/screening.h"
#include "engine/search/candidate_timer.h"
#include "engine/search/cost_probe.h"
#include "engine/search/image_table.h"
#include "engine/search/run_report.h"
#include "engine/search/target_outliers.h"
#include "engine/search/test_table.h"
#include "engine/search/time_folds.h"
#include "engine/search/validation_rows.h"
#include "engine/search/validation_score.h"
#include "engine/search/variants.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tern::search {

namespace {

// Cheap families first, so that the defaults give a usable leaderboard within seconds.
constexpr const char* cheap_first[] = {"naive_bayes", "linear", "knn", "extra_trees", "random_forest", "xgboost",
                                       "svm", "mlp"};

std::vector<std::string> ordered_families(const RunSpec& spec, Task task)
{
    std::vector<std::string> wanted;
    if (spec.families.empty()) {
        for (const auto& f : models::families())
            wanted.push_back(f.name);
    } else {
        for (const auto& name : spec.families)
            wanted.push_back(models::family(name).name);  // InputError for an unknown name
    }
    std::vector<std::string> out;
    auto suits = [&](const std::string& name) {
        const auto& f = models::family(name);
        return is_classification(task) ? f.supports_classification : f.supports_regression;
    };
    for (const char* name : cheap_first)
        if (std::find(wanted.begin(), wanted.end(), name) != wanted.end() && suits(name))
            out.emplace_back(name);
    for (const auto& name : wanted)
        if (std::find(out.begin(), out.end(), name) == out.end() && suits(name))
            out.push_back(name);
    if (out.empty())
        throw InputError(fmt::format("no model family given can do {}", to_string(task)));
    return out;
}

// A pin on a column the table lacks (or with an unknown strategy) would fail every candidate's preprocessing one
// by one and end the run as "every candidate failed": refused here, before the search, naming the pin.
// `new_run`: a stored run, accepted before pins on categories were refused, stays usable (export, resume).
void check_imputer_pins(const data::Table& table, const nlohmann::json& pins, const std::string& target,
                        const std::string& path, bool new_run)
{
    prep::PipelineConfig config;
    config.per_column_imputer = pins;
    try {
        config.validate();
    } catch (const InputError& e) {
        throw InputError(fmt::format("--impute: {}", e.what()));
    }
    for (const auto& [column, strategy] : pins.items()) {
        if (!table.find(column))
            throw InputError(fmt::format("{}: --impute names column '{}', which the table does not have", path, column));
        if (column == target)
            throw InputError(fmt::format("--impute names the target '{}': rows without a target are left out, not "
                                         "imputed", column));
        // A category column's missing cells are a level of their own, or its most frequent level: a pin that
        // computes with numbers would change nothing and say otherwise.
        const std::string how = strategy.get<std::string>();
        if (new_run && table.column(column).type() != data::ColumnType::numeric && how != "most_frequent" &&
            how != "constant")
            throw InputError(fmt::format("{}: --impute {}={}: '{}' holds categories, not numbers; use most_frequent "
                                         "(its most frequent level) or constant (a level of its own)",
                                         path, column, how, column));
    }
}

}  // namespace

int fit_threads()
{
    return static_cast<int>(std::max(1u, runtime_info().cpu.logical_cores));
}

RunSession::RunSession(store::Store& store, Observer& observer, std::stop_token stop)
    : m_store(store), m_observer(observer), m_stop(std::move(stop))
{
}

double RunSession::elapsed() const { return std::chrono::duration<double>(clock_type::now() - m_start).count(); }
double RunSession::remaining() const { return m_budget_s - elapsed(); }

Problem RunSession::problem() const
{
    // Candidates run one at a time; each fit uses every core (forests and k-NN split trees and rows over threads
    // with results independent of their count, XGBoost and the MLP's kernels use OpenMP). Costs are still timed on
    // one thread.
    Problem pb{&m_table, &m_target, &m_folds, m_scorer.get(), m_spec.seed, fit_threads()};
    pb.pooled_score = m_pooled_score;
    return pb;
}

int RunSession::searched_candidates() const
{
    int n = 0;
    for (const auto& r : m_results)
        n += r.family != "ensemble";
    return n;
}

double RunSession::top_fidelity() const
{
    double top = 0;
    for (const auto& r : m_results)
        if (r.status == "ok" && m_configs.count(r.id))
            top = std::max(top, m_configs.at(r.id).fidelity);
    return top;
}

bool RunSession::at_top_fidelity(std::int64_t id) const
{
    return m_configs.count(id) && m_configs.at(id).fidelity >= top_fidelity();
}

// What prepare() found is logged once the test file is read too: a run refused for its test file prints one line,
// its error, not a validation plan it will never follow.
void RunSession::note(std::string line)
{
    m_notes.push_back(std::move(line));
}

void RunSession::flush_notes()
{
    for (const auto& line : m_notes)
        m_observer.log(line);
    m_notes.clear();
}

// A column of numbers with a stray word or two ("-", "oops") reads as numbers, the words as missing cells
// (data::ReadOptions::stray_words_as_missing): the user hears which cells were not read.
void RunSession::name_stray_words()
{
    nlohmann::json listed = nlohmann::json::array();
    for (const data::Column& c : m_table.columns())
        if (const std::string line = data::unread_note(c); !line.empty()) {
            const data::UnreadCells& unread = c.unread_cells();
            listed.push_back({{"column", c.name()},
                              {"cells", unread.count},
                              {"first_data_row", unread.first_row + 1},
                              {"first_text", unread.first_text}});
            note(line);
        }
    if (!listed.empty())
        m_report["not_numbers"] = std::move(listed);
}

// Each fold screens its own training rows (a column constant there, or unique to each of its few rows, tells its
// models nothing). On a small table every column can drop out of some fold: every candidate then failed on "an empty
// matrix" after the run was stored. Said before, in one line, with what went.
void RunSession::check_folds_keep_a_feature() const
{
    for (const Fold& fold : m_folds) {
        std::vector<std::size_t> rows;
        rows.reserve(fold.train.size());
        for (const std::size_t p : fold.train)
            rows.push_back(m_target.rows[p]);
        const prep::Screening screening = prep::screen_columns(m_table, rows);
        if (!screening.numeric.empty() || !screening.categorical.empty())
            continue;
        std::vector<std::string> gone;
        for (const auto& s : screening.set_aside)
            if (s.reason != "target" && !s.reason.starts_with("ignored")) // the run's own, already named
                gone.push_back(fmt::format("'{}' {}", s.column, s.reason));
        throw InputError(fmt::format("{}: on the {} training rows of a validation fold no column can be a feature "
                                     "({}); the table has too few rows for its folds to learn from",
                                     m_spec.data_path, rows.size(), fmt::join(gone, "; ")));
    }
}

// Columns set aside on the run's rows (keys, free text, constants) are named with the reason in the run's report and
// log: a user who sees fewer inputs than columns must hear why. With nothing left to learn from, the run is refused
// in one line naming each column and why, instead of every candidate failing on an empty matrix.
// No fold reads them either: a fold's own screening sees fewer rows, and a key's values in the first forward fold
// (the earliest orders) no longer looked like a key, so that fold's models learnt from the order number the run said
// it had set aside.
void RunSession::screen_features()
{
    const prep::Screening screening = prep::screen_columns(m_table, m_target.rows);
    nlohmann::json listed = nlohmann::json::array();
    for (const auto& s : screening.set_aside)
        if (s.reason != "target") {
            listed.push_back({{"column", s.column}, {"reason", s.reason}});
            if (const auto c = m_table.find(s.column))
                m_table.column(*c).set_role(data::ColumnRole::ignored);
        }
    if (!listed.empty())
        m_report["set_aside"] = std::move(listed);
    if (screening.numeric.empty() && screening.categorical.empty())
        throw InputError(
            fmt::format("{}: no column can be a feature ({})", m_spec.data_path, set_aside_list(m_report)));
    if (m_report.contains("set_aside"))
        note("set aside, not features: " + set_aside_list(m_report));
}

void RunSession::prepare()
{
    m_spec.validate();
    m_images = data::is_image_folder(m_spec.data_path);
    if (m_images) {
        if (m_spec.target.empty())
            m_spec.target = image_target;
        if (m_spec.target != image_target)
            throw InputError(fmt::format("{}: an image folder's target is the class sub-folder each image is in; "
                                         "leave --target out (it was '{}')",
                                         m_spec.data_path, m_spec.target));
        if (!m_spec.imputer_pins.empty())
            throw InputError(fmt::format("{}: --impute pins a table's columns; an image folder has no missing pixel",
                                         m_spec.data_path));
        m_report["images"] = true; // an export of this run predicts on images
        std::vector<data::UnreadableFile> skipped;
        m_table = image_table(m_spec.data_path, {}, JobControl{m_stop, {}}, &skipped);
        if (!skipped.empty()) {
            // The Data page counted these images; the run must say which ones its rows lack, and why.
            nlohmann::json listed = nlohmann::json::array();
            for (const auto& file : skipped)
                listed.push_back({{"file", file.path}, {"reason", file.reason}});
            m_report["images_left_out"] = std::move(listed);
            note(fmt::format("{} image(s) could not be read and are left out, the first: {} ({})",
                                       skipped.size(), skipped.front().path, skipped.front().reason));
        }
    } else {
        m_table = data::read_table(m_spec.data_path, run_read_options(m_spec), JobControl{m_stop, {}});
    }
    // Without rows every target check below would blame the target ("only one class"); and what is wrong with the
    // target is wrong with this file, so its errors name it.
    if (m_table.rows() == 0)
        throw DataError(m_spec.data_path, "no data rows below the header");
    try {
        m_table.set_target(m_spec.target);
        m_target = prepare_target(m_table, m_spec.target, m_spec.task);
    } catch (const DataError&) {
        throw;
    } catch (const InputError& e) {
        throw DataError(m_spec.data_path, e.what());
    }
    if (!m_spec.time_column.empty() && m_images)
        throw InputError(fmt::format("{}: --time-column needs a table, not an image folder", m_spec.data_path));
    // Too few rows used to start a run that stored itself and then failed every candidate, or scored folds of a
    // single row: refused here, before anything is stored (validation_rows.h), and before the features are judged
    // (three rows of distinct numbers would read as keys).
    // A stored run (resume, explain) keeps its folds, so the hint names a new run instead of --folds.
    if (const auto shortage = validation_shortage(m_table, m_target, m_spec)) {
        if (m_run.id == 0)
            throw DataError(m_spec.data_path, shortage_text(*shortage, m_spec.time_column));
        throw DataError(m_spec.data_path, fmt::format("run {} cannot go on: {}", m_run.id,
                                                      stored_run_shortage_text(*shortage, m_spec.time_column)));
    }
    m_scorer = std::make_unique<Scorer>(m_target.task, m_target.n_classes(), m_spec.metric, m_spec.metric_expr,
                                        m_spec.metric_direction == "max");

    std::size_t features = 0;
    for (const auto& c : m_table.columns()) {
        if (c.role() != data::ColumnRole::feature)
            continue;
        ++features;
        m_ctx.has_missing = m_ctx.has_missing || c.missing_count() > 0;
        m_ctx.has_categorical = m_ctx.has_categorical || c.type() != data::ColumnType::numeric;
    }
    if (features == 0)
        throw InputError(fmt::format("{}: no feature column besides the target '{}'", m_spec.data_path,
                                     m_spec.target));
    if (!m_images) {
        check_imputer_pins(m_table, m_spec.imputer_pins, m_spec.target, m_spec.data_path, m_run.id == 0);
        name_stray_words();
        screen_features();
    }
    const std::size_t n = m_target.rows.size();
    const ValidationPlan plan = validation_plan(m_table, m_target, m_spec);
    const bool holdout = plan.holdout;
    int repeats = 1;
    if (plan.forward) {
        const auto times = row_times(m_table, m_target, m_spec.time_column, m_spec.data_path);
        try {
            m_folds = make_time_folds(times, m_spec.folds, holdout);
        } catch (const InputError& e) {
            throw InputError(fmt::format("{}: --time-column '{}': {}", m_spec.data_path, m_spec.time_column, e.what()));
        }
        const auto untimed = static_cast<std::size_t>(std::count_if(times.begin(), times.end(), [](double d) {
            return std::isnan(d);
        }));
        if (untimed > 0)
            note(fmt::format("{} rows without a value of '{}' are trained on in every fold, never validated",
                                       untimed, m_spec.time_column));
    } else {
        repeats = holdout ? 1 : repeats_for(n);
        m_folds = make_folds(m_target.y, m_target.task, m_spec.folds, m_spec.seed, holdout, repeats);
    }
    if (!m_images)
        check_folds_keep_a_feature();
    m_pooled_score = folds_lack_a_class(m_folds, m_target.y, m_target.task);
    const auto scheme = validation_scheme(m_spec.time_column, m_folds.size() / static_cast<std::size_t>(repeats),
                                          repeats, holdout);

    m_ctx.task = m_target.task;
    m_ctx.n_classes = m_target.n_classes();
    m_ctx.n_rows = n;
    const std::string metric = m_scorer->metric_name();
    m_ctx.prefer_balanced = metric == "balanced_accuracy" || metric == "f1_macro" || metric == "mcc" ||
                            metric == "custom";
    m_ctx.families = ordered_families(m_spec, m_target.task);
    // Forward folds grow: the mean training fold is what a candidate's fidelity subsamples.
    const double fold_train = mean_training_rows(m_folds);
    if (fold_train >= 13'500)
        m_ctx.fidelities = {1.0 / 9, 1.0 / 3, 1.0};
    else if (fold_train >= 4'500)
        m_ctx.fidelities = {1.0 / 3, 1.0};
    m_ctx.imputer_pins = m_spec.imputer_pins;
    m_ctx.seed = m_spec.seed;
    m_strategy = make_strategy(m_ctx);

    m_report["rows"] = m_table.rows();
    m_report["rows_used"] = n;
    m_report["rows_missing_target"] = m_target.missing;
    m_report["classes"] = m_target.class_names;
    m_report["validation"] = validation_text(scheme);
    m_report["validation_scheme"] = scheme;
    m_report["strategy"] = m_strategy->name();
    m_report["fidelities"] = m_ctx.fidelities;
    m_report["families"] = m_ctx.families;
    if (m_target.task == Task::regression) {
        // The file's values, not the models' float copies: the farthest is named as the file wrote it.
        std::vector<double> written;
        for (const auto r : m_target.rows)
            written.push_back(m_table.column(m_spec.target).numbers()[r]);
        if (const auto far = far_target_values(written)) {
            m_report["target_far_values"] = {
                {"count", far->count}, {"farthest", far->farthest}, {"q1", far->q1}, {"q3", far->q3}};
            note(fmt::format("'{}': {} value(s) lie beyond 20 interquartile ranges of the middle half ({:g} to {:g}), "
                             "the farthest {}; squared-error metrics (R², RMSE) are dominated by such rows: check "
                             "them, or choose --metric mae",
                             m_spec.target, far->count, far->q1, far->q3, far->farthest));
        }
    }
    if (m_target.missing > 0)
        note(fmt::format("{} rows without a value of '{}' are left out of training", m_target.missing,
                                   m_spec.target));
    note(fmt::format("validation: {}", validation_text(scheme)));
}

// A test file the models could not score is refused now, not found out after the budget is spent.
void RunSession::read_test_file()
{
    if (m_spec.test_path.empty())
        return;
    std::vector<data::UnreadableFile> skipped;
    m_test = m_images ? image_table(m_spec.test_path, m_target.class_names, JobControl{m_stop, {}}, &skipped)
                      : read_test_table(m_spec.test_path, m_table, m_spec.target, JobControl{m_stop, {}});
    if (!skipped.empty()) {
        nlohmann::json listed = nlohmann::json::array();
        for (const auto& file : skipped)
            listed.push_back({{"file", file.path}, {"reason", file.reason}});
        m_report["test_images_left_out"] = std::move(listed); // not in the test score
    }
    TargetData t;
    try {
        t = encode_target_like(*m_test, m_spec.target, m_target);
    } catch (const InputError& e) { // a word among a regression target's values: which file holds it
        throw DataError(m_spec.test_path, e.what());
    }
    if (t.rows.empty())
        throw InputError(fmt::format("{}: no row with a known target value ({} rows: {} without a target, {} of a "
                                     "class the training rows lack)",
                                     m_spec.test_path, m_test->rows(), t.missing, t.unknown));
}

RunOutcome RunSession::start(const RunSpec& spec)
{
    m_start = clock_type::now();
    m_spec = spec;
    m_budget_s = spec.budget_s;
    prepare();
    read_test_file();
    flush_notes();

    m_run.dataset_path = spec.data_path;
    try {
        store::DatasetRecord d;
        d.path = spec.data_path;
        d.content_hash = m_images ? store::content_hash_of_image_folder(spec.data_path)
                                  : store::content_hash_of_file(spec.data_path);
        d.kind = m_images ? "images" : "table";
        d.rows = static_cast<std::int64_t>(m_table.rows());
        d.cols = static_cast<std::int64_t>(m_table.cols());
        d.schema = nlohmann::json::object();
        m_run.dataset_id = m_store.register_dataset(d);
    } catch (const InputError&) {
        // The run does not need the dataset row; an unreadable hash only loses the link.
    }
    m_run.target = m_spec.target;
    m_run.task = std::string(to_string(m_target.task));
    m_run.metric = m_scorer->metric_name();
    m_run.metric_expr = spec.metric_expr;
    m_run.seed = static_cast<std::int64_t>(spec.seed);
    m_run.budget_s = spec.budget_s;
    m_run.spec = m_spec.to_json();
    const auto info = to_json(runtime_info());
    m_run.machine = info.value("cpu", nlohmann::json::object());
    m_run.versions = info.value("libraries", info);
    m_run.report = m_report;
    m_store.create_run(m_run);
    m_observer.run_started(m_run.id);
    m_observer.log(fmt::format("run {}: {} {}, {}, metric {}, {} s budget, families {}", m_run.id,
                               m_target.rows.size(), m_images ? "images" : "rows", to_string(m_target.task),
                               m_run.metric, m_budget_s, fmt::join(m_ctx.families, ",")));
    search();
    return finish();
}

double RunSession::estimated_seconds(const CandidateConfig& config) const
{
    const std::size_t per_repeat = folds_per_repeat(m_folds, m_target.rows.size());
    std::vector<double> seen;
    for (const auto& r : m_results)
        if (r.family == config.family && r.details.contains("cv_s") && r.details.contains("config")) {
            const double fid = r.details["config"].value("fidelity", 1.0);
            // The time of one repeat of K-fold: a candidate too slow for every repeat stops after the whole
            // repeats that fit its limit (cross_validate), so one repeat is what it needs to finish at all.
            const double repeat_share = r.fold_scores.empty() ? 1.0
                                                              : static_cast<double>(per_repeat) /
                                                                    static_cast<double>(r.fold_scores.size());
            seen.push_back(r.details["cv_s"].get<double>() * repeat_share * config.fidelity / std::max(fid, 1e-3));
        }
    if (seen.empty())
        return 0;
    std::sort(seen.begin(), seen.end());
    return seen[seen.size() / 2];
}

void RunSession::search()
{
    // A share of the budget is kept for the ensemble, the refit on all rows, the test file and the explanation.
    const double search_share = m_spec.test_path.empty() ? 0.85 : 0.8;
    const double search_budget = m_budget_s * search_share;
    const double per_candidate = std::max(2.0, 0.3 * m_budget_s);
    while (!m_stop.stop_requested()) {
        if (m_spec.max_candidates > 0 && searched_candidates() >= m_spec.max_candidates)
            break;
        // On large data the best model's refit can outgrow the share kept for it: the search then ends earlier, but
        // keeps half the budget (a refit that still does not fit leaves the chosen model as its fold fitted it).
        const double end = std::min(search_budget, 0.95 * m_budget_s - std::min(refit_reserve_s(), 0.45 * m_budget_s));
        const double left = end - elapsed();
        if (left < 0.05 * search_budget || left <= 0.1)
            break;
        auto config = m_strategy->next(m_history);
        if (!config) {
            m_observer.log("the strategy has nothing left to propose");
            break;
        }
        // A candidate that cannot finish in what is left ends the search (the proposal order never changes).
        if (estimated_seconds(*config) > left * 1.5 && searched_candidates() >= 1)
            break;
        run_candidate(*config, std::min(left, per_candidate));
        if (m_cancelled)
            break;
    }
    if (m_stop.stop_requested())
        m_cancelled = true;
}

void RunSession::run_candidate(const CandidateConfig& config, double limit_s)
{
    CandidateResult r;
    r.id = m_next_id++;
    r.family = config.family;
    r.params = config.display_params();
    m_observer.candidate_started({r.id, r.family, r.params});

    Evaluation ev;
    {
        CandidateTimer timer(m_stop, limit_s);
        Problem pb = problem();
        pb.keep_fold_models = has_variants(config.family);
        ev = cross_validate(pb, config, timer.token(), limit_s, [&] { return timer.timed_out(); });
    }
    r.status = ev.status;
    r.error = ev.error;
    r.details["config"] = config.to_json();
    r.details["cv_s"] = ev.cv_s;
    r.details["fidelity"] = config.fidelity;
    // The configuration stays as proposed (the strategy's history, resume's de-duplication); the params shown and
    // every later fit (refit, importance, export) take the size the folds were trained with.
    const CandidateConfig trained = config.as_trained(ev.cut_short);
    if (!ev.cut_short.empty()) {
        r.details["cut_short"] = ev.cut_short;
        r.params = trained.display_params();
    }
    std::vector<store::ArtifactRecord> artifacts;
    if (ev.status == "ok") {
        r.score = ev.score;
        r.score_std = ev.score_std;
        r.fold_scores = ev.fold_scores;
        // Scored on the whole repeats its time limit allowed: a noisier score than its neighbours', said beside it.
        if (ev.fold_scores.size() < m_folds.size())
            r.details["folds_scored"] = {{"scored", ev.fold_scores.size()}, {"of", m_folds.size()}};
        if (ev.pooled_score)
            r.details["score_basis"] = class_lacking_basis;
        else if (ev.undefined_folds > 0)
            r.details["score_basis"] = undefined_folds_basis(ev.undefined_folds, ev.fold_scores.size());
        r.metrics = ev.metrics;
        if (ev.threshold)
            r.params["decision_threshold"] = *ev.threshold;
        r.fit_s = ev.fit_s;
        try {
            ev.last_fold->model->set_threads(1);
            const auto rows = table_rows(m_target, m_folds.back().valid);
            const Costs c = measure_costs(*ev.last_fold, m_table, rows, m_target.task, 0.15);
            r.latency_us_p50 = c.latency_us_p50;
            r.latency_us_p99 = c.latency_us_p99;
            r.throughput_rows_s = c.throughput_rows_s;
            r.size_bytes = c.size_bytes;
            r.over_latency_budget = m_spec.latency_budget_us > 0 && c.latency_us_p50 > m_spec.latency_budget_us;
            if (!ev.fold_models.empty())
                m_observer.log(fmt::format(
                    "#{} {}", r.id,
                    record_variants(r.details, m_table, ev.fold_models, ev.threshold, *m_scorer, m_stop)));
            store::ArtifactRecord model;
            model.kind = "model";
            model.meta = {{"fitted_on", fmt::format("training rows of fold {}", ev.fold_scores.size())},
                          {"family", config.family}};
            model.data = serialize_fitted(*ev.last_fold);
            artifacts.push_back(std::move(model));
            artifacts.push_back(oof_artifact(ev.oof, ev.oof_mask));
            m_oof[r.id] = std::move(ev.oof);
            if (!ev.oof_single.values.empty())
                m_oof_single[r.id] = std::move(ev.oof_single);
            m_oof_mask[r.id] = std::move(ev.oof_mask);
        } catch (const std::exception& e) {
            r.status = "failed";
            r.error = std::string("measuring the candidate's cost: ") + e.what();
            r.score.reset();
            m_oof.erase(r.id);
            m_oof_single.erase(r.id);
        }
    }
    if (r.status == "cancelled")
        m_cancelled = true;
    commit(r, std::move(artifacts));
    m_configs[r.id] = trained;
    m_history.push_back({config, r.status, r.score ? std::optional<double>(m_scorer->oriented(*r.score))
                                                   : std::nullopt});
    m_observer.candidate_finished(r);
    const bool fewer_folds = r.score && r.fold_scores.size() < m_folds.size();
    std::string cut;
    for (const auto& [name, value] : ev.cut_short.items())
        cut += fmt::format(" ({} cut from {} to {} by its time limit)", name,
                           config.params.value(name, value).dump(), value.dump());
    m_observer.log(fmt::format("#{} {} {}{}{}{}", r.id, r.family, r.status,
                               r.score ? fmt::format(" {}={:.4f}", m_scorer->metric_name(), *r.score)
                                       : (r.error.empty() ? "" : ": " + r.error),
                               fewer_folds ? fmt::format(" (on {} of {} folds: the rest would exceed its time limit)",
                                                         r.fold_scores.size(), m_folds.size())
                                           : "",
                               cut));
    report_progress("search");
}

void RunSession::commit(CandidateResult& result, std::vector<store::ArtifactRecord> artifacts)
{
    result.details["run_elapsed_s"] = m_elapsed_before + elapsed();  // lets resume know the time already spent
    auto record = result.to_record(m_run.id);
    m_store.add_candidate(record, artifacts);
    result.id = record.ordinal;
    m_results.push_back(result);
}

void RunSession::update_details(const CandidateResult& result)
{
    auto record = result.to_record(m_run.id);
    m_store.update_candidate_details(m_run.id, result.id, record.details);
    for (auto& r : m_results)
        if (r.id == result.id)
            r = result;
    m_observer.candidate_updated(result);
}

void RunSession::report_progress(const std::string& phase)
{
    Progress p;
    p.elapsed_s = m_elapsed_before + elapsed();
    p.budget_s = m_spec.budget_s;
    p.eta_s = std::max(0.0, remaining());
    p.candidates_done = static_cast<int>(m_results.size());
    p.max_candidates = m_spec.max_candidates;
    if (m_spec.max_candidates > 0 && searched_candidates() > 0) {
        const double per = elapsed() / searched_candidates();
        p.eta_s = std::min(p.eta_s, per * std::max(0, m_spec.max_candidates - searched_candidates()) + 1.0);
    }
    for (const auto& r : m_results)
        if (r.status == "ok" && r.score &&
            (!p.best_score || m_scorer->oriented(*r.score) > m_scorer->oriented(*p.best_score))) {
            p.best_score = r.score;
            p.best_id = r.id;
        }
    p.phase = phase;
    m_observer.progress(p);
}

store::ArtifactRecord oof_artifact(const PredictionBlock& oof, const std::vector<std::uint8_t>& mask)
{
    store::ArtifactRecord a;
    a.kind = "oof_predictions";
    a.meta = {{"rows", mask.size()}, {"width", oof.width}, {"layout", "u8 mask[rows], float32 values[rows*width]"}};
    a.data.resize(mask.size() + oof.values.size() * sizeof(float));
    std::memcpy(a.data.data(), mask.data(), mask.size());
    std::memcpy(a.data.data() + mask.size(), oof.values.data(), oof.values.size() * sizeof(float));
    return a;
}

void read_oof_artifact(const store::ArtifactRecord& a, PredictionBlock& oof, std::vector<std::uint8_t>& mask)
{
    const std::size_t rows = a.meta.value("rows", std::size_t{0});
    const std::size_t width = a.meta.value("width", std::size_t{1});
    if (a.data.size() != rows + rows * width * sizeof(float))
        throw InputError("stored out-of-fold predictions have the wrong size");
    mask.assign(a.data.begin(), a.data.begin() + static_cast<std::ptrdiff_t>(rows));
    oof.width = width;
    oof.values.resize(rows * width);
    std::memcpy(oof.values.data(), a.data.data() + rows, rows * width * sizeof(float));
}

RunOutcome Runner::run(const RunSpec& spec, Observer& observer, std::stop_token stop)
{
    RunSession session(m_store, observer, std::move(stop));
    return session.start(spec);
}

RunOutcome Runner::resume(std::int64_t run_id, std::optional<double> budget_s, Observer& observer,
                          std::stop_token stop, std::optional<int> max_candidates)
{
    RunSession session(m_store, observer, std::move(stop));
    return session.resume(run_id, budget_s, max_candidates);
}

RefitModels Runner::refit(std::int64_t run_id, std::int64_t candidate_id, std::stop_token stop)
{
    NullObserver quiet;
    RunSession session(m_store, quiet, std::move(stop));
    return session.refit_stored(run_id, candidate_id);
}

nlohmann::json Runner::explain(std::int64_t run_id, std::int64_t candidate_id, double max_seconds,
                               std::stop_token stop, std::string* store_error)
{
    NullObserver quiet;
    RunSession session(m_store, quiet, std::move(stop));
    return session.explain(run_id, candidate_id, max_seconds, store_error);
}

}  // namespace tern::search
