// The decision threshold of a binary classifier under a metric of predicted classes: chosen where the metric scores
// best, honest in the fold scores (each fold read at a threshold the other folds chose), kept by a candidate only
// when it beats one half consistently, and read by PredictionBlock::predicted_class as the ONNX graph reads it; and
// the best score over thresholds an ensemble is selected by.
// Balanced accuracy itself is left to class weights; the tests tune for the same quantity as a user's expression.
#include "engine/search/decision_threshold.h"
#include "engine/search/evaluator.h"
#include "engine/search/search_space.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace tern;
using namespace tern::search;

namespace {

// Balanced accuracy as a user writes it: tuned, where the built-in name is left to class weights.
Scorer balanced_expression()
{
    return Scorer(Task::binary, 2, "", "(tp / (tp + fn) + tn / (tn + fp)) / 2", true);
}

// Two columns per row: p0, p1.
PredictionBlock binary_block(const std::vector<float>& p1)
{
    PredictionBlock b;
    b.width = 2;
    for (float p : p1) {
        b.values.push_back(1.0f - p);
        b.values.push_back(p);
    }
    return b;
}

// n labels, each positive with probability `positive_rate`, and their p1 = score(positive, uniform draw, row).
struct Ranking {
    std::vector<float> p1, y;
};
template <class Score>
Ranking noisy_ranking(int n, unsigned seed, float positive_rate, Score score)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> uniform;
    Ranking r;
    for (int i = 0; i < n; ++i) {
        const bool positive = uniform(rng) < positive_rate;
        r.y.push_back(positive ? 1.0f : 0.0f);
        r.p1.push_back(score(positive, uniform(rng), i));
    }
    return r;
}

std::vector<std::size_t> all_rows(std::size_t n)
{
    std::vector<std::size_t> rows(n);
    for (std::size_t i = 0; i < n; ++i)
        rows[i] = i;
    return rows;
}

// Eight out-of-fold rows of labels 0 0 1 1 0 0 1 1 in two folds of four, each fold's rows as its model predicted.
struct TwoFolds {
    std::vector<float> y{0, 0, 1, 1, 0, 0, 1, 1};
    PredictionBlock oof;
    std::vector<std::vector<std::size_t>> folds{{0, 1, 2, 3}, {4, 5, 6, 7}};
    std::vector<PredictionBlock> blocks;

    explicit TwoFolds(const std::vector<float>& p1) : oof(binary_block(p1))
    {
        blocks = {take_rows(oof, folds[0]), take_rows(oof, folds[1])};
    }
};

} // namespace

class TestDecisionThreshold : public QObject {
    Q_OBJECT
  private slots:
    void theClassIsReadAtTheThreshold()
    {
        PredictionBlock b = binary_block({0.1f, 0.3f, 0.6f});
        QCOMPARE(b.predicted_class(0), std::size_t{0});
        QCOMPARE(b.predicted_class(1), std::size_t{0});
        QCOMPARE(b.predicted_class(2), std::size_t{1});
        b.threshold = 0.2f;
        QCOMPARE(b.predicted_class(0), std::size_t{0});
        QCOMPARE(b.predicted_class(1), std::size_t{1});
        QCOMPARE(b.predicted_class(2), std::size_t{1});
        // Probabilities that do not sum to one are read as shares: 0.2 / (0.6 + 0.2) = 0.25 > 0.2.
        b.values = {0.6f, 0.2f};
        QCOMPARE(b.predicted_class(0), std::size_t{1});
        // At a tie the first class, as ONNX's ArgMax decides.
        b.values = {0.5f, 0.5f};
        b.threshold.reset();
        QCOMPARE(b.predicted_class(0), std::size_t{0});
    }

    void aRareClassIsFoundBelowOneHalf()
    {
        // 5 % positives, all ranked above every negative but never above one half: at 0.5 balanced accuracy is 0.5.
        std::vector<float> p1, y;
        for (int i = 0; i < 95; ++i)
            p1.push_back(0.01f * static_cast<float>(i % 10)), y.push_back(0);
        for (int i = 0; i < 5; ++i)
            p1.push_back(0.2f + 0.01f * static_cast<float>(i)), y.push_back(1);
        const Scorer balanced(Task::binary, 2, "balanced_accuracy", "", true);
        const PredictionBlock b = binary_block(p1);
        QCOMPARE(balanced.score(y, b), 0.5);
        const float t = best_threshold(balanced, y, b, all_rows(p1.size()));
        QVERIFY2(t > 0.09f && t < 0.2f, "between the highest negative and the lowest positive");
        PredictionBlock read = b;
        read.threshold = t;
        QCOMPARE(balanced.score(y, read), 1.0);
    }

