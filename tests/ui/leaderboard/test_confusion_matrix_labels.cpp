// Long class names on the confusion-matrix heat map: a 40-letter name is elided with "…" on both axes (the names
// across rotated, as they no longer fit their columns upright), and hovering its tick label or a cell shows the full
// names, with the cell's count and share of its row; away from the names and cells there is no tooltip. Short names
// stand upright and whole; names that share their start stay told apart; the elision follows the plot's width; cell
// text shows only where the cells hold it.
#include "tests/ui/ui_test_support.h"
#include "ui/models/confusion_matrix_model.h"
#include "ui/plots/confusion_matrix_plot.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QtTest>
#include <cmath>
#include <numbers>

using namespace tern;
using namespace tern::ui;

namespace {

const QString kLongName = QStringLiteral("Pygoscelis papua, Biscoe island colony 3"); // 40 letters

// Class c has c + 2 rows; all but one of them predicted right, the first one as the next class. Class 1 is named
// `longName` unless that is empty.
search::StoredPredictions predictions(int classes, const QString& longName = kLongName)
{
    search::StoredPredictions p;
    p.task = Task::multiclass;
    for (int c = 0; c < classes; ++c)
        p.class_names.push_back(c == 1 && !longName.isEmpty() ? longName.toStdString() : "class " + std::to_string(c));
    p.predictions.width = static_cast<std::size_t>(classes);
    for (int c = 0; c < classes; ++c)
        for (int row = 0; row < c + 2; ++row) {
            p.truth.push_back(float(c));
            const int predicted = row == 0 ? (c + 1) % classes : c;
            for (int j = 0; j < classes; ++j)
                p.predictions.values.push_back(j == predicted ? 0.9f : 0.1f / float(classes - 1));
        }
    return p;
}

QString tickLabel(QCPAxis* axis, int c)
{
    return qSharedPointerCast<QCPAxisTickerText>(axis->ticker())->ticks().value(c);
}

} // namespace

