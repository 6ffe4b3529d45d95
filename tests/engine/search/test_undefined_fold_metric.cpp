// A metric expression undefined on some folds: tp / (tp + fn) on a fold without positives (a rare class and five
// folds). The run used to fail with "every candidate failed", since one undefined fold made every candidate's mean
// infinite; leaving such folds out of the mean instead flattered a candidate by its worst folds (1 / (fp + fn) is
// infinite on a perfect fold), so the candidate is scored on its pooled out-of-fold rows. An expression undefined
// on every fold still fails the candidate, and the run's one-line error says why.
#include "engine/search/evaluator.h"
#include "engine/search/runner.h"
#include "engine/search/search_space.h"
#include "engine/search/validation_score.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace tern;
using namespace tern::search;

namespace {

class Quiet final : public Observer {};

}  // namespace

class TestUndefinedFoldMetric : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void summaryLeavesOutUndefinedFolds()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const auto s = summarize_folds({0.5, -inf, 1.0, std::nan("")});
        QVERIFY(s.has_value());
        QCOMPARE(s->defined, std::size_t{2});
        QCOMPARE(s->mean, 0.75);
        QVERIFY(std::abs(s->std - std::sqrt(0.125)) < 1e-12);
        QVERIFY(!summarize_folds({-inf, inf}).has_value());
        QVERIFY(!summarize_folds({}).has_value());
        QCOMPARE(summarize_folds({0.25})->std, 0.0);
    }

    void foldsWhereTheMetricIsNotFiniteDoNotFlatterTheScore()
    {
        // 1 / (fp + fn) is infinite, its worst, on a fold predicted without error: a mean over the other folds
        // scored a candidate by its worst folds only. Three rows in 40 sit on the wrong side of x.
        std::vector<double> x(40);
        std::vector<std::int32_t> y(40);
        for (std::size_t i = 0; i < x.size(); ++i) {
            y[i] = i % 2;
            x[i] = (i % 13 == 5 ? 1.0 - y[i] : y[i]) + 0.01 * static_cast<double>(i);
        }
        data::Table table({data::Column::numeric("x", x), data::Column::categorical("y", y, {"no", "yes"})});
        const TargetData target = prepare_target(table, "y", "binary");
        const Scorer inverse_errors(Task::binary, 2, "", "1 / (fp + fn)", true);
        SearchContext ctx;
        ctx.task = Task::binary;
        ctx.n_rows = x.size();
        ctx.n_classes = 2;
        const auto folds = make_folds(target.y, Task::binary, 5, 1, false, 3);
        const Evaluation ev =
            cross_validate({&table, &target, &folds, &inverse_errors, 3, 1}, default_config("knn", ctx), {}, 0, {});
        QCOMPARE(ev.status, std::string("ok"));
        QVERIFY2(ev.undefined_folds > 0 && ev.undefined_folds < folds.size(), "some folds are predicted perfectly");
        QCOMPARE(ev.undefined_folds, count_undefined_folds(ev.fold_scores));
        QCOMPARE(ev.score, ev.metrics["custom"].get<double>());
        QVERIFY2(ev.score < summarize_folds(ev.fold_scores)->mean, "the finite folds alone flatter it");
    }

    void recallOnARareClassScoresTheFoldsThatHavePositives()
    {
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        Runner runner(store);
        Quiet quiet;
        const auto outcome = runner.run(spec("tp / (tp + fn)"), quiet);
        QCOMPARE(outcome.status, std::string("finished"));
        int ok = 0;
        for (const auto& c : store.load_candidates(outcome.run_id)) {
            if (c.status != "ok")
                continue;
            ++ok;
            QVERIFY(c.score && std::isfinite(*c.score) && *c.score >= 0 && *c.score <= 1);
            // Some folds have no positive: their score is not a number, the rest make the candidate's score.
            int undefined = 0;
            for (double f : c.fold_scores)
                undefined += !std::isfinite(f);
            QVERIFY2(undefined > 0 && undefined < static_cast<int>(c.fold_scores.size()), c.family.c_str());
        }
        QCOMPARE(ok, 4);  // three searched and the ensemble
    }

    // On test rows predicted without error 1 / (fp + fn) is infinite: no test score (it used to show as -inf, a
    // perfect model read as the worst), and the candidate's details say why.
    void aTestScoreThatIsNotFiniteIsLeftOutWithItsReason()
    {
        const std::string train = m_dir.filePath("noisy.csv").toStdString();
        const std::string test = m_dir.filePath("clean.csv").toStdString();
        {
            std::ofstream out(train);
            out << "x,label\n";
            for (int i = 0; i < 60; ++i) {
                const bool yes = i % 2 == 1, flipped = i % 10 == 3;
                out << (yes != flipped ? 10 : 0) + i % 5 << ',' << (yes ? "yes" : "no") << '\n';
            }
            std::ofstream clean(test);
            clean << "x,label\n0,no\n12,yes\n1,no\n13,yes\n";
        }
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        Runner runner(store);
        Quiet quiet;
        RunSpec s;
        s.data_path = train;
        s.test_path = test;
        s.target = "label";
        s.budget_s = 60;
        s.max_candidates = 2;
        s.families = {"knn", "linear"};
        s.metric_expr = "1 / (fp + fn)";
        const auto outcome = runner.run(s, quiet);
        QCOMPARE(outcome.status, std::string("finished"));
        const auto best = store.load_candidates(outcome.run_id);
        bool noted = false;
        for (const auto& c : best)
            if (c.ordinal == outcome.best_id.value_or(-1)) {
                QVERIFY(!c.test_score);
                noted = c.details["test"].value("note", "").find("not finite") != std::string::npos;
            }
        QVERIFY(noted);
    }

    void anExpressionUndefinedEverywhereFailsSayingWhy()
    {
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        Runner runner(store);
        Quiet quiet;
        // Defined on other counts (refused before the run when defined for no prediction, or the same for all), not on
        // these rows: 12 per fold, 60 pooled.
        const auto outcome = runner.run(spec("(tp + tn) / ((n - 12) * (n - 60))"), quiet);
        QCOMPARE(outcome.status, std::string("failed"));
        QVERIFY2(outcome.error.find("every candidate failed: the metric is not finite") != std::string::npos,
                 outcome.error.c_str());
        QCOMPARE(store.load_run(outcome.run_id).error, outcome.error);
    }

private:
    // 60 rows, 3 positives: with five stratified folds, two folds validate on negatives only.
    RunSpec spec(const char* expression)
    {
        const std::string path = m_dir.filePath("rare.csv").toStdString();
        {
            std::ofstream out(path);
            out << "x,z,label\n";
            for (int i = 0; i < 60; ++i)
                out << (i < 3 ? 5 + i : i % 4) << ',' << i % 7 << ',' << (i < 3 ? "yes" : "no") << '\n';
        }
        RunSpec s;
        s.data_path = path;
        s.target = "label";
        s.budget_s = 60;
        s.folds = 5;
        s.max_candidates = 3;
        s.families = {"naive_bayes", "linear", "knn"};
        s.metric_expr = expression;
        return s;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestUndefinedFoldMetric)
#include "test_undefined_fold_metric.moc"
