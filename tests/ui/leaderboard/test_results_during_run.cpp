// The Leaderboard's results panel works while a run is still going: in the main window, with a real AutoML run on
// the bundled demo table (penguins) keeping the engine busy, selecting a finished candidate shows its confusion
// matrix (the counts of its stored out-of-fold predictions) well before the run ends, without stalling the event
// loop; its permutation importance can be started beside the run, stopped, and computed and stored beside it. When a
// short run ends without time for its best's importance, the window computes it then.
#include "engine/search/stored_predictions.h"
#include "engine/store/store.h"
#include "tests/ui/gap_meter.h"
#include "tests/ui/ui_test_support.h"
#include "ui/engine_controller.h"
#include "ui/main_window.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/confusion_matrix_model.h"
#include "ui/pages/candidate_results_panel.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/pages/run_page.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <algorithm>

using namespace tern;
using namespace tern::ui;
using tern::ui::test::GapMeter;

namespace {

QStringList headerOf(const QString& csv)
{
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
}

// Whether a job-ended spy (jobCancelled, jobFinished) saw the job.
bool endedIn(const QSignalSpy& spy, quint64 job)
{
    return std::any_of(spy.begin(), spy.end(),
                       [job](const QList<QVariant>& a) { return a.at(0).toULongLong() == job; });
}

} // namespace

