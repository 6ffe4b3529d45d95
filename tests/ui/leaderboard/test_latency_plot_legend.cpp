// The accuracy-vs-latency legend in the main window, at the narrow 900x640 and the usual 1280x800: with nine families,
// all three precision keys, the Pareto front and the latency budget it stays a short band below the axes (at most a
// quarter of the plot's height, none of it on the axes), every entry is laid out whole, and its text stays readable
// (8 pt where the width allows, never below 7 pt; which of the two fits at 900 px depends on the machine's fonts).
// At 900 px the band used to take two fifths of the plot.
#include "tests/ui/ui_test_support.h"
#include "ui/main_window.h"
#include "ui/plots/accuracy_latency_plot.h"

#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

void addBusyRun(AccuracyLatencyPlot* plot)
{
    const char* families[] = {"ensemble",    "extra_trees",   "knn", "linear", "mlp",
                              "naive_bayes", "random_forest", "svm", "xgboost"};
    qint64 id = 0;
    for (const char* family : families)
        for (const double latency : {0.4, 3.0, 25.0}) {
            search::CandidateResult r;
            r.id = ++id;
            r.family = family;
            r.status = "ok";
            r.score = 0.6 + 0.04 * double(id % 10);
            r.latency_us_p50 = latency;
            if (id == 1)
                r.details["variants"] =
                    nlohmann::json::array({{{"precision", "bf16"}, {"score", 0.61}, {"latency_us_p50", 0.3}},
                                           {{"precision", "int8"}, {"score", 0.6}, {"latency_us_p50", 0.25}},
                                           {{"precision", "ternary"}, {"score", 0.58}, {"latency_us_p50", 0.2}}});
            plot->addCandidate(r);
        }
    plot->setLatencyBudget(10);
}

} // namespace

class TestLatencyPlotLegend : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void legendIsAShortBandBelowTheAxes_data()
    {
        QTest::addColumn<QSize>("windowSize");
        QTest::addColumn<qreal>("minPoints"); // the legend's font, at most 8 pt
        QTest::newRow("900x640") << QSize(900, 640) << 7.0;
        QTest::newRow("1280x800") << QSize(1280, 800) << 8.0;
    }

    void legendIsAShortBandBelowTheAxes()
    {
        QFETCH(QSize, windowSize);
        QFETCH(qreal, minPoints);
        MainWindow window;
        window.resize(windowSize);
        window.setCurrentPage(MainWindow::Leaderboard);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* plot = window.page(MainWindow::Leaderboard)->findChild<AccuracyLatencyPlot*>();
        QVERIFY(plot && plot->isVisible());
        addBusyRun(plot);
        plot->replot();

        const QRect legend = plot->legendRect(), axes = plot->dataRect();
        const QString where = QStringLiteral("plot %1x%2, legend %3 px high at %4, axes %5..%6")
                                  .arg(plot->width())
                                  .arg(plot->height())
                                  .arg(legend.height())
                                  .arg(legend.top())
                                  .arg(axes.top())
                                  .arg(axes.bottom());
        QVERIFY2(!legend.isEmpty(), qPrintable(where));
        QVERIFY2(!legend.intersects(axes), qPrintable(where));
        QVERIFY2(legend.height() <= plot->height() / 4, qPrintable(where));
        QVERIFY2(axes.height() >= plot->height() / 2, qPrintable(where));
        QVERIFY2(legend.bottom() < plot->height() && legend.right() < plot->width(), qPrintable(where));

        // Nine families, bf16, int8 and ternary, the Pareto front and the budget: each within the band, none cut.
        int entries = 0;
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            QCPAbstractLegendItem* item = plot->legend->item(i);
            if (!item)
                continue; // the empty cells of a last row
            ++entries;
            QVERIFY2(legend.contains(item->outerRect()), qPrintable(QString::number(i)));
            QVERIFY(item->outerRect().width() >= item->minimumOuterSizeHint().width());
            QVERIFY2(item->font().pointSizeF() >= minPoints && item->font().pointSizeF() <= 8.0,
                     qPrintable(QString::number(item->font().pointSizeF())));
            QCOMPARE(item->font().pointSizeF(), plot->legend->item(0)->font().pointSizeF()); // one size for all
        }
        QCOMPARE(entries, 14);
        QVERIFY(plot->legend->columnCount() >= 3);
    }
};

QTEST_MAIN(TestLatencyPlotLegend)
#include "test_latency_plot_legend.moc"
