// Caruana ensemble selection: it beats its members when they err on different rows, ignores a useless member,
// and its weights sum to one; blend averages with the weights.
#include "engine/search/ensemble.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

using namespace tern;
using namespace tern::search;

namespace {

// Binary probabilities: right with confidence `p` where `right(i)`, wrong otherwise.
PredictionBlock block(const std::vector<float>& truth, double p, const std::function<bool(std::size_t)>& right)
{
    PredictionBlock b;
    b.width = 2;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const bool yes = (truth[i] == 1.0f) == right(i);
        const float p1 = static_cast<float>(yes ? p : 1 - p);
        b.values.push_back(1 - p1);
        b.values.push_back(p1);
    }
    return b;
}

// n balanced binary labels, each a fair coin.
std::vector<float> coin_labels(std::size_t n, std::mt19937_64& rng)
{
    std::bernoulli_distribution coin(0.5);
    std::vector<float> out(n);
    for (auto& t : out)
        t = coin(rng) ? 1.0f : 0.0f;
    return out;
}

// Positions 0..n-1: select and score on every row.
std::vector<std::size_t> all_rows(std::size_t n)
{
    std::vector<std::size_t> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

// One input per member (ids 1, 2, ...), scored on every row, oriented; member m is of family "family<m % families>".
std::vector<EnsembleInput> scored_inputs(const std::vector<PredictionBlock>& members, const std::vector<float>& truth,
                                         const Scorer& scorer, double score_std, std::size_t families)
{
    std::vector<EnsembleInput> inputs;
    for (std::size_t m = 0; m < members.size(); ++m)
        inputs.push_back({static_cast<std::int64_t>(m + 1), scorer.oriented(scorer.score(truth, members[m])),
                          &members[m], "family" + std::to_string(m % families), score_std});
    return inputs;
}

}  // namespace

class TestEnsemble : public QObject {
    Q_OBJECT
private slots:
    void complementaryMembersBeatEachAlone()
    {
        std::vector<float> truth(200);
        for (std::size_t i = 0; i < truth.size(); ++i)
            truth[i] = static_cast<float>(i % 2);
        // A is right (confidently) on rows 0-139, B on rows 60-199; each is wrong but unsure elsewhere.
        PredictionBlock a = block(truth, 0.9, [](std::size_t i) { return i < 140; });
        PredictionBlock b = block(truth, 0.9, [](std::size_t i) { return i >= 60; });
        for (std::size_t i = 140; i < 200; ++i) { a.values[2 * i] = 0.45f; a.values[2 * i + 1] = 0.55f; if (truth[i] == 1) std::swap(a.values[2 * i], a.values[2 * i + 1]); }
        for (std::size_t i = 0; i < 60; ++i) { b.values[2 * i] = 0.45f; b.values[2 * i + 1] = 0.55f; if (truth[i] == 1) std::swap(b.values[2 * i], b.values[2 * i + 1]); }
        PredictionBlock noise = block(truth, 0.6, [](std::size_t i) { return i % 3 == 0; });
        Scorer scorer(Task::binary, 2, "accuracy", "", true);
        const std::vector<std::size_t> rows = all_rows(truth.size());
        const double sa = scorer.score(truth, a), sb = scorer.score(truth, b);
        QVERIFY(sa < 0.75 && sb < 0.75);
        const auto e = select_ensemble({{1, sa, &a, "", 0.0}, {2, sb, &b, "", 0.0},
                                        {3, scorer.score(truth, noise), &noise, "", 0.0}},
                                       truth,
                                       rows, scorer);
        QVERIFY2(e.score > std::max(sa, sb) + 0.2, qPrintable(QString::number(e.score)));
        QVERIFY(std::find(e.members.begin(), e.members.end(), 3) == e.members.end());
        QCOMPARE(std::accumulate(e.weights.begin(), e.weights.end(), 0.0), 1.0);
        QCOMPARE(scorer.score(truth, e.oof), e.score);
    }

    void minimisedMetricsAreOrientedCorrectly()
    {
        std::vector<float> truth{1, 2, 3, 4, 5, 6};
        PredictionBlock good{1, {1.1f, 2.1f, 2.9f, 4.2f, 5.0f, 5.8f}};
        PredictionBlock bad{1, {3, 3, 3, 3, 3, 3}};
        Scorer rmse(Task::regression, 0, "rmse", "", true);
        QVERIFY(!rmse.maximize());
        std::vector<std::size_t> rows{0, 1, 2, 3, 4, 5};
        const auto e = select_ensemble({{1, rmse.oriented(rmse.score(truth, bad)), &bad, "", 0.0},
                                        {2, rmse.oriented(rmse.score(truth, good)), &good, "", 0.0}},
                                       truth, rows, rmse);
        QCOMPARE(e.members, std::vector<std::int64_t>{2});
        QVERIFY(e.score < 0.25);
    }

