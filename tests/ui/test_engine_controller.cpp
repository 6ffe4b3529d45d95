// EngineController: jobs run off the GUI thread, one at a time and in order; results and signals arrive on the GUI
// thread; engine exceptions become jobFailed with one line, tern::Cancelled becomes jobCancelled; cancel() stops a
// running job through its stop_token; destroying the controller with a job running joins its thread.
#include "engine/core/error.h"
#include "engine/core/message.h"
#include "ui/engine_controller.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using tern::ui::EngineController;

namespace {
// Spins until asked to stop, as a long engine loop would (checks the token, reports progress).
void loopUntilStopped(const tern::JobControl& control)
{
    for (int i = 0; i < 100000; ++i) {
        if (control.stop_requested())
            throw tern::Cancelled();
        control.report(double(i % 100) / 100.0);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}
#ifdef Q_OS_LINUX
int currentNice()
{
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
}
#endif
} // namespace

class TestEngineController : public QObject {
    Q_OBJECT
  private slots:
    void runsOffTheGuiThreadAndDeliversOnIt()
    {
        EngineController engine;
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        QSignalSpy busy(&engine, &EngineController::busyChanged);
        std::atomic<QThread*> workerThread = nullptr;
        QThread* resultThread = nullptr;
        int result = 0;
        const auto id = engine.submitFor<int>(
            QStringLiteral("answer"),
            [&](const tern::JobControl&) {
                workerThread = QThread::currentThread();
                return 42;
            },
            [&](int&& value) {
                resultThread = QThread::currentThread();
                result = value;
            });
        QVERIFY(engine.isBusy());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toULongLong(), id);
        QCOMPARE(result, 42);
        QVERIFY(workerThread.load() != QThread::currentThread());
        QCOMPARE(resultThread, QThread::currentThread());
        QVERIFY(!engine.isBusy());
        QCOMPARE(busy.count(), 2); // true, then false
    }

    void runsJobsInOrderWithProgress()
    {
        EngineController engine;
        QSignalSpy progress(&engine, &EngineController::progressChanged);
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        std::vector<int> order;
        for (int i = 0; i < 3; ++i)
            engine.submit(
                QStringLiteral("job"), [](const tern::JobControl& c) { c.report(1.0); },
                [&order, i] { order.push_back(i); });
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(order, (std::vector<int>{0, 1, 2}));
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
    }

    void exceptionBecomesOneLineError()
    {
        EngineController engine;
        QSignalSpy failed(&engine, &EngineController::jobFailed);
        bool called = false;
        engine.submit(
            QStringLiteral("bad"),
            [](const tern::JobControl&) {
                throw tern::DataError("data.csv", 3, tern::Message::verbatim("expected 4 fields\ngot 5"));
            },
            [&called] { called = true; });
        QTRY_COMPARE(failed.count(), 1);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("data.csv:3:")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QVERIFY(!called); // no result callback for a failed job
    }

    void cancelStopsARunningJob()
    {
        EngineController engine;
        QSignalSpy started(&engine, &EngineController::jobStarted);
        QSignalSpy cancelled(&engine, &EngineController::jobCancelled);
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        engine.submit(QStringLiteral("long"), loopUntilStopped);
        QTRY_COMPARE(started.count(), 1);
        engine.cancel();
        QTRY_COMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count(), 0);
        // The thread is free again for the next job.
        engine.submit(QStringLiteral("next"), [](const tern::JobControl&) {});
        QTRY_COMPARE(finished.count(), 1);
    }

    void cancelOneJobKeepsTheOthers()
    {
        EngineController engine;
        QSignalSpy cancelled(&engine, &EngineController::jobCancelled);
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        const auto first = engine.submit(QStringLiteral("long"), loopUntilStopped);
        const auto second = engine.submit(QStringLiteral("short"), [](const tern::JobControl&) {});
        engine.cancel(first);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().first().toULongLong(), first);
        QCOMPARE(finished.first().first().toULongLong(), second);
    }

    void destructorJoinsARunningJob()
    {
        std::atomic<bool> ended = false;
        {
            EngineController engine;
            QSignalSpy started(&engine, &EngineController::jobStarted);
            engine.submit(QStringLiteral("long"), [&ended](const tern::JobControl& c) {
                try {
                    loopUntilStopped(c);
                } catch (...) {
                    ended = true;
                    throw;
                }
            });
            QTRY_COMPARE(started.count(), 1);
        } // requests stop, then waits for the thread
        QVERIFY(ended);
    }

    void separateControllersRunSideBySide()
    {
        // A job on a second controller (the inspector) finishes while the first one's long job is still running.
        EngineController engine;
        EngineController inspector(nullptr, QStringLiteral("TernInspector"));
        QSignalSpy started(&engine, &EngineController::jobStarted);
        QSignalSpy cancelled(&engine, &EngineController::jobCancelled);
        engine.submit(QStringLiteral("run"), loopUntilStopped);
        QTRY_COMPARE(started.count(), 1);
        QString threadName;
        bool done = false;
        inspector.submitFor<QString>(
            QStringLiteral("look"), [](const tern::JobControl&) { return QThread::currentThread()->objectName(); },
            [&](QString&& name) {
                threadName = name;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(engine.isBusy());
        QCOMPARE(threadName, QStringLiteral("TernInspector"));
        engine.cancel();
        QTRY_COMPARE(cancelled.count(), 1);
    }

#ifdef Q_OS_LINUX
    void backgroundControllerRunsAtLowerPriority()
    {
        // Nice is per thread on Linux: read it on each controller's thread.
        EngineController normal;
        EngineController background(nullptr, QStringLiteral("TernBackground"), EngineController::Priority::background);
        std::optional<int> low, usual;
        background.submitFor<int>(
            QStringLiteral("nice"), [](const tern::JobControl&) { return currentNice(); },
            [&low](int&& value) { low = value; });
        normal.submitFor<int>(
            QStringLiteral("nice"), [](const tern::JobControl&) { return currentNice(); },
            [&usual](int&& value) { usual = value; });
        QTRY_VERIFY(low && usual);
        QCOMPARE(*usual, currentNice()); // the GUI thread's
        QVERIFY2(*low >= std::min(*usual + 10, 19), qPrintable(QStringLiteral("%1 vs %2").arg(*low).arg(*usual)));
    }
#endif
};

QTEST_GUILESS_MAIN(TestEngineController)
#include "test_engine_controller.moc"