    void theChosenThresholdScoresBestOfEveryCutUnderEachMetric()
    {
        // 3,000 rows of a noisy ranking with repeated probabilities: the threshold chosen from confusion counts must
        // score, read row by row, as well as the best midpoint between any two distinct probabilities does.
        auto [p1, y] = noisy_ranking(3000, 5, 0.2f, [](bool positive, float u, int) {
            return std::round(std::min(1.0f, 0.3f * u + (positive ? 0.25f : 0.0f)) * 200) / 200;
        });
        std::vector<float> distinct = p1;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        QVERIFY2(distinct.size() < 129, "every distinct gap is among the cuts tried");
        const PredictionBlock b = binary_block(p1);
        const std::vector<std::pair<std::string, std::string>> metrics{
            {"accuracy", ""}, {"f1_macro", ""}, {"mcc", ""}, {"", "(10 * fn + fp) / n"}};
        for (const auto& [name, expression] : metrics) {
            const Scorer scorer(Task::binary, 2, name, expression, false);
            PredictionBlock read = b;
            double best = -1e300;
            for (std::size_t i = 0; i + 1 < distinct.size(); ++i) {
                read.threshold = distinct[i] + (distinct[i + 1] - distinct[i]) / 2;
                best = std::max(best, scorer.oriented(scorer.score(y, read)));
            }
            read.threshold = best_threshold(scorer, y, b, all_rows(p1.size()));
            QCOMPARE(scorer.oriented(scorer.score(y, read)), best);
        }
    }

    // What an ensemble is selected by under a tuned threshold: the best of the cuts 1/256 apart, as reading the
    // rows at each of them would score.
    void theBestScoreOverThresholdsIsTheBestCutsScore()
    {
        auto [p1, y] = noisy_ranking(2000, 7, 0.15f, [](bool positive, float u, int i) {
            const float q = 0.3f * u + (positive ? 0.2f : 0.0f);  // positives never above one half
            // Every tenth row on a cut, read as the first class there as predicted_class reads it; one at one half.
            return (std::floor(q * 256) + (i % 10 == 0 ? 0.0f : 0.5f)) / 256;
        });
        p1[1] = 0.5f;
        const PredictionBlock b = binary_block(p1);
        for (const auto& [name, expression] : std::vector<std::pair<std::string, std::string>>{
                 {"accuracy", ""}, {"f1_macro", ""}, {"mcc", ""}, {"", "(5 * fn + fp) / n"}}) {
            const Scorer scorer(Task::binary, 2, name, expression, expression.empty());
            PredictionBlock read = b;
            double best = -1e300;
            for (int k = 1; k < 256; ++k) {
                read.threshold = static_cast<float>(k) / 256;
                best = std::max(best, scorer.oriented(scorer.score(y, read)));
            }
            const auto got = best_score_over_thresholds(scorer, y, b);
            QVERIFY(got);
            QVERIFY2(std::abs(*got - best) < 1e-9, qPrintable(QString("%1: %2 against %3")
                                                                    .arg(QString::fromStdString(name + expression))
                                                                    .arg(*got)
                                                                    .arg(best)));
        }
        // A cost of missed positives: one half misses them all, the best cut is far better.
        const Scorer cost(Task::binary, 2, "", "(5 * fn + fp) / n", false);
        QVERIFY(*best_score_over_thresholds(cost, y, b) > cost.oriented(cost.score(y, b)) + 0.05);
        // A metric of more than the counts has none.
        QVERIFY(!best_score_over_thresholds(Scorer(Task::binary, 2, "log_loss", "", false), y, b));
    }

    void noFoldIsReadAtAThresholdItsOwnLabelsChose()
    {
        // Fold A separates at 0.15, fold B at 0.35: each read at the other's threshold predicts one class only.
        const TwoFolds f({0.1f, 0.1f, 0.2f, 0.2f, 0.3f, 0.3f, 0.4f, 0.4f});
        const auto& [y, oof, folds, blocks] = f;
        const Scorer balanced = balanced_expression();
        const auto tuned = tune_threshold(balanced, y, oof, all_rows(8), folds, blocks);
        QVERIFY(tuned);
        QCOMPARE(tuned->fold_scores, (std::vector<double>{0.5, 0.5}));
        // One fold (a holdout) is read at the threshold its own rows chose.
        const std::vector<std::vector<std::size_t>> one{folds[0]};
        const auto holdout = tune_threshold(balanced, y, oof, folds[0], one, std::span(blocks).first(1));
        QVERIFY(holdout);
        QCOMPARE(holdout->fold_scores, std::vector<double>{1.0});
    }

    void aForwardFoldIsReadAtAThresholdOnlyEarlierRowsChose()
    {
        // Two periods alike, both separated at 0.15. In time order the first has no earlier rows and is read at
        // one half (no positive predicted); the second at the first's threshold. Random folds read each at the
        // other's.
        const TwoFolds f({0.1f, 0.1f, 0.2f, 0.2f, 0.1f, 0.1f, 0.2f, 0.2f});
        const auto& [y, oof, folds, blocks] = f;
        const Scorer balanced = balanced_expression();
        QCOMPARE(tune_threshold(balanced, y, oof, all_rows(8), folds, blocks)->fold_scores,
                 (std::vector<double>{1.0, 1.0}));
        const auto forward = tune_threshold(balanced, y, oof, all_rows(8), folds, blocks, true);
        QVERIFY(forward);
        QCOMPARE(forward->fold_scores, (std::vector<double>{0.5, 1.0}));
        QVERIFY(std::abs(forward->threshold - 0.15f) < 0.01f); // the model's own threshold: tuned on every row
    }

