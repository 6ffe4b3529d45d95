// Before a search: the run's table read and judged (target, stray words, columns set aside, pinned imputers), its
// validation folds made and checked, the search's context set, and the test file read. Everything that can be
// refused is refused here, in one line, before the run is stored or the budget spent.
#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/readers.h"
#include "engine/data/unreadable_cell.h"
#include "engine/models/registry.h"
#include "engine/prep/pipeline.h"
#include "engine/prep/screening.h"
#include "engine/search/image_table.h"
#include "engine/search/run_report.h"
#include "engine/search/run_session.h"
#include "engine/search/target_outliers.h"
#include "engine/search/test_table.h"
#include "engine/search/time_folds.h"
#include "engine/search/validation_rows.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

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

// A column pinned to "none" keeps its missing cells, which only families that read missing values can take: the
// others would fail every candidate one by one. They are left out of the run, said in its log; with none left the
// run is refused before it starts.
struct PinnedFamilies {
    std::vector<std::string> kept, left_out;
    Message note; // names the left out, when there are any
};

PinnedFamilies families_for_pins(std::vector<std::string> families, const data::Table& table,
                                 const nlohmann::json& pins)
{
    std::string unimputed;
    for (const auto& [column, strategy] : pins.items())
        if (strategy == "none" && table.find(column) && table.column(column).missing_count() > 0)
            unimputed += (unimputed.empty() ? "" : ", ") + column;
    PinnedFamilies out;
    if (unimputed.empty()) {
        out.kept = std::move(families);
        return out;
    }
    for (auto& name : families)
        (models::family(name).handles_missing ? out.kept : out.left_out).push_back(std::move(name));
    const std::string left_out = fmt::format("{}", fmt::join(out.left_out, ", "));
    if (out.kept.empty())
        throw InputError(Message(TERN_TEXT("EngineText", "imputation 'none' for %1 leaves missing values that none of "
                                                         "the families asked for (%2) can read; xgboost can, or "
                                                         "choose an imputer for it"),
                                 unimputed, left_out));
    if (!out.left_out.empty())
        out.note = Message(TERN_TEXT("EngineText", "imputation 'none' for %1 leaves missing values, which %2 cannot "
                                                   "read: left out of this run"),
                           unimputed, left_out);
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
            throw InputError(
                fmt::format("{}: --impute names column '{}', which the table does not have", path, column));
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

// What prepare() found is logged once the test file is read too: a run refused for its test file prints one line,
// its error, not a validation plan it will never follow.
void RunSession::note(Message line)
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
    for (const data::Column& c : m_table.columns()) {
        if (Message line = data::decimal_comma_note(c); !line.empty())
            note(std::move(line));
        if (Message line = data::unread_note(c); !line.empty()) {
            const data::UnreadCells& unread = c.unread_cells();
            listed.push_back({{"column", c.name()},
                              {"cells", unread.count},
                              {"first_data_row", unread.first_row + 1},
                              {"first_text", unread.first_text}});
            note(std::move(line));
        }
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
        std::vector<Message> gone;
        for (const auto& s : screening.set_aside)
            if (s.reason.pattern() != "target" && s.reason.pattern() != "ignored") // the run's own, already named
                gone.push_back(Message("'%1' %2", s.column, s.reason));
        throw InputError(Message(TERN_TEXT("EngineText", "%1: on the %2 training rows of a validation fold no column "
                                                         "can be a feature (%3); the table has too few rows for its "
                                                         "folds to learn from"),
                                 m_spec.data_path, rows.size(), Message::joined(std::move(gone), "; ")));
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
    prep::Screening screening = prep::screen_columns(m_table, m_target.rows);
    if (m_target.rows.size() < m_table.rows()) // rows without a target still show a key for what it is
        for (prep::SetAside& key : prep::keys_on_all_rows(m_table)) {
            const std::size_t c = *m_table.find(key.column);
            if (std::erase(screening.numeric, c) + std::erase(screening.categorical, c) > 0)
                screening.set_aside.push_back(std::move(key));
        }
    nlohmann::json listed = nlohmann::json::array();
    std::vector<Message> named;
    for (const auto& s : screening.set_aside)
        if (s.reason.pattern() != "target") {
            listed.push_back({{"column", s.column}, {"reason", s.reason.text()}});
            named.push_back(Message("'%1' %2", s.column, s.reason));
            if (const auto c = m_table.find(s.column))
                m_table.column(*c).set_role(data::ColumnRole::ignored);
        }
    if (!listed.empty())
        m_report["set_aside"] = std::move(listed);
    if (screening.numeric.empty() && screening.categorical.empty())
        throw InputError(Message(TERN_TEXT("EngineText", "%1: no column can be a feature (%2)"), m_spec.data_path,
                                 Message::joined(std::move(named), "; ")));
    if (!named.empty())
        note(Message(TERN_TEXT("EngineText", "set aside, not features: %1"), Message::joined(std::move(named), "; ")));
}

namespace {

// Why an image folder gives nothing to learn, in its own terms (sub-folders and images, not a target column and
// --task), with the images that could not be read: a class whose files are all damaged is the usual cause.
Message too_few_image_classes(const data::Column& classes, const std::vector<data::UnreadableFile>& skipped)
{
    std::vector<std::size_t> count(classes.levels().size(), 0);
    for (const auto code : classes.codes())
        if (code >= 0)
            ++count[static_cast<std::size_t>(code)];
    std::vector<std::string> readable;
    for (std::size_t c = 0; c < count.size(); ++c)
        if (count[c] > 0)
            readable.push_back(fmt::format("{} {}", classes.levels()[c], count[c]));
    const Message need(TERN_TEXT("EngineText", "a run needs two or more classes (sub-folders) and more images than "
                                               "classes; readable images per class: %1"),
                       readable.empty() ? std::string("none") : fmt::format("{}", fmt::join(readable, ", ")));
    if (skipped.empty())
        return need;
    return Message(TERN_TEXT("EngineText", "%1; %2 image(s) could not be read, the first: %3 (%4)"), need,
                   skipped.size(), skipped.front().path, skipped.front().reason);
}

}  // namespace

void RunSession::prepare()
{
    m_spec.validate();
    m_images = data::is_image_folder(m_spec.data_path);
    std::vector<data::UnreadableFile> skipped;  // images of the folder that could not be read
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
        m_table = image_table(m_spec.data_path, {}, JobControl{m_stop, {}}, &skipped);
        if (!skipped.empty()) {
            // The Data page counted these images; the run must say which ones its rows lack, and why.
            nlohmann::json listed = nlohmann::json::array();
            for (const auto& file : skipped)
                listed.push_back({{"file", file.path}, {"reason", file.reason.text()}});
            m_report["images_left_out"] = std::move(listed);
            note(Message(TERN_TEXT("EngineText", "%1 image(s) could not be read and are left out, the first: %2 (%3)"),
                         skipped.size(), skipped.front().path, skipped.front().reason));
        }
    } else {
        m_table = m_read_table ? std::move(*m_read_table) : read_run_data(m_spec, JobControl{m_stop, {}});
        m_read_table.reset();
    }
    // Without rows every target check below would blame the target ("only one class"); and what is wrong with the
    // target is wrong with this file, so its errors name it.
    if (m_table.rows() == 0 && m_images)
        throw DataError(m_spec.data_path, too_few_image_classes(m_table.column(image_target), skipped));
    if (m_table.rows() == 0)
        throw DataError(m_spec.data_path, Message(TERN_TEXT("EngineText", "no data rows below the header")));
    try {
        m_table.set_target(m_spec.target);
        m_target = prepare_target(m_table, m_spec.target, m_spec.task);
    } catch (const DataError&) {
        throw;
    } catch (const InputError& e) {
        if (m_images)
            throw DataError(m_spec.data_path, too_few_image_classes(m_table.column(image_target), skipped));
        throw DataError(m_spec.data_path, e.message());
    }
    if (!m_spec.time_column.empty() && m_images)
        throw InputError(fmt::format("{}: --time-column needs a table, not an image folder", m_spec.data_path));
    // Too few rows used to start a run that stored itself and then failed every candidate, or scored folds of a
    // single row: refused here, before anything is stored (validation_rows.h), and before the features are judged
    // (three rows of distinct numbers would read as keys).
    // A stored run (resume, explain) keeps its folds, so the hint names a new run instead of --folds.
    if (const auto shortage = validation_shortage(m_table, m_target, m_spec)) {
        if (m_run.id == 0)
            throw DataError(m_spec.data_path, Message::verbatim(shortage_text(*shortage, m_spec.time_column)));
        throw DataError(m_spec.data_path, Message(TERN_TEXT("EngineText", "run %1 cannot go on: %2"), m_run.id,
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
        throw InputError(Message(TERN_TEXT("EngineText", "%1: no feature column besides the target '%2'"),
                                 m_spec.data_path, m_spec.target));
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
            throw InputError(Message(TERN_TEXT("EngineText", "%1: --time-column '%2': %3"), m_spec.data_path,
                                     m_spec.time_column, e.message()));
        }
        const auto untimed = static_cast<std::size_t>(std::count_if(times.begin(), times.end(), [](double d) {
            return std::isnan(d);
        }));
        if (untimed > 0)
            note(Message(TERN_TEXT("EngineText", "%1 rows without a value of '%2' are trained on in every fold, "
                                                 "never validated"),
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
    PinnedFamilies pinned = families_for_pins(ordered_families(m_spec, m_target.task), m_table, m_spec.imputer_pins);
    m_ctx.families = std::move(pinned.kept);
    if (!pinned.left_out.empty())
        note(std::move(pinned.note));
    for (const auto& name : pinned.left_out)
        m_report["families_left_out"].push_back({{"family", name}, {"reason", "reads no missing values"}});
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
            note(Message(TERN_TEXT("EngineText", "'%1': %2 value(s) lie beyond 20 interquartile ranges of the middle "
                                                 "half (%3 to %4), the farthest %5; squared-error metrics (R², RMSE) "
                                                 "are dominated by such rows: check them, or choose --metric mae"),
                         m_spec.target, far->count, fmt::format("{:g}", far->q1), fmt::format("{:g}", far->q3),
                         fmt::format("{}", far->farthest)));
        }
    }
    if (m_target.missing > 0)
        note(Message(TERN_TEXT("EngineText", "%1 rows without a value of '%2' are left out of training"),
                     m_target.missing, m_spec.target));
    if (holdout)
        note(Message(TERN_TEXT("EngineText", "validation: %1 (%2)"), validation_message(scheme), plan.holdout_reason));
    else
        note(Message(TERN_TEXT("EngineText", "validation: %1"), validation_message(scheme)));
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
            listed.push_back({{"file", file.path}, {"reason", file.reason.text()}});
        m_report["test_images_left_out"] = std::move(listed); // not in the test score
    }
    TargetData t;
    try {
        t = encode_target_like(*m_test, m_spec.target, m_target);
    } catch (const InputError& e) { // a word among a regression target's values: which file holds it
        throw DataError(m_spec.test_path, e.message());
    }
    if (t.rows.empty())
        throw InputError(Message(TERN_TEXT("EngineText", "%1: no row with a known target value (%2 rows: %3 without a "
                                                         "target, %4 of a class the training rows lack)"),
                                 m_spec.test_path, m_test->rows(), t.missing, t.unknown));
}

}  // namespace tern::search