    void baggedSelectionSharesWeightAmongEqualMembers()
    {
        // Three regressors, each the truth plus its own noise of the same size: averaging all three is what helps,
        // and no one of them deserves most of the weight. Small data, so the selection is bagged over rows.
        std::mt19937_64 rng(11);
        std::normal_distribution<float> noise(0.0f, 1.0f);
        std::vector<float> truth(120);
        for (std::size_t i = 0; i < truth.size(); ++i)
            truth[i] = static_cast<float>(i % 17);
        std::vector<PredictionBlock> members(3);
        for (auto& m : members)
            for (float t : truth)
                m.values.push_back(t + noise(rng));
        Scorer rmse(Task::regression, 0, "rmse", "", true);
        const std::vector<std::size_t> rows = all_rows(truth.size());
        const std::vector<EnsembleInput> inputs = scored_inputs(members, truth, rmse, 0.0, members.size());
        const auto e = select_ensemble(inputs, truth, rows, rmse);
        QCOMPARE(e.members.size(), std::size_t{3});
        for (double w : e.weights)
            QVERIFY2(w > 0.15 && w < 0.55, qPrintable(QString::number(w)));
        QCOMPARE(std::accumulate(e.weights.begin(), e.weights.end(), 0.0), 1.0);
        for (const auto& in : inputs)
            QVERIFY(e.score < -in.score);  // better (smaller rmse) than any member alone
        const auto again = select_ensemble(inputs, truth, rows, rmse);
        QCOMPARE(again.weights, e.weights);
    }

    void crossFittedScoreDoesNotFlatterNoise()
    {
        // Members with no signal at all on small data: weights chosen on the rows they are scored on find
        // combinations that fit those rows' noise; scored on rows the weights never saw, the ensemble is at chance.
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        const std::vector<float> truth = coin_labels(150, rng);
        Scorer accuracy(Task::binary, 2, "balanced_accuracy", "", true);
        std::vector<PredictionBlock> members(12);
        for (auto& member : members) {
            member.width = 2;
            for (std::size_t i = 0; i < truth.size(); ++i) {
                const float p = u(rng);
                member.values.push_back(1 - p);
                member.values.push_back(p);
            }
        }
        const std::vector<EnsembleInput> inputs = scored_inputs(members, truth, accuracy, 0.05, 6);
        const std::vector<std::size_t> rows = all_rows(truth.size());
        const auto e = select_ensemble(inputs, truth, rows, accuracy, 50, 20, 5);
        QVERIFY(e.cross_fitted_score.has_value());
        QCOMPARE(e.part_scores.size(), std::size_t{5});
        QCOMPARE(e.crossed.values.size(), truth.size() * 2);
        qInfo("selection rows %.3f, cross-fitted %.3f", e.score, *e.cross_fitted_score);
        QVERIFY2(*e.cross_fitted_score < e.score - 0.03, "the cross-fitted score is below the in-sample one");
        QVERIFY(std::abs(*e.cross_fitted_score - 0.5) < 0.1);
        // The rival, the one best member, is cross-fitted too: the best of twelve coin flips looks skilled on the
        // rows it was picked on, and is at chance on the others.
        double luckiest = 0;
        for (const auto& in : inputs)
            luckiest = std::max(luckiest, in.score);
        QVERIFY(e.cross_fitted_single_score.has_value());
        qInfo("luckiest member %.3f, cross-fitted best single %.3f", luckiest, *e.cross_fitted_single_score);
        QVERIFY(*e.cross_fitted_single_score < luckiest - 0.03);
        QVERIFY(std::abs(*e.cross_fitted_single_score - 0.5) < 0.1);
        // Without parts there is no cross-fitted score, and the selection itself is unchanged.
        const auto plain = select_ensemble(inputs, truth, rows, accuracy);
        QVERIFY(!plain.cross_fitted_score.has_value());
        QCOMPARE(plain.weights, e.weights);
    }

