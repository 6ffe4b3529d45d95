// How a candidate's score comes from its fold scores: random K-fold keeps their plain mean; forward-in-time folds
// weigh each fold by the rows it validated times the rows it trained on, so that an early fold with little history
// and a short block no longer swamps the later ones.
#include "engine/search/time_folds.h"
#include "engine/search/validation_score.h"
#include "regression_case.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace tern;
using namespace tern::search;
using tern::search::testing::RegressionCase;
using tern::search::testing::signal_and_noise;

namespace {

Fold fold_of(std::size_t train, std::size_t valid, bool forward)
{
    Fold f;
    f.train.resize(train);
    std::iota(f.train.begin(), f.train.end(), 0);
    f.valid.resize(valid);
    std::iota(f.valid.begin(), f.valid.end(), train);
    f.forward = forward;
    return f;
}

}  // namespace

class TestValidationScore : public QObject {
    Q_OBJECT
private slots:
    void anEarlyShortFoldDoesNotSwampTheLaterOnes()
    {
        // A first fold trained on 100 rows scoring R^2 -9 on a block of 20, then two trained on 120 and 220 rows
        // scoring 0.7 and 0.8 on blocks of 100.
        const std::vector<double> scores{-9.0, 0.7, 0.8};
        const std::vector<Fold> forward{fold_of(100, 20, true), fold_of(120, 100, true), fold_of(220, 100, true)};
        const auto s = summarize_validation(forward, scores);
        QVERIFY(s.has_value());
        const double expected =
            (-9.0 * 20 * 100 + 0.7 * 100 * 120 + 0.8 * 100 * 220) / (20 * 100 + 100 * 120 + 100 * 220);
        const double plain = (-9.0 + 0.7 + 0.8) / 3;
        qInfo("plain mean %.4f, weighted %.4f", plain, s->mean);
        QVERIFY(std::abs(s->mean - expected) < 1e-12);
        QVERIFY2(s->mean > 0.2 && plain < -2, "the early fold weighs 2,000 of 36,000");
        QCOMPARE(s->std, summarize_folds(scores)->std);  // the spread is still the folds' own
        QCOMPARE(s->defined, std::size_t{3});

        // Random folds: the plain mean, as before.
        const std::vector<Fold> random{fold_of(100, 20, false), fold_of(120, 100, false), fold_of(220, 100, false)};
        QCOMPARE(summarize_validation(random, scores)->mean, summarize_folds(scores)->mean);
        QCOMPARE(summarize_validation(random, scores)->std, summarize_folds(scores)->std);
    }

    void rowsScoredAndUndefinedFoldsAreAccountedFor()
    {
        const std::vector<Fold> forward{fold_of(100, 50, true), fold_of(150, 50, true), fold_of(200, 50, true)};
        // An ensemble that scored 10 rows of the first block and all of the others: that block weighs 10 rows.
        const auto part = summarize_validation(forward, {0.0, 1.0, 1.0}, {10, 50, 50});
        QVERIFY(std::abs(part->mean - (1.0 * 50 * 150 + 1.0 * 50 * 200) / (10 * 100 + 50 * 150 + 50 * 200)) < 1e-12);
        // A fold where the metric is undefined is left out, with its weight.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const auto some = summarize_validation(forward, {nan, 0.5, 1.0});
        QCOMPARE(some->defined, std::size_t{2});
        QVERIFY(std::abs(some->mean - (0.5 * 150 + 1.0 * 200) / 350) < 1e-12);
        QVERIFY(!summarize_validation(forward, {nan, nan, nan}).has_value());
        QVERIFY(!summarize_weighted_folds({0.5}, {0.0}).has_value());
    }

    void crossValidationWeighsForwardFolds()
    {
        const RegressionCase rc(signal_and_noise(300, 1, 1.0f, 0.5f, 5));
        const auto& [table, target, r2] = rc;
        std::vector<double> days(target.rows.size());
        for (std::size_t p = 0; p < days.size(); ++p)
            days[p] = 19000.0 + static_cast<double>(p / 3);  // three rows a day, in file order
        const auto folds = make_time_folds(days, 5, false);
        const Evaluation ev = cross_validate({&table, &target, &folds, &r2, 3, 1}, rc.forest(20), {}, 0, {});
        QCOMPARE(ev.status, std::string("ok"));
        QCOMPARE(ev.fold_scores.size(), std::size_t{5});

        // Blocks of about 50 rows (cuts fall between days) after about 50, 100, ... 250 training rows.
        double sum = 0, total = 0;
        for (std::size_t f = 0; f < 5; ++f) {
            const auto w = static_cast<double>(folds[f].valid.size() * folds[f].train.size());
            sum += w * ev.fold_scores[f];
            total += w;
        }
        const double weighted = sum / total;
        const double plain = summarize_folds(ev.fold_scores)->mean;
        qInfo("fold scores weighted %.4f, plain mean %.4f", weighted, plain);
        QVERIFY(std::abs(ev.score - weighted) < 1e-12);
        QVERIFY(std::abs(ev.score - plain) > 1e-6);
        QCOMPARE(ev.score_std, summarize_folds(ev.fold_scores)->std);
    }
};

QTEST_GUILESS_MAIN(TestValidationScore)
#include "test_validation_score.moc"
