// How long the GUI thread was kept from its event loop: the largest time between two ticks of a 10 ms timer.
// The GUI tests that run work beside the window assert on it (the window must never stall).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace tern::ui::test {

class GapMeter : public QObject {
  public:
    GapMeter()
    {
        m_clock.start();
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_largest = std::max(m_largest, now - m_last);
            m_last = now;
        });
        m_timer.start();
    }
    qint64 largest() const { return m_largest; }

  private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
};

} // namespace tern::ui::test
