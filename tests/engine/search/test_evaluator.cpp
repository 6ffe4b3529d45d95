// Cross-validation's out-of-fold predictions under repeated K-fold: `oof` averages each row's predictions over the
// repeats, `oof_single` keeps one model's prediction per row. The average is a small bagged ensemble: for an
// unstable model (a fully grown tree's noise) it scores well above any one model, which is what the ensemble
// selection must not be shown. A candidate too slow for every repeat keeps the whole repeats its time limit allows;
// one that can stop early (trees, boosting rounds) is cut to what fits on every fold instead of timing out. With a
// class rarer than the folds, a candidate is scored on its pooled out-of-fold rows, not flattered by the folds that
// lack the class. Folds fitted side by side give what folds fitted one after another give.
#include "engine/search/evaluator.h"
#include "engine/search/validation_score.h"
#include "regression_case.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace tern;
using namespace tern::search;
using tern::search::testing::RegressionCase;
using tern::search::testing::signal_and_noise;

class TestEvaluator : public QObject {
    Q_OBJECT
private slots:
    void singlePredictionsAreOneModelsEach()
    {
        // y = x0 + noise, two noise columns: single deep trees fit the noise, their average much less so.
        const RegressionCase rc(signal_and_noise(240, 2, 1.0f, 0.5f, 17));
        const auto& [table, target, r2] = rc;
        // One deep tree per model: a forest of one tree without bootstrap, all features at each split.
        CandidateConfig config = rc.forest(1);
        config.params["bootstrap"] = false;

        const auto repeated = make_folds(target.y, Task::regression, 5, 3, false, 3);
        const Evaluation ev = cross_validate({&table, &target, &repeated, &r2, 3, 1}, config, {}, 0, {});
        QCOMPARE(ev.status, std::string("ok"));
        QCOMPARE(ev.oof_single.values.size(), target.rows.size());
        const double averaged = r2.score(target.y, ev.oof), single = r2.score(target.y, ev.oof_single);
        qInfo("r2 of averaged predictions %.3f, of single models' %.3f, mean over folds %.3f", averaged, single,
              ev.score);
        QVERIFY2(averaged > single + 0.05, "averaging three trees' predictions is a bagged ensemble");
        QVERIFY2(std::abs(single - ev.score) < 0.1, "one model's predictions score like the folds do");

        // Plain K-fold predicts each row once: nothing to keep apart.
        const auto plain = make_folds(target.y, Task::regression, 5, 3, false, 1);
        const Evaluation once = cross_validate({&table, &target, &plain, &r2, 3, 1}, config, {}, 0, {});
        QVERIFY(once.oof_single.values.empty());
    }

    void aClassRarerThanTheFoldsIsNotIgnoredByTheScore()
    {
        // 59 "no" and one "yes" that nothing predicts: balanced accuracy 0.5. Four of five folds lack "yes", and
        // a mean over folds that ignores absent classes gave 0.9.
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> uniform;
        std::vector<double> x(60);
        std::vector<std::int32_t> y(60, 0);
        for (auto& v : x)
            v = uniform(rng);
        y[59] = 1;
        data::Table table({data::Column::numeric("x", x), data::Column::categorical("y", y, {"no", "yes"})});
        const TargetData target = prepare_target(table, "y", "binary");
        const Scorer balanced(Task::binary, 2, "balanced_accuracy", "", true);
        SearchContext ctx;
        ctx.task = Task::binary;
        ctx.n_rows = 60;
        ctx.n_classes = 2;
        CandidateConfig config = default_config("linear", ctx);
        config.params["class_weight"] = "none";
        const auto folds = make_folds(target.y, Task::binary, 5, 3, false, 3);
        Problem pb{&table, &target, &folds, &balanced, 3, 1};
        pb.pooled_score = folds_lack_a_class(folds, target.y, Task::binary);
        QVERIFY(pb.pooled_score);
        const Evaluation ev = cross_validate(pb, config, {}, 0, {});
        QCOMPARE(ev.status, std::string("ok"));
        QVERIFY(ev.pooled_score);
        QCOMPARE(ev.score, 0.5);
        QCOMPARE(ev.metrics["balanced_accuracy"].get<double>(), 0.5);
        // The folds without "yes" (12 of 15) have no score of their own, where the metric read 1.0; the spread is
        // that of the three folds that hold it.
        const std::vector<bool> lacking = folds_lacking_a_class(folds, target.y, Task::binary);
        QCOMPARE(std::count(lacking.begin(), lacking.end(), true), 12);
        QCOMPARE(ev.fold_scores.size(), folds.size());
        for (std::size_t f = 0; f < folds.size(); ++f)
            QCOMPARE(std::isfinite(ev.fold_scores[f]), !lacking[f]);
        QCOMPARE(count_undefined_folds(ev.fold_scores), std::size_t{12});
        QVERIFY(ev.score_std < 0.01); // 0.2 with the twelve 1.0s

        // Every class in every fold: the usual mean over folds.
        const std::vector<float> values(x.begin(), x.end());
        QVERIFY(!folds_lack_a_class(make_folds(target.y, Task::regression, 5, 3, false, 1), values, Task::regression));
    }

