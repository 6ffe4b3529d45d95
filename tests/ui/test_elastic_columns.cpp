// Columns as wide as their contents while they fit; in a narrow table the long-text columns give up width in their
// order (down to a floor, elided), so that the short key columns stay in view; a wide one gives its spare room to
// one column.
#include "ui/widgets/elastic_columns.h"
#include "ui_test_support.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace tern;

class TestElasticColumns : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void longTextsGiveWayToTheKeyColumns()
    {
        QStandardItemModel model(3, 4);
        for (int r = 0; r < 3; ++r) {
            model.setItem(r, 0, new QStandardItem(QString::number(r + 1)));
            model.setItem(r, 1, new QStandardItem(QStringLiteral("fashion_mnist_train_sample_of_the_spring_range")));
            model.setItem(r, 2, new QStandardItem(QStringLiteral("Forward in time by order_date, five folds")));
            model.setItem(r, 3, new QStandardItem(QStringLiteral("#14 ensemble")));
        }
        QTableView view;
        view.setModel(&model);
        new ui::ElasticColumns(&view, 1, {2, 1});
        auto* header = view.horizontalHeader();

        view.resize(1400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(header->length(), view.viewport()->width()); // the dataset column takes the spare room
        const int keyWidth = header->sectionSize(3);
        const int validationWidth = header->sectionSize(2);

        view.resize(420, 300);
        QTRY_VERIFY(header->length() <= view.viewport()->width());
        QCOMPARE(header->sectionSize(3), keyWidth); // the chosen model keeps its width
        QVERIFY(header->sectionSize(2) < validationWidth);
        QCOMPARE(header->sectionSize(2), 70); // the validation column gives way first, down to its floor
        QVERIFY(header->sectionSize(1) > 70);
    }
};

QTEST_MAIN(TestElasticColumns)
#include "test_elastic_columns.moc"
