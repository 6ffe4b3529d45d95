// The per-candidate time limit: a stop_token that trips when the candidate overruns its limit or when the run
// itself is asked to stop, so a family that honours FitContext::stop ends promptly either way.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace tern::search {

class CandidateTimer {
public:
    CandidateTimer(std::stop_token run_stop, double limit_s);
    ~CandidateTimer();
    CandidateTimer(const CandidateTimer&) = delete;
    CandidateTimer& operator=(const CandidateTimer&) = delete;

    std::stop_token token() const { return m_source.get_token(); }
    bool timed_out() const { return m_timed_out.load(); }

private:
    std::stop_source m_source;
    std::atomic<bool> m_timed_out{false};
    std::optional<std::stop_callback<std::function<void()>>> m_forward;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

}  // namespace tern::search
