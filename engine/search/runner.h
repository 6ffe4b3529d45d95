// search::Runner: one AutoML run from a RunSpec to a finished leaderboard in the store — read the data, prepare the
// target and the folds, let the strategy propose candidates until the budget, the candidate limit or a stop request
// ends the search (each candidate committed as it finishes), build the Caruana ensemble, choose the best (within
// the latency budget), refit on all rows, score the test file, explain the best. resume() continues a stored run.
#pragma once

#include "engine/search/fitted.h"
#include "engine/search/observer.h"
#include "engine/search/run_spec.h"
#include "engine/store/store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <stop_token>
#include <string>

namespace tern::search {

struct RunOutcome {
    std::int64_t run_id = 0;
    std::string status;                  // finished | cancelled | failed
    int candidates = 0;                  // all candidates of the run, ensemble included
    int ok = 0;
    std::optional<std::int64_t> best_id;
    std::string error;                   // why a failed run has no model
};

struct RefitModels {
    std::map<std::int64_t, FittedCandidate> models; // by candidate id: the members refitted now
    std::string store_error;                        // why they could not be stored (a read-only or locked store)
    std::optional<data::Table> table;               // the run's data the refit read (checked unchanged), when read
};

class Runner {
public:
    explicit Runner(store::Store& store) : m_store(store) {}

    // Throws InputError for a bad spec or bad data (before any candidate runs); WorkError if every candidate
    // failed is NOT thrown: the outcome says "failed" and the caller decides.
    RunOutcome run(const RunSpec& spec, Observer& observer, std::stop_token stop = {});

    // Continues run `run_id` with `budget_s` seconds (default: what is left of its budget, at least 10 % of it),
    // skipping every candidate already done. `max_candidates` replaces the run's limit on searched candidates
    // (0: none), which a run started with --max-candidates otherwise keeps.
    RunOutcome resume(std::int64_t run_id, std::optional<double> budget_s, Observer& observer,
                      std::stop_token stop = {}, std::optional<int> max_candidates = std::nullopt);

    // Permutation importance of one candidate of a stored run (an ensemble too), stored in its details and
    // returned: [{"feature", "importance", "std"}], most important first. With `store_error`, a store that cannot
    // be written (read-only) keeps the result from being stored, not from being returned: the reason goes there.
    nlohmann::json explain(std::int64_t run_id, std::int64_t candidate_id, double max_seconds = 60,
                           std::stop_token stop = {}, std::string* store_error = nullptr);

    // Refits candidate `candidate_id` of a stored run (an ensemble: each member) on all its training rows, unless
    // it already was: the search refits only the chosen model (and, with a test file, what its time allows), the
    // others keep the model their last fold fitted. The models are returned by candidate id and stored as each
    // candidate's model when the store can be written (else `store_error` says why). InputError when the run's
    // data is gone or changed, or the candidate did not finish.
    RefitModels refit(std::int64_t run_id, std::int64_t candidate_id, std::stop_token stop = {});

private:
    store::Store& m_store;
};

}  // namespace tern::search