    void crossFittedScoreKeepsRealSignal()
    {
        // Members that are each right on most rows: the cross-fitted ensemble stays as good as the best of them.
        std::mt19937_64 rng(9);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        const std::vector<float> truth = coin_labels(200, rng);
        Scorer accuracy(Task::binary, 2, "balanced_accuracy", "", true);
        std::vector<PredictionBlock> members;
        for (int m = 0; m < 3; ++m)
            members.push_back(block(truth, 0.8, [&](std::size_t) { return u(rng) < 0.8f; }));
        const std::vector<EnsembleInput> inputs = scored_inputs(members, truth, accuracy, 0.03, members.size());
        double best = 0;
        for (const auto& in : inputs)
            best = std::max(best, in.score);
        const std::vector<std::size_t> rows = all_rows(truth.size());
        const auto e = select_ensemble(inputs, truth, rows, accuracy, 50, 20, 5);
        QVERIFY(e.cross_fitted_score.has_value());
        QVERIFY2(*e.cross_fitted_score >= best - 0.02, qPrintable(QString::number(*e.cross_fitted_score)));
    }

    void tiedStepMetricFavoursTheBetterCalibratedMember()
    {
        // Two members that predict the same class on every row, so accuracy cannot tell them apart: one is sure
        // where it is right and unsure where it is wrong, the other the reverse. The log-loss breaks the tie.
        std::vector<float> truth(120);
        for (std::size_t i = 0; i < truth.size(); ++i)
            truth[i] = static_cast<float>(i % 2);
        auto right = [](std::size_t i) { return i % 5 != 0; };
        PredictionBlock calibrated = block(truth, 0.9, right), overconfident = block(truth, 0.6, right);
        for (std::size_t i = 0; i < truth.size(); i += 5) {  // the wrong rows: unsure, and sure
            const bool one = truth[i] == 1.0f;
            calibrated.values[2 * i] = one ? 0.55f : 0.45f;
            calibrated.values[2 * i + 1] = one ? 0.45f : 0.55f;
            overconfident.values[2 * i] = one ? 0.99f : 0.01f;
            overconfident.values[2 * i + 1] = one ? 0.01f : 0.99f;
        }
        Scorer accuracy(Task::binary, 2, "accuracy", "", true);
        QCOMPARE(accuracy.score(truth, calibrated), accuracy.score(truth, overconfident));
        const std::vector<PredictionBlock> members{overconfident, calibrated};
        const auto e = select_ensemble(scored_inputs(members, truth, accuracy, 0.0, 2), truth,
                                       all_rows(truth.size()), accuracy);
        const auto at = std::find(e.members.begin(), e.members.end(), 2) - e.members.begin();
        QVERIFY(at < static_cast<std::ptrdiff_t>(e.members.size()));
        QVERIFY2(e.weights[static_cast<std::size_t>(at)] > 0.7, qPrintable(QString::number(e.weights[at])));
        QCOMPARE(e.score, accuracy.score(truth, calibrated));
    }

    void poolGivesNoFamilyMoreThanItsShare()
    {
        // 25 tries of a tuned family score above everything else; 4 other families trail with 4 tries each.
        PredictionBlock dummy{1, {0}};
        std::vector<EnsembleInput> inputs;
        for (int i = 0; i < 25; ++i)
            inputs.push_back({i + 1, 0.9 - 0.001 * i, &dummy, "xgboost", 0.1});
        for (int f = 0; f < 4; ++f)
            for (int i = 0; i < 4; ++i)
                inputs.push_back({100 + 10 * f + i, 0.8 - 0.01 * i, &dummy, "family" + std::to_string(f), 0.1});
        const auto pool = ensemble_pool(inputs, 20);
        std::map<std::string, int> per_family;
        for (const auto* p : pool)
            ++per_family[p->family];
        QCOMPARE(pool.size(), std::size_t{20});  // an equal share of 20 among 5 families is 4
        for (const auto& [family, count] : per_family)
            QVERIFY2(count == 4, qPrintable(QString::fromStdString(family) + ": " + QString::number(count)));
        QVERIFY(std::is_sorted(pool.begin(), pool.end(), [](auto* a, auto* b) { return a->score > b->score; }));
        QCOMPARE(pool.front()->id, std::int64_t{1});

        // A single family keeps the whole pool, as before: its best 20 tries.
        inputs.resize(25);
        const auto alone = ensemble_pool(inputs, 20);
        QCOMPARE(alone.size(), std::size_t{20});
        QCOMPARE(alone.back()->id, std::int64_t{20});
    }

    void blendAveragesWithWeights()
    {
        PredictionBlock a{1, {0, 10}}, b{1, {10, 20}};
        const auto m = blend({&a, &b}, {0.25, 0.75});
        QCOMPARE(m.values, (std::vector<float>{7.5f, 17.5f}));
    }
};

QTEST_GUILESS_MAIN(TestEnsemble)
#include "test_ensemble.moc"
