// How long the GUI thread was kept from its event loop: the largest time between two ticks of a 10 ms timer, less
// the time the thread sat ready in the kernel's run queue waiting for a core (Linux's per-thread schedstat). That
// wait is the machine's load, not Tern's: on a loaded 2-core machine it alone made gaps of 100-500 ms. What is left
// is what a stall is, time the thread spent working or blocked outside its event loop. The GUI tests that run work
// beside the window assert on it (the window must never stall).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdint>
#include <fstream>

namespace tern::ui::test {

class GapMeter : public QObject {
  public:
    GapMeter()
    {
        m_clock.start();
        m_last_wait_ns = queue_wait_ns();
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const std::int64_t wait_ns = queue_wait_ns();
            const qint64 gap = now - m_last;
            m_largest_wall = std::max(m_largest_wall, gap);
            m_largest = std::max(m_largest, gap - static_cast<qint64>((wait_ns - m_last_wait_ns) / 1'000'000));
            m_last = now;
            m_last_wait_ns = wait_ns;
        });
        m_timer.start();
    }
    // Milliseconds, without the run-queue wait.
    qint64 largest() const { return m_largest; }
    // Milliseconds, as the clock on the wall saw it (for the failure message).
    qint64 largestWall() const { return m_largest_wall; }

  private:
    // Nanoseconds this thread has waited, runnable, for a core; 0 where the kernel does not say.
    static std::int64_t queue_wait_ns()
    {
        std::ifstream in("/proc/thread-self/schedstat");
        std::int64_t on_cpu = 0, waited = 0;
        return in >> on_cpu >> waited ? waited : 0;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
    qint64 m_largest_wall = 0;
    std::int64_t m_last_wait_ns = 0;
};

} // namespace tern::ui::test
