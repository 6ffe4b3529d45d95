// History's run list as a user works it: the start time reads in local time (the stored UTC time as the tooltip),
// "Open" is enabled only with a run selected, and Enter on the current row opens it like a double click.
#include "engine/store/store.h"
#include "tests/ui/ui_test_support.h"
#include "ui/models/display_units.h"
#include "ui/models/run_list_model.h"
#include "ui/pages/history_page.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

QPushButton* openButton(const HistoryPage& page)
{
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Open"))
            return b;
    qFatal("no Open button");
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
            store::RunRecord run;
            run.dataset_path = "/data/iris.csv";
            run.target = "species";
            run.task = "multiclass";
            run.metric = "balanced_accuracy";
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
        QTableView* view = nullptr;  // the runs' table (the OCR jobs' table is a QTableView too)
        for (auto* table : page.findChildren<QTableView*>())
            if (table->model() == page.model())
                view = table;
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
};

QTEST_MAIN(TestHistoryRuns)
#include "test_history_runs.moc"
