// The selected candidate's results come from the store through the engine thread: after a real short run, the
// reopened leaderboard shows the best candidate's confusion matrix with exactly the counts of its stored
// out-of-fold predictions, a regression run shows the predicted-vs-actual plot, the best candidate's importance is
// drawn from its details, and another candidate's importance can be computed (and is stored).
#include "engine/search/runner.h"
#include "engine/search/stored_predictions.h"
#include "engine/store/store.h"
#include "tests/ui/ui_test_support.h"
#include "ui/engine_controller.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/confusion_matrix_model.h"
#include "ui/pages/candidate_results_panel.h"
#include "ui/pages/leaderboard_page.h"
#include "ui/plots/importance_plot.h"
#include "ui/plots/residual_plot.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <algorithm>

using namespace tern;
using namespace tern::ui;

namespace {

search::RunSpec spec(const QString& file, const std::string& target, std::vector<std::string> families)
{
    search::RunSpec s;
    s.data_path = (QStringLiteral(TERN_TEST_DATA "/search/") + file).toStdString();
    s.target = target;
    s.budget_s = 60;
    s.max_candidates = 3;
    s.seed = 7;
    s.families = std::move(families);
    return s;
}

std::int64_t runSearch(const QString& db, const search::RunSpec& s)
{
    auto store = store::Store::open(db.toStdString());
    search::NullObserver quiet;
    const auto outcome = search::Runner(store).run(s, quiet);
    return outcome.run_id;
}

} // namespace

