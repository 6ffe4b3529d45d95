// The state of one run while it executes (internal to engine/search; Runner is the public face). Split over
// run_prepare.cpp (the table read and judged, folds, test file), run_session.cpp (start and the search loop),
// run_finish.cpp (ensemble, best), run_refit.cpp (refit, test score, importance) and run_resume.cpp (rebuilding the
// state from the store).
#pragma once

#include "engine/search/evaluator.h"
#include "engine/search/observer.h"
#include "engine/search/run_spec.h"
#include "engine/search/runner.h"
#include "engine/search/search_space.h"
#include "engine/search/strategy.h"
#include "engine/store/store.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace tern::search {

class RunSession {
public:
    RunSession(store::Store& store, Observer& observer, std::stop_token stop);

    RunOutcome start(const RunSpec& spec);
    RunOutcome resume(std::int64_t run_id, std::optional<double> budget_s, std::optional<int> max_candidates);
    nlohmann::json explain(std::int64_t run_id, std::int64_t candidate_id, double max_seconds,
                           std::string* store_error = nullptr);
    RefitModels refit_stored(std::int64_t run_id, std::int64_t candidate_id);

private:
    friend class VariantLab;  // variant_lab.cpp rebuilds a stored run's data and folds through prepare()
    using clock_type = std::chrono::steady_clock;

    void prepare();                          // data, target, folds, scorer, search context
    void read_test_file();                   // m_test, refused when no row of it can be scored
    void screen_features();                  // columns set aside, named in the report; refused when none is left
    void name_stray_words(); // stray words read as missing (report and log), decimal-comma columns (log)
    void check_folds_keep_a_feature() const; // refused when a fold's own screening would leave no feature
    void note(Message line);                 // a log line of prepare(), held until flush_notes()
    void flush_notes();
    void search();                           // the candidate loop
    void run_candidate(const CandidateConfig& config, double limit_s);
    RunOutcome finish();                     // ensemble, best, refit + test, importance, update_run
    RunOutcome search_and_finish();          // both; an error escaping them marks the run failed
    void build_ensemble();
    void choose_best();
    void refit_and_test();
    void explain_best();
    void load_stored_candidates();           // resume
    void reopen(std::int64_t run_id);        // a stored run, its data as it read them (refused when changed), candidates
    CandidateResult& finished_candidate(std::int64_t candidate_id); // InputError unless there and "ok"

    double elapsed() const;                  // this session
    double remaining() const;                // of this session's budget
    double estimated_seconds(const CandidateConfig& config) const;
    void report_progress(const std::string& phase);
    // run_saving.cpp: writes that a store locked by another process delays instead of failing.
    void commit(CandidateResult& result, std::vector<store::ArtifactRecord> artifacts);
    void update_details(const CandidateResult& result);
    void save_held();                                     // in order; store::Locked leaves the rest held
    void say_store_free();                                // logs once the store took a write after refusing one
    void write_store(const std::function<void()>& write); // retried while locked; store::Locked past the limit
    double store_wait_limit_s() const;
    std::string store_given_up(double waited_s) const;
    Problem problem() const;
    int searched_candidates() const;
    // The highest fidelity any ok candidate reached: only candidates there are final (ensemble, best, refit).
    double top_fidelity() const;
    bool at_top_fidelity(std::int64_t id) const;
    // How many times the rows of candidate `id`'s fold fits (a fold's training part times its fidelity) a refit on
    // all rows sees; the refit takes about that much longer (with a margin).
    double refit_row_scale(std::int64_t id) const;
    double expected_refit_s(std::int64_t id) const;
    // The refit the best candidate so far would need: the search leaves it that much of the budget.
    double refit_reserve_s() const;

    store::Store& m_store;
    Observer& m_observer;
    std::stop_token m_stop;

    RunSpec m_spec;
    store::RunRecord m_run;
    data::Table m_table;
    std::optional<data::Table> m_read_table; // the run's table read already: prepare() takes it instead of reading
    std::optional<data::Table> m_test;  // the test file, read and checked at the start of a new run
    TargetData m_target;
    std::vector<Fold> m_folds;
    bool m_pooled_score = false; // a fold lacks a class: candidates are scored on pooled rows (Evaluation)
    std::unique_ptr<Scorer> m_scorer;
    SearchContext m_ctx;
    std::unique_ptr<Strategy> m_strategy;

    std::vector<Trial> m_history;
    std::vector<CandidateResult> m_results;             // every candidate of the run, by id order
    std::map<std::int64_t, CandidateConfig> m_configs;  // searched candidates' configurations
    std::map<std::int64_t, PredictionBlock> m_oof;
    std::map<std::int64_t, PredictionBlock> m_oof_single;  // Evaluation::oof_single, this session's candidates
    std::map<std::int64_t, std::vector<std::uint8_t>> m_oof_mask;
    std::map<std::int64_t, std::vector<std::int64_t>> m_ensembles;  // ensemble id -> member ids
    std::map<std::int64_t, std::vector<double>> m_ensemble_weights;
    std::int64_t m_next_id = 1;
    std::optional<std::int64_t> m_best;

    clock_type::time_point m_start;
    double m_budget_s = 0;                   // this session's budget
    double m_elapsed_before = 0;             // earlier sessions (resume)
    bool m_cancelled = false;
    bool m_images = false;                   // the data is an image folder (pixels as features)
    nlohmann::json m_report = nlohmann::json::object();
    std::vector<Message> m_notes;            // prepare()'s log lines, not yet logged

    struct HeldCandidate {
        store::CandidateRecord record;
        std::vector<store::ArtifactRecord> artifacts;
    };
    std::vector<HeldCandidate> m_held; // finished candidates the locked store has not taken yet
    bool m_store_locked = false;       // the last write found the store locked by another process
    bool m_search_done = false;        // after the search, writes wait for a locked store
};

// Threads for one candidate's fit: every hardware thread the process may use (candidates run one at a time).
int fit_threads();

// Serialised out-of-fold predictions: u8 mask[rows] then float32 values[rows * width].
store::ArtifactRecord oof_artifact(const PredictionBlock& oof, const std::vector<std::uint8_t>& mask);
void read_oof_artifact(const store::ArtifactRecord& a, PredictionBlock& oof, std::vector<std::uint8_t>& mask);

}  // namespace tern::search
