// The leaderboard's plots: importance bars come sorted (most important first, malformed entries dropped, capped),
// the best-so-far line of the timeline never gets worse and the Pareto front runs through the best scores (for
// metrics to maximise and to minimise), and selection works both ways: a selected row rings its point on the
// accuracy-vs-latency plot and the timeline, a clicked point selects its row.
#include "tests/ui/ui_test_support.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/feature_importance.h"
#include "ui/models/run_metric.h"
#include "ui/models/score_timeline.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/plots/importance_plot.h"
#include "ui/plots/point_marker.h"
#include "ui/plots/residual_plot.h"
#include "ui/plots/score_timeline_plot.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

search::CandidateResult candidate(qint64 id, const std::string& family, double score, double latency, double seconds)
{
    search::CandidateResult r;
    r.id = id;
    r.family = family;
    r.score = score;
    r.score_std = 0.01;
    r.latency_us_p50 = latency;
    r.details["run_elapsed_s"] = seconds;
    return r;
}

} // namespace

class TestLeaderboardPlots : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void importanceBarsAreSorted()
    {
        const auto json = nlohmann::json::parse(R"([
            {"feature": "b", "importance": 0.02, "std": 0.01},
            {"feature": "a", "importance": 0.30, "std": 0.05},
            {"feature": "noise", "importance": -0.01, "std": 0.02},
            {"importance": 0.9},
            {"feature": "nan", "importance": null},
            {"feature": "c", "importance": 0.10}])");
        const auto bars = importanceBars(json);
        QCOMPARE(bars.size(), std::size_t(4));
        QCOMPARE(bars[0].feature, QStringLiteral("a"));
        QCOMPARE(bars[1].feature, QStringLiteral("c"));
        QCOMPARE(bars[2].feature, QStringLiteral("b"));
        QCOMPARE(bars[3].feature, QStringLiteral("noise"));
        QCOMPARE(bars[0].std, 0.05);
        QCOMPARE(bars[1].std, 0.0); // no spread stored
        QCOMPARE(importanceBars(json, 2).size(), std::size_t(2));
        QVERIFY(importanceBars(nlohmann::json::object()).empty());
    }

    void importancePlotDrawsTheTopBars()
    {
        nlohmann::json many = nlohmann::json::array();
        for (int i = 0; i < ImportancePlot::kMaxBars + 5; ++i)
            many.push_back({{"feature", "f" + std::to_string(i)}, {"importance", i * 0.01}, {"std", 0.001}});
        ImportancePlot plot;
        plot.setImportance(many, QStringLiteral("none"));
        QCOMPARE(int(plot.bars().size()), ImportancePlot::kMaxBars);
        QCOMPARE(plot.bars().front().feature, QStringLiteral("f%1").arg(ImportancePlot::kMaxBars + 4));
        for (std::size_t i = 1; i < plot.bars().size(); ++i)
            QVERIFY(plot.bars()[i - 1].importance >= plot.bars()[i].importance);
        auto* bars = qobject_cast<QCPBars*>(plot.plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), ImportancePlot::kMaxBars);
        QVERIFY(plot.message().isEmpty());
        plot.setImportance(nlohmann::json::array(), QStringLiteral("none"));
        QCOMPARE(plot.message(), QStringLiteral("none"));
        QCOMPARE(plot.plottableCount(), 0);
    }

    void bestSoFarIsMonotone_data()
    {
        QTest::addColumn<bool>("maximize");
        QTest::newRow("accuracy-like") << true;
        QTest::newRow("rmse-like") << false;
    }

    void bestSoFarIsMonotone()
    {
        QFETCH(bool, maximize);
        std::vector<search::CandidateResult> rows;
        const double scores[] = {0.5, 0.7, 0.6, 0.9, 0.2, 0.8, 0.95, 0.1};
        for (int i = 0; i < 8; ++i) // finishing order differs from the id order for two candidates
            rows.push_back(candidate(i + 1, "linear", scores[i], 1, i == 2 ? 9.5 : i == 5 ? 0.5 : i));
        rows.push_back(candidate(9, "svm", 0.99, 1, 3));
        rows.back().status = "failed"; // no score counts from a failed candidate
        ScoreTimelinePlot plot;
        plot.setMaximize(maximize);
        for (const auto& r : rows)
            plot.addCandidate(r);
        const auto& t = plot.timeline();
        QCOMPARE(t.points.size(), std::size_t(8));
        QCOMPARE(t.bestScores.size(), t.points.size());
        for (std::size_t i = 1; i < t.points.size(); ++i) {
            QVERIFY(t.points[i - 1].seconds <= t.points[i].seconds);
            QVERIFY(maximize ? t.bestScores[i] >= t.bestScores[i - 1] : t.bestScores[i] <= t.bestScores[i - 1]);
            QVERIFY(maximize ? t.bestScores[i] >= t.points[i].score : t.bestScores[i] <= t.points[i].score);
        }
        QCOMPARE(t.points[1].id, qint64(6)); // it finished before the ones with lower ids
        QCOMPARE(t.bestScores.back(), maximize ? 0.95 : 0.1);
        QCOMPARE(plot.graphCount(), 2); // the step line, then the dots on top of it (they take the clicks)
        QCOMPARE(plot.graph(0)->lineStyle(), QCPGraph::lsStepLeft);
    }

    void metricDirectionComesFromTheRun()
    {
        store::RunRecord run;
        run.task = "regression";
        run.metric = "rmse";
        QVERIFY(!metricMaximizes(run));
        run.metric = "r2";
        QVERIFY(metricMaximizes(run));
        run.metric = "custom";
        run.metric_expr = "mae";
        run.spec = {{"metric_direction", "min"}};
        QVERIFY(!metricMaximizes(run));
    }

    void paretoFrontFollowsTheMetricDirection()
    {
        AccuracyLatencyPlot plot;
        plot.addCandidate(candidate(1, "linear", 0.5, 1.0, 1.0));
        plot.addCandidate(candidate(2, "knn", 0.3, 2.0, 2.0));
        plot.addCandidate(candidate(3, "svm", 0.7, 3.0, 3.0));
        plot.addCandidate(candidate(4, "mlp", 0.2, 4.0, 4.0));
        const auto front = [&plot] {
            std::vector<std::pair<double, double>> points;
            for (int i = 0; i < plot.graphCount(); ++i)
                if (plot.graph(i)->name() == QStringLiteral("Pareto front"))
                    for (auto it = plot.graph(i)->data()->constBegin(); it != plot.graph(i)->data()->constEnd(); ++it)
                        points.emplace_back(it->key, it->value);
            return points;
        };
        using Front = std::vector<std::pair<double, double>>;
        QCOMPARE(front(), (Front{{1.0, 0.5}, {3.0, 0.7}}));
        // RMSE or a cost: the front runs through the lowest scores.
        plot.setMaximize(false);
        QCOMPARE(front(), (Front{{1.0, 0.5}, {2.0, 0.3}, {4.0, 0.2}}));
    }

    void selectedRowRingsItsPoint()
    {
        LeaderboardPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startRun(1);
        page.addCandidate(candidate(1, "linear", 0.80, 2.0, 1.0));
        page.addCandidate(candidate(2, "knn", 0.90, 40.0, 2.0));
        page.addCandidate(candidate(3, "xgboost", 0.85, 15.0, 3.0));
        QSignalSpy selected(&page, &LeaderboardPage::candidateSelected);

        page.view()->setCurrentIndex(page.proxy()->mapFromSource(page.model()->index(1, 0)));
        QCOMPARE(page.selectedCandidate(), qint64(2));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(page.plotMarker()->point(), std::optional<QPointF>(QPointF(40.0, 0.90)));
        QCOMPARE(page.timelineMarker()->point(), std::optional<QPointF>(QPointF(2.0, 0.90)));
        page.plot()->replot();
        QVERIFY(page.plotMarker()->isDrawn());

        // A new candidate rebuilds the plot (clearing its items): the ring comes back at the same place.
        page.addCandidate(candidate(4, "svm", 0.70, 5.0, 4.0));
        page.plot()->replot();
        QVERIFY(page.plotMarker()->isDrawn());
        QCOMPARE(page.plotMarker()->point(), std::optional<QPointF>(QPointF(40.0, 0.90)));

        // A candidate without a latency (failed) has no point: no ring.
        auto failed = candidate(5, "mlp", 0, 0, 5.0);
        failed.status = "failed";
        failed.score.reset();
        failed.latency_us_p50.reset();
        failed.error = Message::verbatim("out of memory");
        page.addCandidate(failed);
        page.selectCandidate(5);
        QCOMPARE(page.selectedCandidate(), qint64(5));
        QVERIFY(!page.plotMarker()->point());
        page.plot()->replot();
        QVERIFY(!page.plotMarker()->isDrawn());
    }

    // A precision variant's row rings the variant's own point, not its candidate's.
    void selectedVariantRingsItsOwnPoint()
    {
        LeaderboardPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startRun(1);
        auto mlp = candidate(1, "mlp", 0.88, 10.0, 1.0);
        mlp.details["variants"] =
            nlohmann::json::array({{{"precision", "int8"}, {"score", 0.87}, {"latency_us_p50", 3.0}}});
        page.addCandidate(mlp);
        const QModelIndex parent = page.model()->index(0, 0);
        QCOMPARE(page.model()->rowCount(parent), 1);
        page.view()->setCurrentIndex(page.proxy()->mapFromSource(page.model()->index(0, 0, parent)));
        QCOMPARE(page.selectedCandidate(), qint64(1));
        QCOMPARE(page.plotMarker()->point(), std::optional<QPointF>(QPointF(3.0, 0.87)));
        page.view()->setCurrentIndex(page.proxy()->mapFromSource(parent));
        QCOMPARE(page.plotMarker()->point(), std::optional<QPointF>(QPointF(10.0, 0.88)));
    }

    // A filter that hides every candidate says so beside it, instead of leaving a blank table.
    void filterWithoutMatchesSaysSo()
    {
        LeaderboardPage page;
        page.startRun(1);
        page.addCandidate(candidate(1, "linear", 0.80, 2.0, 1.0));
        auto* filter = page.findChild<QLineEdit*>(QStringLiteral("candidateFilter"));
        auto* notice = page.findChild<QLabel*>(QStringLiteral("noMatch"));
        QVERIFY(filter && notice);
        filter->setText(QStringLiteral("xgboost"));
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY(!notice->isHidden());
        filter->setText(QStringLiteral("lin"));
        QVERIFY(notice->isHidden());
        filter->setText(QStringLiteral("knn"));
        QVERIFY(!notice->isHidden());
        page.addCandidate(candidate(2, "knn", 0.90, 40.0, 2.0)); // a match arrives while filtering
        QVERIFY(notice->isHidden());
        // The family shows as people name it; its code, as tern-cli names it, still finds it.
        QCOMPARE(page.proxy()->index(0, CandidateTableModel::Family).data().toString(), QStringLiteral("k-NN"));
        filter->setText(QStringLiteral("k-nn"));
        QCOMPARE(page.proxy()->rowCount(), 1);
    }

    void legendCoversNoPoint_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 320;
        QTest::newRow("page") << 480;
        QTest::newRow("wide") << 900;
    }

    void legendCoversNoPoint()
    {
        // Nine families with points in every corner (the lowest ones where a bottom-right legend used to sit), and
        // two precision variants: every point is drawn inside the axes and none under the legend.
        QFETCH(int, width);
        AccuracyLatencyPlot plot;
        plot.resize(width, 420);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const char* families[] = {"ensemble",    "extra_trees",   "knn", "linear", "mlp",
                                  "naive_bayes", "random_forest", "svm", "xgboost"};
        std::vector<std::pair<double, double>> points;
        qint64 id = 0;
        for (const char* family : families) {
            for (double latency : {0.5, 3.0, 20.0, 120.0}) {
                const double score = 0.70 + 0.03 * double(id % 9);
                ++id;
                auto c = candidate(id, family, score, latency, double(id));
                if (id == 3)
                    c.details["variants"] = nlohmann::json::array(
                        {{{"precision", "int8"}, {"score", 0.71}, {"latency_us_p50", 0.9}, {"size_bytes", 100}},
                         {{"precision", "ternary"}, {"score", 0.69}, {"latency_us_p50", 0.7}, {"size_bytes", 50}}});
                plot.addCandidate(c);
                points.emplace_back(latency, score);
            }
        }
        points.emplace_back(0.9, 0.71);
        points.emplace_back(0.7, 0.69);
        QCOMPARE(plot.variantPointCount(), 2);
        plot.replot();
        const QRect legend = plot.legendRect();
        const QRect axes = plot.dataRect();
        QVERIFY(!legend.isEmpty());
        QVERIFY2(legend.top() >= axes.bottom(), "the legend overlaps the axes");
        QVERIFY2(legend.bottom() <= plot.height(),
                 qPrintable(QStringLiteral("legend to %1 of %2 px").arg(legend.bottom()).arg(plot.height())));
        QVERIFY2(axes.height() > plot.height() / 2, qPrintable(QStringLiteral("axes only %1 px").arg(axes.height())));
        for (const auto& [latency, score] : points) {
            const QPoint at(qRound(plot.xAxis->coordToPixel(latency)), qRound(plot.yAxis->coordToPixel(score)));
            QVERIFY(axes.contains(at));
            QVERIFY(!legend.contains(at));
        }
        // Every legend entry is laid out (nine families, two precision keys, the Pareto front) within the width.
        int entries = 0; // itemCount() counts the grid's cells, empty ones of the last row too
        for (int i = 0; i < plot.legend->itemCount(); ++i)
            entries += plot.legend->item(i) != nullptr;
        QCOMPARE(entries, 12);
        QVERIFY(legend.right() <= plot.width());
        QVERIFY(plot.legend->columnCount() >= (width >= 480 ? 3 : 1)); // a band, not a tall list
    }

    void clickedPointSelectsItsRow()
    {
        LeaderboardPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.startRun(1);
        page.addCandidate(candidate(1, "linear", 0.80, 2.0, 1.0));
        page.addCandidate(candidate(2, "knn", 0.90, 40.0, 2.0));
        // Behind the Pareto front.
        page.addCandidate(candidate(3, "svm", 0.88, 50.0, 3.0));
        page.plot()->replot();
        auto* plot = page.plot();
        const auto click = [plot](double latency, double score) {
            const QPoint at(qRound(plot->xAxis->coordToPixel(latency)), qRound(plot->yAxis->coordToPixel(score)));
            QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        };
        click(50.0, 0.88);
        QTRY_COMPARE(page.selectedCandidate(), qint64(3));
        QCOMPARE(page.plotMarker()->point(), std::optional<QPointF>(QPointF(50.0, 0.88)));
        click(40.0, 0.90); // on the front line too: the point takes the click
        QTRY_COMPARE(page.selectedCandidate(), qint64(2));
        QCOMPARE(page.plotMarker()->point(), std::optional<QPointF>(QPointF(40.0, 0.90)));

        page.showRunPlot(1);
        auto* timeline = page.timelinePlot();
        timeline->replot();
        const QPoint dot(qRound(timeline->xAxis->coordToPixel(1.0)), qRound(timeline->yAxis->coordToPixel(0.80)));
        QTest::mouseClick(timeline, Qt::LeftButton, {}, dot);
        QTRY_COMPARE(page.selectedCandidate(), qint64(1));
    }

    void residualPlotAndExport()
    {
        ResidualPlot plot;
        plot.resize(400, 300);
        const std::vector<float> actual{1, 2, 3, 4, std::nanf("")}, predicted{1, 2, 4, 4, 5};
        plot.setPredictions(actual, predicted);
        QCOMPARE(plot.pointCount(), 4);
        QCOMPARE(plot.rmse(), 0.5);
        QTemporaryDir dir;
        QVERIFY(plot.saveTo(dir.filePath(QStringLiteral("residuals.png"))));
        QVERIFY(plot.saveTo(dir.filePath(QStringLiteral("residuals.pdf"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("residuals.png"))).size() > 1000);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("residuals.pdf"))).size() > 500);
    }
};

QTEST_MAIN(TestLeaderboardPlots)
#include "test_leaderboard_plots.moc"
