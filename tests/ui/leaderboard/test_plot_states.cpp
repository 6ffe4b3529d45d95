// The leaderboard's plots before and around a run: with nothing to draw they show a message in place of empty axes
// (wrapped to a narrow panel's width, not clipped at both ends), the accuracy-vs-latency plot keeps its full width
// without a legend to show, names the run's metric on its y axis, gives the latency budget line a legend entry, and
// a new run drops the last run's budget line.
#include "tests/ui/ui_test_support.h"
#include "ui/models/variant_table_model.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/plots/importance_plot.h"
#include "ui/plots/score_timeline_plot.h"
#include "ui/plots/variant_tradeoff_plot.h"

#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

search::CandidateResult candidate(qint64 id, const std::string& family, double score, double latency)
{
    search::CandidateResult r;
    r.id = id;
    r.family = family;
    r.score = score;
    r.latency_us_p50 = latency;
    r.details["run_elapsed_s"] = double(id);
    return r;
}

QStringList legendNames(const QCustomPlot& plot)
{
    QStringList names;
    for (int i = 0; i < plot.legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
            names << item->plottable()->name();
    return names;
}

} // namespace

class TestPlotStates : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void emptyLatencyPlotShowsAMessageAtFullWidth()
    {
        AccuracyLatencyPlot plot;
        plot.resize(480, 360);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        QVERIFY(!plot.message().isEmpty());
        QVERIFY(!plot.xAxis->visible());
        QVERIFY(!plot.legend->visible());

        plot.addCandidate(candidate(1, "linear", 0.8, 2.0));
        plot.replot();
        QVERIFY(plot.message().isEmpty());
        QVERIFY(plot.xAxis->visible());
        // An empty legend in the layout used to squeeze the axes to a sliver at the left.
        QVERIFY2(plot.dataRect().width() > plot.width() / 2,
                 qPrintable(QStringLiteral("axes %1 px of %2").arg(plot.dataRect().width()).arg(plot.width())));

        plot.clearCandidates();
        plot.replot();
        QVERIFY(!plot.message().isEmpty());
    }

    void messageWrapsToANarrowPlot()
    {
        ImportancePlot plot;
        plot.resize(170, 240);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const QString text = QStringLiteral("Select a candidate to see its feature importance.");
        plot.setImportance({}, text);
        QCOMPARE(plot.message(), text);
        const QStringList lines = plot.shownMessage().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.join(QLatin1Char(' ')), text);
        const QFontMetrics metrics(plot.font());
        for (const QString& line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= plot.width(), qPrintable(line));

        plot.resize(900, 240); // wider: one line again
        QTRY_COMPARE(plot.shownMessage(), text);
    }

    void axesNameTheMetricAndTheBudgetHasALegendEntry()
    {
        AccuracyLatencyPlot plot;
        plot.setMetricName(QStringLiteral("r2"));
        QVERIFY(plot.yAxis->label().contains(QStringLiteral("r2")));
        plot.addCandidate(candidate(1, "linear", 0.8, 2.0));
        plot.addCandidate(candidate(2, "knn", 0.9, 40.0));
        QVERIFY(!legendNames(plot).contains(QStringLiteral("Latency budget")));
        plot.setLatencyBudget(10);
        QVERIFY(legendNames(plot).contains(QStringLiteral("Latency budget")));
        QVERIFY(plot.xAxis->range().contains(10));

        ScoreTimelinePlot timeline;
        timeline.setMetricName(QStringLiteral("rmse"));
        QVERIFY(timeline.yAxis->label().contains(QStringLiteral("rmse")));
    }

    void newRunDropsTheLastBudgetLine()
    {
        AccuracyLatencyPlot plot;
        plot.setLatencyBudget(10);
        plot.addCandidate(candidate(1, "linear", 0.8, 2.0));
        QVERIFY(legendNames(plot).contains(QStringLiteral("Latency budget")));

        LeaderboardPage page; // startRun without a store: the plots start over with no budget and no metric
        page.plot()->setLatencyBudget(10);
        page.plot()->setMetricName(QStringLiteral("r2"));
        page.startRun(7);
        page.addCandidate(candidate(1, "linear", 0.8, 2.0));
        QVERIFY(!legendNames(*page.plot()).contains(QStringLiteral("Latency budget")));
        QVERIFY(!page.plot()->yAxis->label().contains(QStringLiteral("r2")));
    }

    void legendStaysInsideAfterShrinking()
    {
        QWidget window; // a child's resize is delivered at once, as in a splitter: no event loop to hide behind
        window.resize(1000, 500);
        AccuracyLatencyPlot plot(&window);
        plot.resize(900, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const char* families[] = {"ensemble", "extra_trees", "knn", "linear", "mlp", "naive_bayes", "random_forest"};
        qint64 id = 0;
        for (const char* family : families) {
            ++id; // its own statement: the arguments below are evaluated in no set order
            auto c = candidate(id, family, 0.7 + 0.01 * double(id), double(id));
            if (id == 4)
                c.details["variants"] = nlohmann::json::array(
                    {{{"precision", "bf16"}, {"score", 0.71}, {"latency_us_p50", 0.9}, {"size_bytes", 100}},
                     {{"precision", "int8"}, {"score", 0.71}, {"latency_us_p50", 0.8}, {"size_bytes", 100}},
                     {{"precision", "ternary"}, {"score", 0.69}, {"latency_us_p50", 0.7}, {"size_bytes", 50}}});
            plot.addCandidate(c);
        }
        plot.setLatencyBudget(3);
        plot.replot();
        plot.resize(330, 400); // no replot after: the one the resize itself makes must have the new columns
        QCOMPARE(plot.width(), 330);
        QVERIFY2(plot.legendRect().right() <= plot.width(),
                 qPrintable(QStringLiteral("legend to %1 of %2 px").arg(plot.legendRect().right()).arg(plot.width())));
        for (int i = 0; i < plot.legend->itemCount(); ++i)
            if (auto* item = plot.legend->item(i)) {
                const QString name = qobject_cast<QCPPlottableLegendItem*>(item)->plottable()->name();
                QVERIFY2(item->outerRect().right() <= plot.width(), qPrintable(name));
                // Narrower than its text: the next column's entry cuts it off.
                QVERIFY2(item->outerRect().width() >= item->minimumOuterSizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2 of %3 px")
                                        .arg(name)
                                        .arg(item->outerRect().width())
                                        .arg(item->minimumOuterSizeHint().width())));
            }
    }

    // An image model's pixels are a heat map on the image grid, with the pixel under the pointer as a tooltip; the
    // next table candidate's features are bars again.
    void pixelImportanceIsAHeatMap()
    {
        nlohmann::json pixels = nlohmann::json::array();
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 3; ++c)
                pixels.push_back({{"feature", "px_" + std::to_string(r) + "_" + std::to_string(c)},
                                  {"importance", r == 2 && c == 1 ? 0.3 : 0.0},
                                  {"std", 0.01}});
        ImportancePlot plot;
        plot.resize(400, 300);
        plot.setImportance(pixels, QString());
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        QVERIFY(plot.showsPixelMap());
        QVERIFY(plot.bars().empty());
        const QPoint hot(int(plot.xAxis->coordToPixel(1)), int(plot.yAxis->coordToPixel(2)));
        QVERIFY2(plot.toolTipAt(hot).startsWith(QStringLiteral("Pixel row 2, column 1: 0.3")),
                 qPrintable(plot.toolTipAt(hot)));

        plot.setImportance(nlohmann::json::parse(R"([{"feature": "age", "importance": 0.1, "std": 0.02}])"), QString());
        QVERIFY(!plot.showsPixelMap());
        QCOMPARE(int(plot.bars().size()), 1);
        QCOMPARE(plot.plotLayout()->elementCount(), 2); // the title and the axes: no colour scale left behind
        QVERIFY(!plot.xAxis->ticker().dynamicCast<QCPAxisTickerFixed>()); // nor whole-pixel ticks
    }

    // With nothing to draw the trade-off plot says so, without an empty legend frame in its corner.
    void anEmptyTradeoffPlotHasNoLegendFrame()
    {
        VariantTableModel model;
        VariantTradeoffPlot plot(&model);
        QVERIFY(!plot.message().isEmpty());
        QVERIFY(!plot.legend->visible());
    }

    // Shuffling one of hundreds of redundant pixels often changes nothing: a map of zeros and negative noise, whose
    // darkest cells read as the most important, is replaced by a sentence; with a drop somewhere the colours run
    // from no drop up, and a negative pixel is coloured as one that does not matter.
    void pixelsThatNeverLowerTheScoreAreSaidSo()
    {
        auto pixels_with = [](double hot) {
            nlohmann::json pixels = nlohmann::json::array();
            for (int r = 0; r < 4; ++r)
                for (int c = 0; c < 4; ++c)
                    pixels.push_back({{"feature", "px_" + std::to_string(r) + "_" + std::to_string(c)},
                                      {"importance", r == 1 && c == 1 ? hot : (r + c) % 3 == 0 ? -0.01 : 0.0},
                                      {"std", 0.01}});
            return pixels;
        };
        ImportancePlot plot;
        plot.resize(400, 300);
        plot.setImportance(pixels_with(-0.02), QString());
        QVERIFY(!plot.showsPixelMap());
        QVERIFY2(plot.message().contains(QStringLiteral("No single pixel lowers the score")),
                 qPrintable(plot.message()));

        plot.setImportance(pixels_with(0.2), QString());
        QVERIFY(plot.showsPixelMap());
        QVERIFY(plot.message().isEmpty());
        QCPColorMap* map = nullptr;
        for (int i = 0; i < plot.plottableCount(); ++i)
            map = map ? map : qobject_cast<QCPColorMap*>(plot.plottable(i));
        QVERIFY(map);
        QCOMPARE(map->dataRange().lower, 0.0);
        QCOMPARE(map->dataRange().upper, 0.2);
    }
};

QTEST_MAIN(TestPlotStates)
#include "test_plot_states.moc"
