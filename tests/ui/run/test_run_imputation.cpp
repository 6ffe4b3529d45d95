// The Run page's per-column imputation: the Imputation dialog lists the feature columns with missing cells (not
// the target, not complete columns), offers a category column only the strategies that keep it categorical, and
// the pins chosen reach the RunSpec for columns that still need them; a new file starts without pins.
#include "engine/data/readers.h"
#include "tests/ui/ui_test_support.h"
#include "ui/engine_controller.h"
#include "ui/pages/run_page.h"
#include "ui/run/imputation_dialog.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

class TestRunImputation : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QVERIFY(m_dir.isValid());
        QByteArray text = "size,colour,price,label\n";
        for (int i = 0; i < 40; ++i)
            text += (i % 5 == 0 ? QByteArray() : QByteArray::number(i)) + "," +
                    (i % 7 == 0 ? QByteArray() : QByteArray(i % 2 ? "red" : "blue")) + "," + QByteArray::number(i * 2) +
                    "," + (i == 3 ? QByteArray() : QByteArray(i % 3 ? "yes" : "no")) + "\n";
        write(QStringLiteral("gaps.csv"), text);
        write(QStringLiteral("full.csv"), "a,b,label\n1,2,yes\n3,4,no\n5,6,yes\n7,8,no\n");
    }

    void onlyFeaturesWithMissingCellsAreListed()
    {
        const data::Table table = read("gaps.csv");
        const auto columns = columnsToImpute(table, "label");
        QCOMPARE(columns.size(), std::size_t(2));
        QCOMPARE(table.column(columns[0]).name(), std::string("size"));
        QCOMPARE(table.column(columns[1]).name(), std::string("colour"));
        QCOMPARE(columnsToImpute(table, "size").size(), std::size_t(2)); // colour and label
        QCOMPARE(imputerChoices(data::ColumnType::categorical),
                 (std::vector<std::string>{"", "most_frequent", "constant"}));
        QVERIFY(imputerChoices(data::ColumnType::numeric).size() == 8);
    }

    void theDialogReturnsWhatWasChosen()
    {
        const data::Table table = read("gaps.csv");
        ImputationDialog dialog(table, "label", {{"colour", "constant"}});
        auto* grid = dialog.findChild<QTableWidget*>();
        QVERIFY(grid);
        QCOMPARE(grid->rowCount(), 2);
        auto* size = qobject_cast<QComboBox*>(grid->cellWidget(0, 3));
        auto* colour = qobject_cast<QComboBox*>(grid->cellWidget(1, 3));
        QCOMPARE(size->currentData().toString(), QString()); // searched
        QCOMPARE(colour->currentData().toString(), QStringLiteral("constant"));
        QCOMPARE(colour->count(), 3);
        size->setCurrentIndex(size->findData(QStringLiteral("knn")));
        QCOMPARE(dialog.pins(), (ImputerPins{{"size", "knn"}, {"colour", "constant"}}));
        colour->setCurrentIndex(0);
        QCOMPARE(dialog.pins(), (ImputerPins{{"size", "knn"}}));
    }

    void pinsReachTheRunSpec()
    {
        EngineController engine;
        RunPage page(&engine);
        page.setTable(path("gaps.csv"), std::make_shared<data::Table>(read("gaps.csv")));
        page.setTarget(QStringLiteral("label"));
        auto* button = page.findChild<QPushButton*>(QStringLiteral("imputation"));
        QVERIFY(button && button->isEnabled());
        QVERIFY(page.spec().imputer_pins.empty());
        QCOMPARE(page.imputationText(), QStringLiteral("Searched…"));

        // price has no missing cell and label is the target: their pins are not sent.
        page.setImputerPins({{"size", "iterative"}, {"price", "mean"}, {"label", "most_frequent"}});
        QCOMPARE(page.spec().imputer_pins, (nlohmann::json{{"size", "iterative"}}));
        QVERIFY(page.imputationText().contains(QStringLiteral("pinned")));
        const auto stored = search::RunSpec::from_json(page.spec().to_json());
        QCOMPARE(stored.imputer_pins, (nlohmann::json{{"size", "iterative"}}));

        // size as the target: rows without it are left out, not imputed; label, now a feature, takes its pin.
        page.setTarget(QStringLiteral("size"));
        QCOMPARE(page.spec().imputer_pins, (nlohmann::json{{"label", "most_frequent"}}));
        page.setTarget(QStringLiteral("label"));
        QCOMPARE(page.spec().imputer_pins, (nlohmann::json{{"size", "iterative"}}));

        // Another file: no pin carries over, and a table without missing values has nothing to choose.
        page.setTable(path("full.csv"), std::make_shared<data::Table>(read("full.csv")));
        QVERIFY(page.spec().imputer_pins.empty());
        QVERIFY(!button->isEnabled());
        QCOMPARE(page.imputationText(), QStringLiteral("No missing values"));
    }

  private:
    void write(const QString& name, const QByteArray& text)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    data::Table read(const QString& name) const { return data::read_table(path(name).toStdString()); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRunImputation)
#include "test_run_imputation.moc"
