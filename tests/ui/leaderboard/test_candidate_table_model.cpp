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
};

QTEST_MAIN(TestCandidateTableModel)
#include "test_candidate_table_model.moc"
