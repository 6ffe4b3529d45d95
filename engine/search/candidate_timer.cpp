#include "engine/search/candidate_timer.h"

#include <chrono>

namespace tern::search {

CandidateTimer::CandidateTimer(std::stop_token run_stop, double limit_s)
{
    m_forward.emplace(std::move(run_stop), std::function<void()>([this] { m_source.request_stop(); }));
    if (limit_s <= 0)
        return;
    m_thread = std::thread([this, limit_s] {
        std::unique_lock lock(m_mutex);
        const auto limit = std::chrono::duration<double>(limit_s);
        if (!m_wake.wait_for(lock, limit, [this] { return m_done; })) {
            m_timed_out = true;
            m_source.request_stop();
        }
    });
}

CandidateTimer::~CandidateTimer()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_forward.reset();
}

}  // namespace tern::search
