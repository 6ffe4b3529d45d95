// The leaderboard's candidate rows: a later update of a candidate replaces its row but keeps the detail keys the
// update does not carry (an importance computed from the leaderboard while the run went on must not vanish when
// the run sends the candidate's test scores), and passes QAbstractItemModelTester.
#include "tests/ui/ui_test_support.h"
#include "ui/models/candidate_table_model.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

search::CandidateResult finished(std::int64_t id, double score)
{
    search::CandidateResult r;
    r.id = id;
    r.family = "linear";
    r.score = score;
    r.score_std = 0.01;
    return r;
}

} // namespace

class TestCandidateTableModel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void updateKeepsDetailsItDoesNotCarry()
    {
        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCandidate(finished(1, 0.7));
        model.addCandidate(finished(2, 0.8));
        auto explained = finished(2, 0.8);
        explained.details["importance"] = nlohmann::json::array({{{"feature", "x"}, {"importance", 0.2}}});
        model.addCandidate(explained);

        auto tested = finished(2, 0.8);
        tested.test_score = 0.75;
        tested.details["test"] = {{"rows", 10}};
        model.addCandidate(tested);

        QCOMPARE(model.rowCount(), 2);
        const auto& row = model.candidate(model.rowOf(2));
        QCOMPARE(row.test_score.value_or(0), 0.75);
        QCOMPARE(row.details["test"].value("rows", 0), 10);
        QCOMPARE(row.details["importance"][0].value("feature", ""), std::string("x"));
        QVERIFY(!model.candidate(model.rowOf(1)).details.contains("importance"));
    }

    // The star on a row below the best score says why in words: the ensemble's honest score, or the latency budget.
    void aChosenModelBelowTheTopSaysWhy()
    {
        CandidateTableModel model;
        auto single = finished(1, 0.80);
        single.status = "ok";
        single.family = "xgboost";
        auto ensemble = finished(2, 0.78);
        ensemble.status = "ok";
        ensemble.family = "ensemble";
        model.setCandidates({single, ensemble});
        QVERIFY(model.choiceNote().isEmpty()); // nothing chosen yet
        model.setChosen(2);
        QVERIFY2(model.choiceNote().startsWith(QStringLiteral("#1 XGBoost scores 0.8000 against 0.7800")),
                 qPrintable(model.choiceNote()));
        QVERIFY(model.choiceNote().contains(QStringLiteral("export it")));

        single.over_latency_budget = true;
        model.addCandidate(single);
        QVERIFY2(model.choiceNote().contains(QStringLiteral("latency budget")), qPrintable(model.choiceNote()));
        ensemble.over_latency_budget = true; // none meets the budget: the run took a fast one
        model.addCandidate(ensemble);
        QVERIFY2(model.choiceNote().contains(QStringLiteral("among the fastest")), qPrintable(model.choiceNote()));
        ensemble.over_latency_budget = false;
        model.addCandidate(ensemble);

        // An ensemble of one member is not chosen: its member is, and the note says so.
        auto wrapper = finished(3, 0.85);
        wrapper.status = "ok";
        wrapper.family = "ensemble";
        wrapper.params = {{"members", {1}}, {"weights", {1.0}}};
        model.addCandidate(wrapper);
        model.setChosen(1);
        QVERIFY2(model.choiceNote().startsWith(QStringLiteral("#3 Ensemble holds #1 alone")),
                 qPrintable(model.choiceNote()));
        model.setChosen(2); // not its member: the note does not claim it is
        QVERIFY2(model.choiceNote().isEmpty(), qPrintable(model.choiceNote()));
        model.setChosen(1);
        model.addCandidate(finished(3, 0.79)); // a plain candidate between the other two in its place
        QVERIFY(model.choiceNote().isEmpty()); // the chosen one is the best
        model.setMaximize(false);              // an error metric: 0.78 is now the better score
        model.setChosen(2);
        QVERIFY(model.choiceNote().isEmpty());
    }

    // A candidate its time limit let score only some folds says so beside its score: a noisier number that can top
    // the leaderboard by luck.
    void aScoreOnFewerFoldsIsMarked()
    {
        CandidateTableModel model;
        auto whole = finished(1, 0.7);
        whole.fold_scores.assign(15, 0.7);
        auto partial = finished(2, 0.8);
        partial.fold_scores.assign(5, 0.8);
        partial.details["folds_scored"] = {{"scored", 5}, {"of", 15}};
        model.addCandidate(whole);
        model.addCandidate(partial);
        const QModelIndex wholeScore = model.index(model.rowOf(1), CandidateTableModel::Score);
        const QModelIndex partialScore = model.index(model.rowOf(2), CandidateTableModel::Score);
        QCOMPARE(model.data(wholeScore).toString(), QStringLiteral("0.7000 ± 0.0100"));
        QCOMPARE(model.data(partialScore).toString(), QStringLiteral("0.8000 ± 0.0100 (5 of 15 folds)"));
        QVERIFY(model.data(wholeScore, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.data(partialScore, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Scored on 5 of")));
    }
};

QTEST_MAIN(TestCandidateTableModel)
#include "test_candidate_table_model.moc"
