// The Run page's Start on a table too small to validate: nothing starts and nothing is stored, and the reason
// appears under the buttons (how many rows there are, how many the folds need, what would work), as the engine's
// rule decides it (validation_rows.h); Folds set as suggested starts the run, and a change to the form clears the
// stale reason. A target of one class is refused there too, in the engine's words.
#include "engine/data/readers.h"
#include "tests/ui/ui_test_support.h"
#include "ui/engine_controller.h"
#include "ui/pages/run_page.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

class TestRunStartRefusal : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QVERIFY(m_dir.isValid());
    }

    void tooFewRowsShowTheReasonInsteadOfStarting()
    {
        EngineController engine;
        RunPage page(&engine);
        page.setDatabasePath(db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy started(&page, &RunPage::runStarted);
        QSignalSpy status(&page, &RunPage::statusMessage);
        load(page, "nine.csv", "x,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n");
        page.setTarget(QStringLiteral("label"));
        auto* reason = page.findChild<QLabel*>(QStringLiteral("startError"));
        QVERIFY(reason);
        QVERIFY(!reason->isVisible());

        QTest::mouseClick(startButton(page), Qt::LeftButton);
        const QString expected = QStringLiteral("Rows with a target: 9; cross-validation with 5 folds needs at least "
                                                "10, two to validate in each fold. Set Folds to 4, or add rows.");
        QCOMPARE(page.startError(), expected);
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), expected);
        QVERIFY(!page.isRunning());
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().toString(), expected);
        QVERIFY(!QFile::exists(db())); // no run, not even a store

        // Folds as suggested: the reason goes with the change, and Start starts.
        auto* folds = page.findChild<QSpinBox*>(QStringLiteral("folds"));
        QVERIFY(folds);
        folds->setValue(4);
        QVERIFY(page.startError().isEmpty());
        QVERIFY(!reason->isVisible());
        QCOMPARE(page.spec().folds, 4);
        page.setBudgetSeconds(5);
        page.setMaxCandidates(1);
        QSignalSpy ended(&page, &RunPage::runEnded);
        QTest::mouseClick(startButton(page), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(page.startError().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 120000);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("finished"));
        QCOMPARE(started.size(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("3 rows") << QByteArray("x,y\n1,1.5\n2,2.7\n3,3.1\n") << "y"
                                << "Rows with a target: 3; cross-validation with 5 folds needs at least 10, two to "
                                   "validate in each fold. Add rows to the table.";
        QTest::newRow("one class") << QByteArray("x,label\n1,p\n2,p\n3,p\n4,p\n5,p\n6,p\n7,p\n8,p\n9,p\n10,p\n")
                                   << "label" << "Cannot start: target 'label' has only one class";
        QTest::newRow("target missing in every row") << QByteArray("x,label\n1,\n2,\n3,\n") << "label"
                                                      << "Cannot start: target 'label' has no values (missing in "
                                                         "every row)";
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, target);
        QFETCH(QString, reason);
        EngineController engine;
        RunPage page(&engine);
        page.setDatabasePath(db(QStringLiteral("refused.db")));
        load(page, "small.csv", content);
        page.setTarget(target);
        page.startRun();
        QVERIFY(!page.isRunning());
        QCOMPARE(page.startError(), reason);
        QVERIFY(!QFile::exists(page.databasePath()));

        // A new table clears the reason.
        load(page, "other.csv", "x,y\n1,1\n");
        QVERIFY(page.startError().isEmpty());
    }

  private:
    QString db(const QString& name = QStringLiteral("started.db")) const { return m_dir.filePath(name); }

    void load(RunPage& page, const char* name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        page.setTable(path, std::make_shared<data::Table>(data::read_table(path.toStdString())));
    }

    static QPushButton* startButton(const RunPage& page)
    {
        for (auto* b : page.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Start"))
                return b;
        qFatal("no Start button");
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRunStartRefusal)
#include "test_run_start_refusal.moc"
