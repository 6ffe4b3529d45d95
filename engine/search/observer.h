// How a running search reports to whoever watches it, without knowing who that is: tern-cli prints log lines (or
// nothing with --json), the GUI's engine controller turns each call into a queued Qt signal. Calls arrive on the
// search's thread, in order; an observer must return quickly.
#pragma once

#include "engine/core/message.h"
#include "engine/search/candidate.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tern::search {

struct CandidateStart {
    std::int64_t id = 0;
    std::string family;
    nlohmann::json params;
};

struct Progress {
    double elapsed_s = 0;
    double budget_s = 0;
    double eta_s = 0;                    // remaining wall-clock estimate
    int candidates_done = 0;
    int max_candidates = 0;              // 0 = unlimited
    std::optional<double> best_score;    // the run's metric, best so far
    std::optional<std::int64_t> best_id;
    std::string phase;                   // search | ensemble | refit | test | importance | done
};

class Observer {
public:
    virtual ~Observer() = default;
    virtual void run_started(std::int64_t /*run_id*/) {}
    virtual void candidate_started(const CandidateStart&) {}
    virtual void candidate_finished(const CandidateResult&) {}
    // A candidate already committed changed later (refit, test score, importance).
    virtual void candidate_updated(const CandidateResult&) {}
    virtual void progress(const Progress&) {}
    virtual void log(const Message& /*line*/) {}
};

class NullObserver final : public Observer {};

}  // namespace tern::search
