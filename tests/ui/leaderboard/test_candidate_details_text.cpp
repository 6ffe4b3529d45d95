// The Parameters and scores tab reads like a property sheet: numbers rounded to four significant digits, an
// ensemble's members named with their families and weights in percent, the folds counted.
#include "tests/ui/ui_test_support.h"
#include "ui/models/candidate_details_text.h"

#include <QtTest>
#include <cmath>

using namespace tern;
using namespace tern::ui;

namespace {

search::CandidateResult finished(std::int64_t id, const std::string& family, nlohmann::json params)
{
    search::CandidateResult r;
    r.id = id;
    r.family = family;
    r.status = "ok";
    r.params = std::move(params);
    return r;
}

} // namespace

class TestCandidateDetailsText : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::prepareUiTest(); }

    void parametersAreRoundedForReading()
    {
        search::CandidateResult r = finished(
            47, "xgboost", {{"learning_rate", 0.028356690090183847}, {"max_depth", 7}, {"encoder", "ordinal"}});
        r.score = 0.6544;
        r.score_std = 0.0945;
        r.fold_scores = {0.6, 0.7, 0.65};
        r.metrics = {{"r2", 0.65123456}};
        const QString text = candidateDetailsText(r, [](std::int64_t) { return QString(); });
        QVERIFY2(text.contains(QStringLiteral("learning_rate: 0.02836")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("max_depth: 7")));
        QVERIFY(text.contains(QStringLiteral("encoder: ordinal")));
        QVERIFY(text.contains(QStringLiteral("over 3 validation folds")));
        QVERIFY(text.contains(QStringLiteral("R²: 0.6512")));
        QVERIFY(!text.contains(QStringLiteral("0.028356690090183847")));
    }

    // A fold that lacks a class has no score of its own: a dash, said why, and the folds counted are those scored.
    void aFoldWithoutAScoreIsADash()
    {
        search::CandidateResult r = finished(3, "linear", {{"C", 1.0}});
        r.score = 0.5;
        r.score_std = 0.04;
        r.fold_scores = {0.52, std::nan(""), 0.47, std::nan(""), 0.51};
        const QString text = candidateDetailsText(r, [](std::int64_t) { return QString(); });
        QVERIFY2(text.contains(QStringLiteral("Fold scores: 0.5200, —, 0.4700, —, 0.5100")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("over 3 validation folds")));
        QVERIFY(text.contains(QStringLiteral("it lacks a class")));
        QVERIFY(!text.contains(QStringLiteral("nan")));
    }

    void ensembleMembersHaveFamiliesAndPercentWeights()
    {
        const search::CandidateResult r = finished(48, "ensemble", {{"members", {47, 24}}, {"weights", {0.75, 0.25}}});
        const QString text = candidateDetailsText(
            r, [](std::int64_t id) { return id == 47 ? QStringLiteral("xgboost") : QStringLiteral("extra_trees"); });
        QVERIFY2(text.contains(QStringLiteral("#47 xgboost: 75.0 %")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("#24 extra_trees: 25.0 %")));
        QVERIFY(!text.contains(QStringLiteral("weights")));
        QVERIFY(!text.contains(QStringLiteral("Decision threshold")));
    }

    void aTunedThresholdIsSaidOnceInWords()
    {
        const auto r = finished(12, "xgboost", {{"max_depth", 6}, {"decision_threshold", 0.0734f}});
        const QString text = candidateDetailsText(r, [](std::int64_t) { return QString(); });
        QVERIFY2(text.contains(QStringLiteral("Decision threshold: 0.0734 (the second class is predicted")),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("0.0734")), 1);
    }
};

QTEST_MAIN(TestCandidateDetailsText)
#include "test_candidate_details_text.moc"
