// The confusion-matrix model counts a known out-of-fold block right (most probable class per row, actual classes
// down, predicted across), normalises rows, skips labels outside the classes, stays empty for regression, passes
// QAbstractItemModelTester, and the heat map labels its cells from it.
#include "tests/ui/ui_test_support.h"
#include "ui/models/confusion_matrix_model.h"
#include "ui/plots/confusion_matrix_plot.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

// Three classes; truth and probabilities chosen so that every cell count is known by hand:
//   actual a: predicted a, a, b        actual b: predicted b, b, b, c        actual c: predicted a, c
search::StoredPredictions threeClassBlock()
{
    search::StoredPredictions p;
    p.task = Task::multiclass;
    p.class_names = {"a", "b", "c"};
    p.predictions.width = 3;
    const std::vector<std::pair<float, std::array<float, 3>>> rows = {
        {0, {0.8f, 0.1f, 0.1f}}, {0, {0.5f, 0.3f, 0.2f}}, {0, {0.2f, 0.7f, 0.1f}},
        {1, {0.1f, 0.6f, 0.3f}}, {1, {0.3f, 0.4f, 0.3f}}, {1, {0.0f, 1.0f, 0.0f}},
        {1, {0.1f, 0.2f, 0.7f}}, {2, {0.6f, 0.1f, 0.3f}}, {2, {0.2f, 0.2f, 0.6f}}};
    for (const auto& [truth, probabilities] : rows) {
        p.truth.push_back(truth);
        p.predictions.values.insert(p.predictions.values.end(), probabilities.begin(), probabilities.end());
    }
    return p;
}

} // namespace

class TestConfusionMatrixModel : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void countsFromKnownBlock()
    {
        ConfusionMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPredictions(threeClassBlock());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        const int expected[3][3] = {{2, 1, 0}, {0, 3, 1}, {1, 0, 1}};
        for (int a = 0; a < 3; ++a)
            for (int p = 0; p < 3; ++p) {
                QCOMPARE(model.count(a, p), expected[a][p]);
                QCOMPARE(model.data(model.index(a, p), ConfusionMatrixModel::CountRole).toInt(), expected[a][p]);
            }
        QCOMPARE(model.total(), 9);
        QCOMPARE(model.accuracy(), 6.0 / 9.0);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("predicted b"));
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("actual c"));
    }

    void rowsAreNormalised()
    {
        ConfusionMatrixModel model;
        model.setPredictions(threeClassBlock());
        QCOMPARE(model.rowFraction(0, 0), 2.0 / 3.0);
        QCOMPARE(model.rowFraction(1, 2), 0.25);
        QCOMPARE(model.data(model.index(2, 0), ConfusionMatrixModel::FractionRole).toDouble(), 0.5);
        for (int a = 0; a < 3; ++a) {
            double sum = 0;
            for (int p = 0; p < 3; ++p)
                sum += model.rowFraction(a, p);
            QVERIFY(qFuzzyCompare(sum, 1.0));
        }
    }

    void labelsOutsideTheClassesAreSkipped()
    {
        auto block = threeClassBlock();
        block.truth[0] = 7;             // not a class index
        block.truth[1] = std::nanf(""); // a missing label
        ConfusionMatrixModel model;
        model.setPredictions(block);
        QCOMPARE(model.total(), 7);
        QCOMPARE(model.count(0, 0), 0);
        QCOMPARE(model.count(0, 1), 1);
    }

    void binaryBlock()
    {
        search::StoredPredictions p;
        p.task = Task::binary;
        p.class_names = {"no", "yes"};
        p.predictions.width = 2;
        p.truth = {0, 0, 1, 1, 1};
        p.predictions.values = {0.9f, 0.1f, 0.4f, 0.6f, 0.3f, 0.7f, 0.8f, 0.2f, 0.1f, 0.9f};
        ConfusionMatrixModel model;
        model.setPredictions(p);
        QCOMPARE(model.count(0, 0), 1); // true negative
        QCOMPARE(model.count(0, 1), 1); // false positive
        QCOMPARE(model.count(1, 0), 1); // false negative
        QCOMPARE(model.count(1, 1), 2); // true positives
    }

    void regressionLeavesItEmpty()
    {
        search::StoredPredictions p;
        p.task = Task::regression;
        p.truth = {1, 2, 3};
        p.predictions.values = {1.1f, 2.2f, 2.9f};
        ConfusionMatrixModel model;
        model.setPredictions(threeClassBlock());
        model.setPredictions(p);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
        QCOMPARE(model.accuracy(), 0.0);
    }

    void heatMapLabelsCellsFromTheModel()
    {
        ConfusionMatrixModel model;
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        QVERIFY(!plot.message().isEmpty()); // nothing to draw yet
        model.setPredictions(threeClassBlock());
        QVERIFY(plot.message().isEmpty());
        QCOMPARE(plot.plottableCount(), 1);
        QCOMPARE(plot.itemCount(), 9); // one label per cell
        plot.setCellText(ConfusionMatrixPlot::CellText::Counts);
        QCOMPARE(plot.cellLabel(1, 1), QLocale().toString(3));
        plot.setCellText(ConfusionMatrixPlot::CellText::RowPercent);
        QCOMPARE(plot.cellLabel(1, 2), QLocale().toString(25.0, 'f', 0) + QStringLiteral(" %"));
        auto* map = qobject_cast<QCPColorMap*>(plot.plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->cell(1, 1), 0.75); // predicted b, actual b: colour by the row share
        model.clear();
        QVERIFY(!plot.message().isEmpty());
    }
};

QTEST_MAIN(TestConfusionMatrixModel)
#include "test_confusion_matrix_model.moc"
