// Saving a run to the store while another process may hold its write lock (a second run saving, a History delete,
// a database browser with a transaction open). During the search a candidate the locked store refuses is held in
// memory and saved with the next one, so the search neither stops nor waits; after the search, the ensemble, the
// refits and the run's own record need the store, and wait for it, up to a limit.
#include "engine/search/run_session.h"

#include "engine/core/error.h"

#include <fmt/format.h>

#include <algorithm>

namespace tern::search {

namespace {

using namespace std::chrono_literals;

// While it waits, a write is tried this often.
constexpr std::chrono::milliseconds wait_step = 250ms;
// How long the search waits to save a candidate before holding it: another writer's commit takes milliseconds, and
// every second waited comes off the search's budget.
constexpr std::chrono::milliseconds search_wait = 1000ms;
// How long the phases after the search wait for a locked store, in busy timeouts: a minute at the default.
constexpr int wait_in_busy_timeouts = 12;

// The store's busy timeout, lowered for a scope.
class BusyTimeoutAtMost {
public:
    BusyTimeoutAtMost(store::Store& store, std::chrono::milliseconds timeout)
        : m_store(store), m_usual(store.busy_timeout())
    {
        m_store.set_busy_timeout(std::min(timeout, m_usual));
    }
    ~BusyTimeoutAtMost() { m_store.set_busy_timeout(m_usual); }
    BusyTimeoutAtMost(const BusyTimeoutAtMost&) = delete;
    BusyTimeoutAtMost& operator=(const BusyTimeoutAtMost&) = delete;

private:
    store::Store& m_store;
    std::chrono::milliseconds m_usual;
};

}  // namespace

void RunSession::commit(CandidateResult& result, std::vector<store::ArtifactRecord> artifacts)
{
    result.details["run_elapsed_s"] = m_elapsed_before + elapsed();  // lets resume know the time already spent
    // Ids are the session's own (m_next_id), so a held candidate already has the id it will be saved under.
    m_held.push_back({result.to_record(m_run.id), std::move(artifacts)});
    m_results.push_back(result);
    if (m_search_done) {
        write_store([this] { save_held(); });
        return;
    }
    try {
        // Once the store has refused, a try does not wait: the next candidate tries again.
        const BusyTimeoutAtMost quick(m_store, m_store_locked ? 0ms : search_wait);
        save_held();
    } catch (const store::Locked&) {
        if (!m_store_locked)
            m_observer.log(Message(TERN_TEXT("EngineText", "the run store is locked by another process: finished "
                                                           "candidates are held in memory until it is free, and "
                                                           "the search goes on")));
        m_store_locked = true;
        return;
    }
    say_store_free();
}

void RunSession::update_details(const CandidateResult& result)
{
    auto record = result.to_record(m_run.id);
    write_store([&] { m_store.update_candidate_details(m_run.id, result.id, record.details); });
    for (auto& r : m_results)
        if (r.id == result.id)
            r = result;
    m_observer.candidate_updated(result);
}

void RunSession::save_held()
{
    while (!m_held.empty()) {
        m_store.add_candidate(m_held.front().record, m_held.front().artifacts);
        m_held.erase(m_held.begin());
    }
}

void RunSession::say_store_free()
{
    if (!m_store_locked)
        return;
    m_store_locked = false;
    m_observer.log(Message(TERN_TEXT("EngineText", "the run store is free again: the candidates held for it are "
                                                   "saved")));
}

void RunSession::write_store(const std::function<void()>& write)
{
    const double limit = store_wait_limit_s();
    const BusyTimeoutAtMost step(m_store, wait_step);
    const auto start = clock_type::now();
    for (bool waiting = false;; waiting = true) {
        try {
            write();
            break;
        } catch (const store::Locked&) {
            const double waited = std::chrono::duration<double>(clock_type::now() - start).count();
            // A cancel waits too: it keeps every finished candidate, which only the store can keep.
            if (waited >= limit)
                throw store::Locked(store_given_up(waited));
            if (!waiting && !m_store_locked)
                m_observer.log(Message(TERN_TEXT("EngineText", "waiting for the run store, locked by another "
                                                               "process")));
            m_store_locked = true;
        }
    }
    say_store_free();
}

double RunSession::store_wait_limit_s() const
{
    return wait_in_busy_timeouts * std::chrono::duration<double>(m_store.busy_timeout()).count();
}

std::string RunSession::store_given_up(double waited_s) const
{
    const std::string lost =
        m_held.empty() ? fmt::format("run {}'s results from here on are not saved", m_run.id)
                       : fmt::format("{} finished candidates of run {} are not saved", m_held.size(), m_run.id);
    return fmt::format("{}: the database stayed locked by another process for {:.0f} s; {}", m_store.path(),
                       waited_s, lost);
}

}  // namespace tern::search
