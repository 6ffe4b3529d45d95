// The Run page's "Validation" choice: "Random folds", plus "Forward in time by <column>" for each column read as
// dates and no other; disabled (with a tooltip saying why) on a table without one; the choice reaches the RunSpec,
// and the History page lists how each stored run validated.
#include "engine/data/readers.h"
#include "engine/store/store.h"
#include "tests/ui/ui_test_support.h"
#include "ui/engine_controller.h"
#include "ui/models/run_list_model.h"
#include "ui/pages/run_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

class TestRunValidationChoice : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QVERIFY(m_dir.isValid());
        // Two date columns (ISO days and US date-times), a number, a category, and a column of dates with one
        // word among them, which is text and not dates.
        write(QStringLiteral("dated.csv"), "day,sold_at,amount,store,note,sales\n"
                                           "2024-01-01,01/03/2024 10:15 AM,12.5,north,2024-02-01,100\n"
                                           "2024-01-02,01/04/2024 11:20 PM,13.5,south,soon,110\n"
                                           "2024-01-03,01/05/2024 09:00 AM,11.0,north,2024-02-03,105\n");
        write(QStringLiteral("undated.csv"), "amount,store,sales\n12.5,north,100\n13.5,south,110\n11.0,north,105\n");
    }

    void onlyDateColumnsAreOffered()
    {
        EngineController engine;
        RunPage page(&engine);
        page.setTable(path("dated.csv"),
                      std::make_shared<data::Table>(data::read_table(path("dated.csv").toStdString())));
        auto* choice = page.findChild<QComboBox*>(QStringLiteral("validation"));
        QVERIFY(choice);
        QVERIFY(choice->isEnabled());
        QStringList offered;
        for (int i = 0; i < choice->count(); ++i)
            offered << choice->itemText(i);
        QCOMPARE(offered, (QStringList{QStringLiteral("Random folds"), QStringLiteral("Forward in time by day"),
                                       QStringLiteral("Forward in time by sold_at")}));
        QCOMPARE(choice->currentIndex(), 0);
        QVERIFY(page.spec().time_column.empty()); // random folds unless chosen

        choice->setCurrentIndex(2);
        QCOMPARE(page.spec().time_column, std::string("sold_at"));
        const auto stored = search::RunSpec::from_json(page.spec().to_json()); // as the store keeps it
        QCOMPARE(stored.time_column, std::string("sold_at"));

        // Another table without that column falls back to random folds and disables the choice.
        page.setTable(path("undated.csv"),
                      std::make_shared<data::Table>(data::read_table(path("undated.csv").toStdString())));
        QCOMPARE(choice->count(), 1);
        QVERIFY(!choice->isEnabled());
        QVERIFY(choice->toolTip().contains(QStringLiteral("date column")));
        QVERIFY(page.spec().time_column.empty());
    }

    void historyListsHowEachRunValidated()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.db"));
        {
            auto store = store::Store::open(db.toStdString());
            for (const char* column : {"", "day"}) {
                search::RunSpec spec;
                spec.data_path = path("dated.csv").toStdString();
                spec.target = "sales";
                spec.time_column = column;
                store::RunRecord run;
                run.dataset_path = spec.data_path;
                run.target = spec.target;
                run.task = "regression";
                run.metric = "r2";
                run.spec = spec.to_json();
                run.status = "finished";
                store.create_run(run);
            }
        }
        RunListModel model;
        QAbstractItemModelTester tester(&model);
        QVERIFY(model.reload(db).isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.data(model.index(row, RunListModel::Validation)).toString();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("Forward in time by day"), QStringLiteral("Random folds")}));
        QCOMPARE(model.headerData(RunListModel::Validation, Qt::Horizontal).toString(), QStringLiteral("Validation"));
    }

  private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& text)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRunValidationChoice)
#include "test_run_validation_choice.moc"
