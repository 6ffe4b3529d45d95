// run_in_child_process: the child's bytes come back whole (beyond a pipe's buffer), its exception as a WorkError
// with its words, its death as a WorkError naming the signal; a stop request kills it at once; without a possible
// stop request the work runs in this process.
#include "engine/core/child_process.h"
#include "engine/core/error.h"

#include <QtTest>

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

using namespace tern;

namespace {

std::stop_source running_source;  // a source nobody stops: the work may be stopped, so it runs in a child

} // namespace

class TestChildProcess : public QObject {
    Q_OBJECT
private slots:
    void theChildsBytesComeBackWhole()
    {
        const std::string out = run_in_child_process(
            [] {
                std::string s(3 << 20, '\0');  // larger than any pipe buffer
                for (std::size_t i = 0; i < s.size(); ++i)
                    s[i] = static_cast<char>(i * 7);
                return s;
            },
            running_source.get_token());
        QCOMPARE(out.size(), std::size_t{3 << 20});
        for (std::size_t i = 0; i < out.size(); i += 4099)
            QCOMPARE(out[i], static_cast<char>(i * 7));
        QCOMPARE(child_processes_running(), 0);
    }

    void theWorkRunsInTheChildNotHere()
    {
        int touched = 0;
        run_in_child_process([&] { touched = 1; return std::string("x"); }, running_source.get_token());
        QCOMPARE(touched, 0);
        run_in_child_process([&] { touched = 1; return std::string("x"); }, std::stop_token());
        QCOMPARE(touched, 1);  // nothing could stop it: it ran here
    }

    void whatTheChildThrowsComesBackAsWords()
    {
        try {
            run_in_child_process([]() -> std::string { throw std::runtime_error("no convergence"); },
                                 running_source.get_token());
            QFAIL("no exception");
        } catch (const WorkError& e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("no convergence"));
        }
    }

    void aChildThatDiesIsNamedByItsSignal()
    {
        try {
            run_in_child_process([]() -> std::string { std::raise(SIGKILL); return {}; }, running_source.get_token());
            QFAIL("no exception");
        } catch (const WorkError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("signal 9")), e.what());
        }
        QCOMPARE(child_processes_running(), 0);
    }

    void aStopKillsTheChildAtOnce()
    {
        std::stop_source source;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            source.request_stop();
        });
        const auto start = std::chrono::steady_clock::now();
        bool cancelled = false;
        try {
            run_in_child_process(
                [] {
                    for (;;)  // never ends by itself
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    return std::string();
                },
                source.get_token());
        } catch (const Cancelled&) {
            cancelled = true;
        }
        stopper.join();
        const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QVERIFY(cancelled);
        QVERIFY2(waited < 1.3, qPrintable(QString::number(waited)));
        QCOMPARE(child_processes_running(), 0);

        std::stop_source stopped;
        stopped.request_stop();
        QVERIFY_THROWS_EXCEPTION(Cancelled, run_in_child_process([] { return std::string(); }, stopped.get_token()));
    }
};

QTEST_GUILESS_MAIN(TestChildProcess)
#include "test_child_process.moc"