    void aSlowCandidateKeepsTheRepeatsThatFitItsTimeLimit()
    {
        const RegressionCase rc(signal_and_noise(600, 2, 1.0f, 0.5f, 17));
        const auto& [table, target, r2] = rc;
        const CandidateConfig config = rc.forest(200);

        // One repeat's folds, timed, set a limit that holds about nine folds: the first repeat (five) fits, all
        // three repeats (fifteen) do not. The margins allow the host to run either pass 1.7 times slower.
        const auto plain = make_folds(target.y, Task::regression, 5, 3, false, 1);
        const Evaluation once = cross_validate({&table, &target, &plain, &r2, 3, 1}, config, {}, 0, {});
        QCOMPARE(once.status, std::string("ok"));
        const double limit = 9.0 * once.cv_s / 5.0;

        const auto repeated = make_folds(target.y, Task::regression, 5, 3, false, 3);
        const Evaluation ev = cross_validate({&table, &target, &repeated, &r2, 3, 1}, config, {}, limit, {});
        QCOMPARE(ev.status, std::string("ok"));
        qInfo("limit %.3f s: %zu of 15 folds in %.3f s", limit, ev.fold_scores.size(), ev.cv_s);
        QVERIFY2(ev.fold_scores.size() == 5 || ev.fold_scores.size() == 10, "stops at the end of a repeat");
        QVERIFY(std::all_of(ev.oof_mask.begin(), ev.oof_mask.end(), [](auto m) { return m == 1; }));
        QCOMPARE(ev.oof_single.values.size(), target.rows.size());
        double mean = 0;
        for (double s : ev.fold_scores)
            mean += s / static_cast<double>(ev.fold_scores.size());
        QVERIFY(std::abs(mean - ev.score) < 1e-12);

        // Too slow for even one repeat: a timeout, as before. The family must be one that cannot stop early (a
        // forest or an MLP would keep the trees or epochs that fit; the next test shows that), timed on one repeat
        // of its own.
        const CandidateConfig svm = rc.defaults("svm");
        const Evaluation svm_once = cross_validate({&table, &target, &plain, &r2, 3, 1}, svm, {}, 0, {});
        QCOMPARE(svm_once.status, std::string("ok"));
        const Evaluation hopeless =
            cross_validate({&table, &target, &repeated, &r2, 3, 1}, svm, {}, svm_once.cv_s / 4, {});
        QCOMPARE(hopeless.status, std::string("timeout"));
    }

    void aCandidateThatCanStopEarlyIsCutShortOnEveryFoldInsteadOfTimingOut()
    {
        const RegressionCase rc(signal_and_noise(600, 2, 1.0f, 0.5f, 17));
        const auto& [table, target, r2] = rc;
        const auto folds = make_folds(target.y, Task::regression, 5, 3, false, 1);

        // What a tree costs here, timed; then a forest of 50,000 trees under a limit worth about 1,000 per fold.
        // It used to grow thousands of trees on the first fold, see that five such folds would not fit, and time out.
        const Evaluation small = cross_validate({&table, &target, &folds, &r2, 3, 1}, rc.forest(100), {}, 0, {});
        QCOMPARE(small.status, std::string("ok"));
        QVERIFY(small.cut_short.empty());
        const double limit = 10.0 * small.cv_s;

        const Evaluation ev = cross_validate({&table, &target, &folds, &r2, 3, 1}, rc.forest(50000), {}, limit, {});
        QCOMPARE(ev.status, std::string("ok"));
        QCOMPARE(ev.fold_scores.size(), std::size_t{5});
        QVERIFY(std::all_of(ev.oof_mask.begin(), ev.oof_mask.end(), [](auto m) { return m == 1; }));
        QVERIFY2(ev.cut_short.contains("n_estimators"), ev.cut_short.dump().c_str());
        const auto trained = ev.cut_short["n_estimators"].get<long long>();
        qInfo("limit %.3f s: %lld of 50,000 trees per fold on average, %.3f s", limit, trained, ev.cv_s);
        QVERIFY(trained >= 1 && trained < 50000);

        // A refit with the trained size is the model that was scored; the proposal itself is kept as it was.
        const CandidateConfig config = rc.forest(50000);
        const CandidateConfig refit = config.as_trained(ev.cut_short);
        QCOMPARE(refit.params["n_estimators"].get<long long>(), trained);
        QCOMPARE(config.params["n_estimators"].get<long long>(), 50000LL);
        QCOMPARE(refit.display_params()["n_estimators"].get<long long>(), trained);
    }

    void foldsSideBySideGiveWhatFoldsOneAfterAnotherGive()
    {
        const RegressionCase rc(signal_and_noise(300, 2, 1.0f, 0.5f, 17));
        const auto& [table, target, r2] = rc;
        const auto repeated = make_folds(target.y, Task::regression, 5, 3, false, 3);
        const CandidateConfig config = rc.forest(20);
        const Evaluation one = cross_validate({&table, &target, &repeated, &r2, 3, 1}, config, {}, 0, {});
        for (int side_by_side : {2, 3, 7}) {
            Problem pb{&table, &target, &repeated, &r2, 3, 1};
            pb.concurrent_folds = side_by_side;
            const Evaluation ev = cross_validate(pb, config, {}, 0, {});
            QCOMPARE(ev.status, std::string("ok"));
            QCOMPARE(ev.fold_scores, one.fold_scores);
            QCOMPARE(ev.oof.values, one.oof.values);
            QCOMPARE(ev.oof_single.values, one.oof_single.values);
            QCOMPARE(ev.score, one.score);
        }

        // Side by side, a forest too large for its limit is still cut short on every fold of a repeat.
        const auto folds = make_folds(target.y, Task::regression, 5, 3, false, 1);
        const Evaluation small = cross_validate({&table, &target, &folds, &r2, 3, 1}, rc.forest(100), {}, 0, {});
        Problem pb{&table, &target, &folds, &r2, 3, 1};
        pb.concurrent_folds = 2;
        const Evaluation cut = cross_validate(pb, rc.forest(50000), {}, 10.0 * small.cv_s, {});
        QCOMPARE(cut.status, std::string("ok"));
        QCOMPARE(cut.fold_scores.size(), std::size_t{5});
        QVERIFY2(cut.cut_short.contains("n_estimators"), cut.cut_short.dump().c_str());
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "test_evaluator.moc"