class TestConfusionMatrixLabels : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void longNamesAreElidedAndShownOnHover_data()
    {
        QTest::addColumn<int>("classes");
        QTest::newRow("three classes") << 3;
        QTest::newRow("six classes") << 6;
    }

    void longNamesAreElidedAndShownOnHover()
    {
        QFETCH(int, classes);
        QCOMPARE(kLongName.size(), 40);
        ConfusionMatrixModel model;
        model.setPredictions(predictions(classes));
        QCOMPARE(model.classCount(), classes);
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        plot.resize(420, 320);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTRY_VERIFY(plot.xAxis->tickLabelRotation() < 0); // they do not fit their columns upright
        plot.replot();

        for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
            const QString label = tickLabel(axis, 1);
            QVERIFY2(label.endsWith(QChar(0x2026)) && label.size() < kLongName.size(), qPrintable(label));
            QVERIFY(kLongName.startsWith(label.chopped(1)));
            QCOMPARE(tickLabel(axis, 0), QStringLiteral("class 0")); // short names whole
        }

        const QRect cells = plot.axisRect()->rect();
        const int row1 = qRound(plot.yAxis->coordToPixel(1)), column1 = qRound(plot.xAxis->coordToPixel(1));
        // Down the left, on the elided name of class 1: its full name and its three rows.
        const QString down = plot.toolTipAt(QPoint(cells.left() - 12, row1));
        QVERIFY2(down.contains(kLongName) && down.contains(QStringLiteral("Rows: 3")), qPrintable(down));
        // Across the bottom, a little way along the name from its tick.
        const int top =
            cells.bottom() + plot.xAxis->offset() + plot.xAxis->tickLengthOut() + plot.xAxis->tickLabelPadding();
        const double angle = plot.xAxis->tickLabelRotation() * std::numbers::pi / 180; // up to the right
        const QPoint onName(qRound(column1 - 20 * std::cos(angle)), qRound(top + 5 - 20 * std::sin(angle)));
        const QString across = plot.toolTipAt(onName);
        QVERIFY2(across.contains(kLongName), qPrintable(across));
        QVERIFY2(across.contains(QStringLiteral("Rows predicted: %1").arg(model.count(0, 1) + model.count(1, 1))),
                 qPrintable(across));
        // A cell: both names, the count and the share of the actual class's rows (class 1: 2 of 3 right).
        const QString cell = plot.toolTipAt(QPoint(column1, row1));
        QVERIFY2(cell.contains(QStringLiteral("Actual: ") + kLongName), qPrintable(cell));
        QVERIFY2(cell.contains(QStringLiteral("Predicted: ") + kLongName), qPrintable(cell));
        QVERIFY2(cell.contains(QStringLiteral("Count: 2 of 3 (66.7 %)")), qPrintable(cell));
        const QString miss = plot.toolTipAt(QPoint(qRound(plot.xAxis->coordToPixel(0)), row1));
        QVERIFY2(miss.contains(QStringLiteral("Predicted: class 0")) &&
                     miss.contains(QStringLiteral("Count: 0 of 3 (0.0 %)")),
                 qPrintable(miss));
        // Nowhere near a name or a cell: the top-right corner, above the axes.
        QVERIFY(plot.toolTipAt(QPoint(plot.width() - 2, 1)).isEmpty());

        // The tooltip event Qt sends after a pause shows the same text.
        QHelpEvent help(QEvent::ToolTip, QPoint(cells.left() - 12, row1),
                        plot.mapToGlobal(QPoint(cells.left() - 12, row1)));
        QApplication::sendEvent(&plot, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), down);
        QToolTip::hideText();
    }

    // Cell text only where the cells hold it: 12 classes in a small plot drop the percentages, then the counts.
    void cellTextFitsItsCells()
    {
        ConfusionMatrixModel model;
        model.setPredictions(predictions(12, QString()));
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        const auto shown = [&plot] {
            QStringList texts;
            for (int i = 0; i < plot.itemCount(); ++i)
                if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text && text->visible())
                    texts << text->text();
            return texts;
        };
        plot.resize(1400, 1100);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        QCOMPARE(shown().size(), 144);
        QVERIFY(shown().first().contains(QLatin1Char('\n'))); // count and row share
        plot.resize(260, 220);
        QTest::qWait(50);
        plot.replot();
        QVERIFY2(shown().isEmpty(), qPrintable(shown().join(QLatin1Char('|'))));
    }

    void shortNamesStandUprightAndWhole()
    {
        ConfusionMatrixModel model;
        model.setPredictions(predictions(3, QString()));
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        plot.resize(420, 320);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTest::qWait(50); // a layout or two: the names stay upright
        plot.replot();
        QCOMPARE(plot.xAxis->tickLabelRotation(), 0.0);
        QCOMPARE(tickLabel(plot.xAxis, 1), QStringLiteral("class 1"));
        QCOMPARE(tickLabel(plot.yAxis, 1), QStringLiteral("class 1"));
        const QRect cells = plot.axisRect()->rect();
        const int below =
            cells.bottom() + plot.xAxis->offset() + plot.xAxis->tickLengthOut() + plot.xAxis->tickLabelPadding() + 5;
        const QString across = plot.toolTipAt(QPoint(qRound(plot.xAxis->coordToPixel(2)), below));
        QVERIFY2(across.contains(QStringLiteral("Predicted class: class 2")), qPrintable(across));
        // Under the names, on the axis title: nothing.
        QVERIFY(plot.toolTipAt(QPoint(qRound(plot.xAxis->coordToPixel(2)), plot.height() - 3)).isEmpty());
    }

    // A wider plot has room for more of the name: the elision follows the width, not a fixed count of letters.
    void elisionFollowsTheWidth()
    {
        ConfusionMatrixModel model;
        model.setPredictions(predictions(3));
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        plot.resize(360, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const QString narrow = tickLabel(plot.yAxis, 1);
        plot.resize(900, 500);
        QTRY_VERIFY(tickLabel(plot.yAxis, 1).size() > narrow.size());
    }

    // Two names alike in their first twenty letters: cut at the end they would read the same, so both keep their ends.
    void namesWithACommonStartStayApart()
    {
        search::StoredPredictions p = predictions(3);
        p.class_names[2] = "Pygoscelis papua, Biscoe island colony 7";
        ConfusionMatrixModel model;
        model.setPredictions(p);
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        plot.resize(360, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
            const QString one = tickLabel(axis, 1), two = tickLabel(axis, 2);
            QVERIFY2(one.contains(QChar(0x2026)) && one != two, qPrintable(one + QStringLiteral(" / ") + two));
            QVERIFY(one.endsWith(QLatin1Char('3')) && two.endsWith(QLatin1Char('7')));
        }
    }
};

QTEST_MAIN(TestConfusionMatrixLabels)
#include "test_confusion_matrix_labels.moc"