    void aThresholdIsKeptForAGainOnEveryFoldNotForNoise()
    {
        const Scorer balanced(Task::binary, 2, "balanced_accuracy", "", true);
        const std::vector<double> at_half{0.50, 0.52, 0.49, 0.51, 0.50};
        QVERIFY(gains_consistently(balanced, at_half, {0.70, 0.74, 0.69, 0.75, 0.72}));
        // A larger mean, but from one lucky fold: not consistent.
        QVERIFY(!gains_consistently(balanced, at_half, {0.48, 0.50, 0.47, 0.80, 0.49}));
        QVERIFY(!gains_consistently(balanced, at_half, at_half));
        // An undefined fold counts for neither; a single fold (a holdout) keeps any gain.
        QVERIFY(gains_consistently(balanced, {0.5, NAN, 0.5}, {0.6, 0.9, 0.61}));
        QVERIFY(gains_consistently(balanced, {0.5}, {0.51}));
        // Oriented: for a metric to minimise, lower is the gain.
        const Scorer errors(Task::binary, 2, "", "fp + fn", false);
        QVERIFY(gains_consistently(errors, {10, 11, 12}, {5, 6, 6}));
        QVERIFY(!gains_consistently(errors, {5, 6, 6}, {10, 11, 12}));
    }

    void metricsOfProbabilitiesBalancedAccuracyAndOtherTasksHaveNoThreshold()
    {
        const std::vector<float> y{0, 1};
        const PredictionBlock b = binary_block({0.2f, 0.7f});
        const std::vector<std::vector<std::size_t>> folds{{0, 1}};
        const std::vector<PredictionBlock> blocks{b};
        for (const char* metric : {"roc_auc", "log_loss", "balanced_accuracy"})
            QVERIFY(!tune_threshold(Scorer(Task::binary, 2, metric, "", true), y, b, all_rows(2), folds, blocks));
        for (const char* metric : {"accuracy", "f1_macro", "mcc"})
            QVERIFY(tune_threshold(Scorer(Task::binary, 2, metric, "", true), y, b, all_rows(2), folds, blocks));
        QVERIFY(tune_threshold(Scorer(Task::binary, 2, "", "tp / (tp + fn)", true), y, b, all_rows(2), folds, blocks));
        QVERIFY(!Scorer(Task::multiclass, 3, "balanced_accuracy", "", true).reads_binary_classes());
    }

    void anUnweightedModelOnRarePositivesKeepsATunedThreshold()
    {
        // 6 % positives with a noisy signal: an unweighted logistic regression rarely reaches p = 0.5.
        std::mt19937 rng(11);
        std::normal_distribution<float> normal;
        std::vector<double> x(600);
        std::vector<std::int32_t> y(600);
        for (std::size_t i = 0; i < x.size(); ++i) {
            y[i] = i % 16 == 0 ? 1 : 0;
            x[i] = 1.2 * y[i] + normal(rng);
        }
        data::Table table({data::Column::numeric("x", x), data::Column::categorical("y", y, {"no", "yes"})});
        table.set_target("y");
        const TargetData target = prepare_target(table, "y", "binary");
        const Scorer balanced = balanced_expression();
        SearchContext ctx;
        ctx.task = Task::binary;
        ctx.n_rows = x.size();
        ctx.n_classes = 2;
        CandidateConfig config = default_config("linear", ctx);
        config.class_weight = "none";
        const auto folds = make_folds(target.y, Task::binary, 5, 3, false, 1);
        const Evaluation ev = cross_validate({&table, &target, &folds, &balanced, 3, 1}, config, {}, 0, {});
        QCOMPARE(ev.status, std::string("ok"));
        QVERIFY(ev.threshold);
        PredictionBlock at_half = ev.oof;
        at_half.threshold.reset();
        const double half = balanced.score(target.y, at_half);
        qInfo("balanced accuracy at 0.5: %.3f; cross-fitted at tuned thresholds: %.3f (t = %.3f)", half, ev.score,
              double(*ev.threshold));
        QVERIFY2(half < 0.6, "at one half the positives are rarely found");
        QVERIFY2(*ev.threshold < 0.3f, "well below one half");
        QVERIFY2(ev.score > half + 0.1, "the folds read at a tuned threshold find the positives");
        QCOMPARE(ev.oof.threshold, ev.threshold);
        QCOMPARE(ev.metrics["custom"].get<double>(), balanced.score(target.y, ev.oof));
        QCOMPARE(ev.metrics["balanced_accuracy"].get<double>(), ev.metrics["custom"].get<double>());
    }
};

QTEST_GUILESS_MAIN(TestDecisionThreshold)
#include "test_decision_threshold.moc"
