// History's run list as a user works it: the start time reads in local time (the stored UTC time as the tooltip),
// "Open" is enabled only with a run selected, and Enter on the current row opens it like a double click; runs sort
// by score and filter by text, and a run is deleted with its candidates, never while it is still going. A failed
// run says why in the GUI's language.
#include "engine/core/error.h"
#include "engine/core/message_json.h"
#include "engine/store/store.h"
#include "tests/ui/ui_test_support.h"
#include "ui/models/display_units.h"
#include "ui/models/run_list_model.h"
#include "ui/pages/history_page.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

QPushButton* button(const HistoryPage& page, const QString& text)
{
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    qFatal("no %s button", qPrintable(text));
}

QPushButton* openButton(const HistoryPage& page) { return button(page, QStringLiteral("&Open")); }

// A run of `dataset` predicting iris species, not yet stored.
store::RunRecord speciesRun(const std::string& dataset)
{
    store::RunRecord run;
    run.dataset_path = dataset;
    run.target = "species";
    run.task = "multiclass";
    run.metric = "balanced_accuracy";
    return run;
}

// A run of `dataset` whose best candidate scores `score`; finished unless `running`.
qint64 addRun(store::Store& store, const std::string& dataset, double score, bool running = false)
{
    store::RunRecord run = speciesRun(dataset);
    run.budget_s = 30;
    const qint64 id = store.create_run(run);
    store::CandidateRecord candidate;
    candidate.run_id = id;
    candidate.family = "extra_trees";
    candidate.status = "ok";
    candidate.score = score;
    store.add_candidate(candidate);
    if (!running) {
        run.status = "finished";
        run.elapsed_s = 12.5;
        run.best_candidate = candidate.ordinal;
        store.update_run(run);
    }
    return id;
}

} // namespace

class TestHistoryRuns : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void startTimesReadInLocalTime()
    {
        const qint64 utc = QDateTime(QDate(2026, 3, 1), QTime(18, 5), QTimeZone::utc()).toMSecsSinceEpoch();
        const QString expected =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(utc).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(localTimeText("2026-03-01T18:05:00.000Z"), expected);
        QCOMPARE(localTimeText("2026-03-01T18:05:00"), expected); // the store's times are UTC, zone or not
        QCOMPARE(localTimeText("yesterday"), QStringLiteral("yesterday"));
    }

    void openFollowsTheSelectionAndEnterOpens()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tern.db"));
        qint64 runId = 0;
        {
            auto store = store::Store::open(db.toStdString());
            store::RunRecord run = speciesRun("/data/iris.csv");
            run.started_at = "2026-03-01T18:05:00.000Z";
            runId = store.create_run(run);
        }
        HistoryPage page;
        page.setDatabasePath(db);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, RunListModel::Started).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-03-01T18:05:00.000Z"));
        QCOMPARE(page.model()->index(0, RunListModel::Started).data().toString(),
                 localTimeText("2026-03-01T18:05:00.000Z"));

        QPushButton* open = openButton(page);
        QVERIFY(!open->isEnabled()); // nothing selected yet
        auto* view = page.findChild<QTableView*>(QStringLiteral("runsView"));
        QVERIFY(view);
        view->setFocus();
        view->selectRow(0);
        QVERIFY(open->isEnabled());

        QSignalSpy opened(&page, &HistoryPage::openRun);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(1).toLongLong(), runId);

        view->clearSelection();
        QVERIFY(!open->isEnabled());
    }

    // Why a run failed reads in the GUI's language, the library's words inside it as they are.
    void aFailedRunSaysWhyInTheGuisLanguage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tern.db"));
        {
            auto store = store::Store::open(db.toStdString());
            store::RunRecord run = speciesRun("/data/iris.csv");
            run.id = store.create_run(run);
            const Message why("every candidate failed: %1", Message::verbatim("XGBoost: bad_malloc"));
            run.status = "failed";
            run.error = why.text();
            run.report = {{"error_message", message_to_json(why)}};
            store.update_run(run);
        }
        RunListModel model;
        QVERIFY(model.reload(db).isEmpty());
        const test::ScopedLanguage german(QStringLiteral("de"));
        QCOMPARE(model.index(0, RunListModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("jeder Kandidat ist fehlgeschlagen: XGBoost: bad_malloc"));
    }

    void sortsFiltersAndDeletes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tern.db"));
        qint64 low = 0, high = 0, going = 0;
        {
            auto store = store::Store::open(db.toStdString());
            low = addRun(store, "/data/iris.csv", 0.91);
            high = addRun(store, "/data/penguins.csv", 0.99);
            going = addRun(store, "/data/iris.csv", 0.95, true); // this process owns it: "running"
        }
        HistoryPage page;
        page.setDatabasePath(db);
        page.resize(1100, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = page.findChild<QTableView*>(QStringLiteral("runsView"));
        QCOMPARE(view->model()->rowCount(), 3);
        const auto runAt = [view](int row) {
            return view->model()->index(row, RunListModel::Run).data().toLongLong();
        };
        QCOMPARE(runAt(0), going); // newest first
        QCOMPARE(page.model()->index(2, RunListModel::BestModel).data().toString(), QStringLiteral("#1 Extra trees"));
        QCOMPARE(page.model()->index(2, RunListModel::Elapsed).data().toString(), formatDuration(12.5));

        view->sortByColumn(RunListModel::BestScore, Qt::DescendingOrder);
        QCOMPARE(runAt(0), high);
        QCOMPARE(runAt(1), low);
        QCOMPARE(runAt(2), going); // no best yet: below every score

        auto* filter = page.findChild<QLineEdit*>(QStringLiteral("runFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("PENGUINS"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(runAt(0), high);
        filter->clear();

        QPushButton* erase = button(page, QStringLiteral("&Delete..."));
        view->selectRow(0); // the best, finished
        QVERIFY(erase->isEnabled());
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (runAt(row) == going)
                view->selectRow(row);
        QVERIFY(!erase->isEnabled()); // still going

        QVERIFY(!page.deleteRun(going, false).isEmpty());
        QSignalSpy deleted(&page, &HistoryPage::runDeleted);
        QCOMPARE(page.deleteRun(high, false), QString());
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(view->model()->rowCount(), 2);
        auto store = store::Store::open(db.toStdString(), store::OpenMode::read_only);
        QVERIFY_THROWS_EXCEPTION(InputError, (void)store.load_run(high));
        QCOMPARE(store.load_candidates(low).size(), size_t(1)); // the others keep theirs
        QVERIFY(!page.deleteRun(high, false).isEmpty()); // gone: a one-line error, nothing else happens
    }
};

QTEST_MAIN(TestHistoryRuns)
#include "test_history_runs.moc"
