// TableModel: passes QAbstractItemModelTester, shows cells as the table displays them (missing = empty), marks the
// target in the header, and serves a million-row table without copying it.
#include "engine/data/readers.h"
#include "engine/data/table.h"
#include "ui/models/table_model.h"
#include "ui_test_support.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace tern;

class TestTableModel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void passesModelTester()
    {
        ui::TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto table = std::make_shared<data::Table>(data::read_table(ui::test::dataPath("penguins.csv").toStdString()));
        model.setTable(table);
        QCOMPARE(model.rowCount(), 344);
        QCOMPARE(model.columnCount(), 7);
        model.setTable(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsCellsAndMissing()
    {
        ui::TableModel model;
        auto table = std::make_shared<data::Table>(
            std::vector<data::Column>{data::Column::numeric("x", {1.5f, std::nanf("")}),
                                      data::Column::categorical("c", {1, data::Column::missing_code}, {"a", "b"})});
        model.setTable(table);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QString::fromStdString(table->column(0).display(0)));
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("b"));
        QVERIFY(!model.data(model.index(1, 0)).isValid()); // missing shows empty
        QVERIFY(!model.data(model.index(1, 1)).isValid());
        QVERIFY(model.data(model.index(1, 0), Qt::BackgroundRole).isValid()); // and tinted
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2);

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        table->set_target("c");
        model.refreshHeaders();
        QCOMPARE(headers.count(), 1);
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("c ")));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    }

    void millionRowsScroll()
    {
        constexpr std::size_t rows = 1'000'000;
        std::vector<double> a(rows), b(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            a[i] = float(i);
            b[i] = float(i % 97) * 0.5f;
        }
        auto table = std::make_shared<data::Table>(std::vector<data::Column>{data::Column::numeric("a", std::move(a)),
                                                                             data::Column::numeric("b", std::move(b))});
        ui::TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QElapsedTimer timer;
        timer.start();
        model.setTable(table);
        QCOMPARE(model.rowCount(), int(rows));
        // Jump through the table as a user dragging the scroll bar would; every step repaints the visible rows.
        QScrollBar* bar = view.verticalScrollBar();
        for (int step = 0; step <= 20; ++step) {
            bar->setValue(bar->maximum() * step / 20);
            view.viewport()->repaint();
        }
        const qint64 ms = timer.elapsed();
        qInfo("1,000,000 rows: set + 21 scroll repaints in %lld ms", ms);
        QCOMPARE(model.data(model.index(int(rows) - 1, 0)).toString(),
                 QString::fromStdString(table->column(0).display(rows - 1)));
        QVERIFY2(ms < 5000, "scrolling a million rows must not touch every row");
    }
};

QTEST_MAIN(TestTableModel)
#include "test_table_model.moc"