class TestLeaderboardResults : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("runs.db"));
        m_irisRun = runSearch(m_db, spec(QStringLiteral("iris.train.csv"), "species", {"naive_bayes", "linear"}));
        m_airRun = runSearch(m_db, spec(QStringLiteral("airquality.train.csv"), "Ozone", {"linear", "knn"}));
        QVERIFY(m_irisRun > 0 && m_airRun > 0);
    }

    void confusionMatrixOfTheBest()
    {
        EngineController engine;
        LeaderboardPage page;
        page.setEngine(&engine, m_db);
        QSignalSpy loaded(page.resultsPanel(), &CandidateResultsPanel::predictionsLoaded);
        QVERIFY(page.showStoredRun(m_db, m_irisRun));
        const qint64 best = page.selectedCandidate();
        QVERIFY(best > 0);
        QVERIFY(page.resultsPanel()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
        QCOMPARE(page.resultsPanel()->predictionsMessage(), QString());

        // The same counts straight from the store.
        const auto store = store::Store::open(m_db.toStdString(), store::OpenMode::read_only);
        const auto target = search::load_run_target(store, m_irisRun);
        const auto p = search::load_stored_predictions(store, m_irisRun, best, target);
        const auto* model = page.resultsPanel()->confusionModel();
        QCOMPARE(model->classCount(), 3);
        QCOMPARE(model->total(), int(p.truth.size()));
        std::vector<int> counts(9, 0);
        for (std::size_t i = 0; i < p.truth.size(); ++i) {
            const float* row = p.predictions.values.data() + i * 3;
            ++counts[std::size_t(p.truth[i]) * 3 + std::size_t(std::max_element(row, row + 3) - row)];
        }
        for (int a = 0; a < 3; ++a)
            for (int q = 0; q < 3; ++q)
                QCOMPARE(model->count(a, q), counts[std::size_t(a * 3 + q)]);
        QVERIFY(model->accuracy() > 0.8); // iris: any sane model

        // The run explained its best: bars from its details, most important first.
        QVERIFY(page.model()->candidate(page.model()->rowOf(best)).details.contains("importance"));
        const auto& bars = page.resultsPanel()->importancePlot()->bars();
        QCOMPARE(int(bars.size()), 4);
        QVERIFY(bars.front().feature.startsWith(QStringLiteral("petal")));
    }

    void residualsOfARegression()
    {
        EngineController engine;
        LeaderboardPage page;
        page.setEngine(&engine, m_db);
        QSignalSpy loaded(page.resultsPanel(), &CandidateResultsPanel::predictionsLoaded);
        QVERIFY(page.showStoredRun(m_db, m_airRun));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
        QCOMPARE(page.resultsPanel()->predictionsMessage(), QString());
        QCOMPARE(page.resultsPanel()->confusionModel()->classCount(), 0);
        QVERIFY(page.resultsPanel()->residualPlot()->pointCount() > 50);
        QVERIFY(page.resultsPanel()->residualPlot()->pointCount() <= 87); // the file's rows, less those without Ozone
        QVERIFY(page.resultsPanel()->residualPlot()->rmse() > 0);
        QVERIFY(page.resultsPanel()->residualPlot()->xAxis->label().contains(QStringLiteral("Ozone")));

        // A first click on a column sorts its best values first: the highest r2, the lowest rmse; a second click
        // on the same column reverses as usual.
        auto* header = page.findChild<QTreeView*>()->header();
        header->setSortIndicator(CandidateTableModel::Score, Qt::AscendingOrder); // what a first click asks
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        header->setSortIndicator(CandidateTableModel::Score, Qt::AscendingOrder); // the second click
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        for (int column = CandidateTableModel::FixedCount; column < page.model()->columnCount(); ++column)
            if (page.model()->headerData(column, Qt::Horizontal).toString() == QStringLiteral("RMSE")) {
                header->setSortIndicator(column, Qt::DescendingOrder);
                QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
            }
    }

    void importanceOfAnotherCandidate()
    {
        EngineController engine;
        LeaderboardPage page;
        page.setEngine(&engine, m_db);
        QVERIFY(page.showStoredRun(m_db, m_irisRun));
        const qint64 best = page.selectedCandidate();
        qint64 other = 0;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const auto& c = page.model()->candidate(row);
            if (c.id != best && c.status == "ok" && c.family != "ensemble" && !c.details.contains("importance"))
                other = c.id;
        }
        QVERIFY(other > 0);
        QSignalSpy updated(page.resultsPanel(), &CandidateResultsPanel::candidateUpdated);
        page.selectCandidate(other);
        QVERIFY(page.resultsPanel()->importancePlot()->bars().empty());
        page.resultsPanel()->computeImportance();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() == 1, 120000);
        QCOMPARE(int(page.resultsPanel()->importancePlot()->bars().size()), 4);
        // The table row carries it now, and so does the store.
        QVERIFY(page.model()->candidate(page.model()->rowOf(other)).details.contains("importance"));
        const auto store = store::Store::open(m_db.toStdString(), store::OpenMode::read_only);
        for (const auto& c : store.load_candidates(m_irisRun))
            if (c.ordinal == other)
                QVERIFY(c.details.contains("importance"));
    }

    void missingDataFileIsAMessage()
    {
        // A run whose file is gone: the predictions panel says why instead of failing silently.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("iris.csv"));
        QVERIFY(QFile::copy(QStringLiteral(TERN_TEST_DATA "/search/iris.train.csv"), copy));
        auto s = spec(QStringLiteral("iris.train.csv"), "species", {"naive_bayes"});
        s.data_path = copy.toStdString();
        s.max_candidates = 1;
        const auto run = runSearch(m_db, s);
        QVERIFY(QFile::remove(copy));
        EngineController engine;
        LeaderboardPage page;
        page.setEngine(&engine, m_db);
        QSignalSpy loaded(page.resultsPanel(), &CandidateResultsPanel::predictionsLoaded);
        QVERIFY(page.showStoredRun(m_db, run));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 30000);
        QVERIFY2(page.resultsPanel()->predictionsMessage().contains(QStringLiteral("no longer there")),
                 qPrintable(page.resultsPanel()->predictionsMessage()));
    }

  private:
    QTemporaryDir m_dir;
    QString m_db;
    std::int64_t m_irisRun = 0, m_airRun = 0;
};

QTEST_MAIN(TestLeaderboardResults)
#include "test_leaderboard_results.moc"
