// The meter the responsiveness tests rely on: a GUI thread that works or sleeps outside its event loop for 150 ms
// reads as a gap of about 150 ms, so "largest() < 50" can fail; a free-running loop reads small gaps.
#include "tests/ui/gap_meter.h"

#include <QtTest>

#include <QThread>

#include <ctime>

using tern::ui::test::GapMeter;

class TestGapMeter : public QObject {
    Q_OBJECT
private slots:
    void aBusyGuiThreadReadsAsAGap()
    {
        GapMeter gaps;
        QTest::qWait(50);
        // 150 ms of this thread's own CPU time, however long a loaded machine stretches it on the wall.
        const auto cpu_ms = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
        };
        const double start = cpu_ms();
        volatile double sink = 0;
        while (cpu_ms() - start < 150)
            sink = sink + 1.0;
        QTest::qWait(50);
        QVERIFY2(gaps.largest() >= 120, qPrintable(QString::number(gaps.largest())));
    }
    void aBlockedGuiThreadReadsAsAGap()
    {
        GapMeter gaps;
        QTest::qWait(50);
        QThread::msleep(150);
        QTest::qWait(50);
        QVERIFY2(gaps.largest() >= 120, qPrintable(QString::number(gaps.largest())));
    }
    void aFreeLoopReadsSmallGaps()
    {
        GapMeter gaps;
        QTest::qWait(300);
        QVERIFY2(gaps.largest() < 50, qPrintable(QStringLiteral("%1 ms (%2 on the wall)")
                                                     .arg(gaps.largest())
                                                     .arg(gaps.largestWall())));
    }
};

QTEST_MAIN(TestGapMeter)
#include "test_gap_meter.moc"