class TestResultsDuringRun : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QVERIFY(m_dir.isValid());
        // The window's one store (RunPage::defaultDatabasePath) is read when the window is built.
        qputenv("TERN_DB", m_dir.filePath(QStringLiteral("tern.db")).toUtf8());
    }

    void confusionMatrixShowsBeforeTheRunEnds()
    {
        // The bundled demo table, copied from the resources (the user's demo copy may have been edited).
        const QString data = m_dir.filePath(QStringLiteral("penguins.csv"));
        QVERIFY(QFile::copy(QStringLiteral(":/demo/penguins.csv"), data));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* run = qobject_cast<RunPage*>(window.page(MainWindow::Run));
        auto* board = qobject_cast<LeaderboardPage*>(window.page(MainWindow::Leaderboard));
        QVERIFY(run && board);
        CandidateResultsPanel* panel = board->resultsPanel();
        QCOMPARE(run->databasePath(), m_dir.filePath(QStringLiteral("tern.db")));

        // Long enough that it cannot end while the test looks; the test cancels it at the end.
        run->setDataset(data, headerOf(data));
        run->setTarget(QStringLiteral("species"));
        run->setBudgetSeconds(300);
        QSignalSpy ended(run, &RunPage::runEnded);
        run->startRun();
        window.setCurrentPage(MainWindow::Leaderboard);
        QVERIFY(run->isRunning());

        const auto firstFinished = [board]() -> qint64 {
            for (int row = 0; row < board->model()->rowCount(); ++row) {
                const auto& c = board->model()->candidate(row);
                if (c.status == "ok" && c.family != "ensemble")
                    return c.id;
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstFinished() > 0 || !ended.isEmpty(), 180000);
        if (!ended.isEmpty()) // what the Run page's log says
            for (auto* log : run->findChildren<QPlainTextEdit*>())
                qWarning("%s", qPrintable(log->toPlainText()));
        QVERIFY2(ended.isEmpty(), qPrintable(QStringLiteral("the run ended (%1) before any candidate finished")
                                                 .arg(ended.value(0).value(1).toString())));
        const qint64 id = firstFinished();

        GapMeter gaps;
        QElapsedTimer shown;
        shown.start();
        board->selectCandidate(id);
        QCOMPARE(board->selectedCandidate(), id);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() || !ended.isEmpty(), 20000);
        const qint64 ms = shown.elapsed();
        QVERIFY2(ended.isEmpty(), "the predictions waited for the end of the run");
        QVERIFY2(window.engine()->isBusy(), "the run should still be going");
        QVERIFY2(panel->predictionsMessage().isEmpty(), qPrintable(panel->predictionsMessage()));
        qInfo("confusion matrix of candidate #%lld shown %lld ms after its selection, during the run", id, ms);
        // Shared 2-core machine with the run on both cores: generous, yet far below any run's length.
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));

        // The very counts of the stored out-of-fold predictions.
        const auto store = store::Store::open(run->databasePath().toStdString(), store::OpenMode::read_only);
        const auto target = search::load_run_target(store, run->currentRunId());
        const auto p = search::load_stored_predictions(store, run->currentRunId(), id, target);
        const auto* model = panel->confusionModel();
        const int classes = model->classCount();
        QCOMPARE(classes, 3); // Adelie, Chinstrap, Gentoo
        QCOMPARE(model->total(), int(p.truth.size()));
        std::vector<int> counts(std::size_t(classes * classes), 0);
        for (std::size_t i = 0; i < p.truth.size(); ++i) {
            const float* row = p.predictions.values.data() + i * std::size_t(classes);
            ++counts[std::size_t(p.truth[i]) * std::size_t(classes) +
                     std::size_t(std::max_element(row, row + classes) - row)];
        }
        for (int a = 0; a < classes; ++a)
            for (int q = 0; q < classes; ++q)
                QCOMPARE(model->count(a, q), counts[std::size_t(a * classes + q)]);

        // Importance starts beside the run on the background runner and stops on request. On penguins it takes
        // about as long as the test takes to see it start, so it may end before the request reaches it: either way
        // the panel lets go of it at once (the engine's test_importance stops one deterministically).
        QSignalSpy cancelled(window.background(), &EngineController::jobCancelled);
        QSignalSpy finished(window.background(), &EngineController::jobFinished);
        QSignalSpy started(window.background(), &EngineController::jobStarted);
        if (!board->model()->candidate(board->model()->rowOf(id)).details.contains("importance")) {
            panel->computeImportance();
            QVERIFY(panel->isComputingImportance());
            QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1, 5000);
            const quint64 job = started.at(0).at(0).toULongLong();
            const auto endedAs = [job](const QSignalSpy& spy) { return endedIn(spy, job); };
            QElapsedTimer stopping;
            stopping.start();
            panel->cancelImportance();
            QVERIFY(!panel->isComputingImportance());
            QTRY_VERIFY_WITH_TIMEOUT(endedAs(cancelled) || endedAs(finished), 30000);
            qInfo("the importance job %s %lld ms after the stop request",
                  endedAs(cancelled) ? "stopped" : "had finished", stopping.elapsed());
            QVERIFY(ended.isEmpty());

            // Computed to the end this time, beside the run, and stored while the run writes its candidates.
            QSignalSpy updated(panel, &CandidateResultsPanel::candidateUpdated);
            QElapsedTimer computing;
            computing.start();
            panel->computeImportance();
            QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() || !panel->isComputingImportance(), 180000);
            qInfo("the importance took %lld ms beside the run", computing.elapsed());
            QVERIFY2(!updated.isEmpty(), "the importance job ended without a result");
            QVERIFY(board->model()->candidate(board->model()->rowOf(id)).details.contains("importance"));
            const auto after = store::Store::open(run->databasePath().toStdString(), store::OpenMode::read_only);
            for (const auto& c : after.load_candidates(run->currentRunId()))
                if (c.ordinal == id)
                    QVERIFY(c.details.contains("importance"));
            QVERIFY2(ended.isEmpty(), "the run ended before the importance was computed");
        }
        // Leaving the run (the table starts another) lets go of an importance job still computing, which the
        // background runner then stops (or finishes, when it was that close).
        panel->computeImportance();
        QVERIFY(panel->isComputingImportance());
        board->startRun(run->currentRunId());
        QVERIFY(!panel->isComputingImportance());
        QTRY_VERIFY_WITH_TIMEOUT(!window.background()->isBusy(), 30000);

        qInfo("largest event-loop gap while inspecting: %lld ms (%lld ms on the wall)", gaps.largest(),
              gaps.largestWall());
        QVERIFY2(gaps.largest() < 200, qPrintable(QStringLiteral("largest event-loop gap %1 ms (%2 ms on the wall)")
                                                      .arg(gaps.largest())
                                                      .arg(gaps.largestWall())));

        run->cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
    }

    void endedRunsBestGetsItsImportance()
    {
        const QString data = m_dir.filePath(QStringLiteral("penguins-short.csv"));
        QVERIFY(QFile::copy(QStringLiteral(":/demo/penguins.csv"), data));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* run = qobject_cast<RunPage*>(window.page(MainWindow::Run));
        auto* board = qobject_cast<LeaderboardPage*>(window.page(MainWindow::Leaderboard));
        QVERIFY(run && board);
        run->setDataset(data, headerOf(data));
        run->setTarget(QStringLiteral("species"));
        run->setBudgetSeconds(3); // too short to leave the run time for the ensemble's importance
        QSignalSpy ended(run, &RunPage::runEnded);
        run->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
        const qint64 best = board->selectedCandidate();
        QVERIFY(best > 0);
        const auto hasImportance = [board, best] {
            return board->model()->candidate(board->model()->rowOf(best)).details.contains("importance");
        };
        qInfo("the run %s its best's importance", hasImportance() ? "computed" : "left the window to compute");
        QTRY_VERIFY_WITH_TIMEOUT(hasImportance(), 30000);
        QVERIFY(!board->resultsPanel()->isComputingImportance());
    }

  private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestResultsDuringRun)
#include "test_results_during_run.moc"
