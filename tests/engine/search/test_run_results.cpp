// What a run leaves in the store: test-file scores in the candidates' test_score column and "test" metric rows
// (Store::update_candidate_test, read back by load_candidates), and a resumed run's ensembles: a new one when the
// resumed session adds candidates, none when it adds none; a stored ensemble never changes; a run that an
// unexpected error stops (out of memory) is stored as failed with its reason, its finished candidates kept.
#include "engine/core/error.h"
#include "engine/search/runner.h"

#include <QtTest>

#include <QTemporaryDir>

using namespace tern;
using namespace tern::search;

namespace {

std::string data_file(const char* name) { return std::string(TERN_TEST_DATA) + "/search/" + name; }

RunSpec iris_spec(int max_candidates)
{
    RunSpec s;
    s.data_path = data_file("iris.train.csv");
    s.test_path = data_file("iris.test.csv");
    s.target = "species";
    s.budget_s = 300;
    s.seed = 5;
    s.max_candidates = max_candidates;
    s.families = {"naive_bayes", "linear", "knn", "extra_trees"};
    return s;
}

std::vector<store::CandidateRecord> ensembles(const std::vector<store::CandidateRecord>& all)
{
    std::vector<store::CandidateRecord> out;
    for (const auto& c : all)
        if (c.family == "ensemble")
            out.push_back(c);
    return out;
}

// Runs out of memory when the second candidate finishes.
class MemoryRunsOut final : public Observer {
  public:
    void candidate_finished(const CandidateResult& r) override
    {
        if (r.id == 2)
            throw std::bad_alloc();
    }
};

}  // namespace

class TestRunResults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void testScoresAreStoredInTheirColumn()
    {
        auto store = store::Store::open(db("test_score"));
        NullObserver quiet;
        Runner runner(store);
        const auto outcome = runner.run(iris_spec(4), quiet);
        QVERIFY(outcome.best_id);
        int with_test = 0;
        for (const auto& c : store.load_candidates(outcome.run_id)) {
            if (c.ordinal == *outcome.best_id)
                QVERIFY2(c.test_score.has_value(), "the best candidate has no stored test_score");
            if (!c.test_score)
                continue;
            ++with_test;
            QVERIFY(*c.test_score >= 0 && *c.test_score <= 1);
            QVERIFY(c.test_metrics.contains("accuracy"));
            QVERIFY2(!c.details["test"].contains("score"), "the test score is kept twice");
            QVERIFY(CandidateResult::from_record(c).to_json().contains("test_score"));
        }
        QVERIFY(with_test >= 2);  // the ensemble and its members at least
    }

    // Test rows that are also training rows are counted: a test file that repeats the training file flatters.
    void testRowsAlsoInTrainingAreCounted()
    {
        // The test file with ten training rows appended: those ten at least, and not every row.
        QFile test(QString::fromStdString(data_file("iris.test.csv"))), train(QString::fromStdString(data_file("iris.train.csv")));
        QVERIFY(test.open(QIODevice::ReadOnly) && train.open(QIODevice::ReadOnly));
        QByteArray mixed = test.readAll();
        const QList<QByteArray> training = train.readAll().split('\n');
        for (int i = 1; i <= 10; ++i)
            mixed += training[i] + '\n';
        const QString path = m_dir.filePath("mixed.csv");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(mixed) == mixed.size());
        out.close();
        auto store = store::Store::open(db("overlap"));
        NullObserver quiet;
        RunSpec spec = iris_spec(1);
        spec.test_path = path.toStdString();
        const auto outcome = Runner(store).run(spec, quiet);
        const auto run = store.load_run(outcome.run_id);
        const int shared = run.report.value("test_rows_in_training", 0);
        QVERIFY2(shared >= 10 && shared < run.report.value("test_rows", 0), run.report.dump().c_str());
    }

    void updateCandidateTestReplacesTheTestMetrics()
    {
        auto store = store::Store::open(db("test_score"));
        const auto run_id = store.list_runs().front().id;
        store.update_candidate_test(run_id, 1, 0.25, {{"accuracy", 0.25}, {"f1_macro", 0.5}});
        store.update_candidate_test(run_id, 1, 0.75, {{"accuracy", 0.75}});
        const auto c = store.load_candidates(run_id).front();
        QCOMPARE(*c.test_score, 0.75);
        QCOMPARE(c.test_metrics, nlohmann::json({{"accuracy", 0.75}}));
        QVERIFY(!c.cv_metrics.empty());  // cross-validated metrics untouched
        QVERIFY_THROWS_EXCEPTION(InputError, store.update_candidate_test(run_id, 999, 0.5, {}));
    }

    void resumedRunAddsAnEnsembleAndKeepsTheEarlierOne()
    {
        auto store = store::Store::open(db("resume"));
        NullObserver quiet;
        Runner runner(store);
        const auto first = runner.run(iris_spec(3), quiet);
        const auto before = ensembles(store.load_candidates(first.run_id));
        QCOMPARE(static_cast<int>(before.size()), 1);

        // Nothing new to search: the ensemble is kept as it is.
        runner.resume(first.run_id, 30.0, quiet);
        auto now = ensembles(store.load_candidates(first.run_id));
        QCOMPARE(static_cast<int>(now.size()), 1);
        QCOMPARE(now.front().ordinal, before.front().ordinal);
        QCOMPARE(now.front().params, before.front().params);

        // More candidates: a new ensemble over the larger pool; the first one keeps its members, weights and score
        // (an export of it still matches its record).
        auto run = store.load_run(first.run_id);
        run.spec["max_candidates"] = 6;
        store.update_run(run);
        const auto second = runner.resume(first.run_id, 60.0, quiet);
        QCOMPARE(second.status, std::string("finished"));
        const auto all = store.load_candidates(first.run_id);
        now = ensembles(all);
        QCOMPARE(static_cast<int>(now.size()), 2);
        QCOMPARE(now.front().ordinal, before.front().ordinal);
        QCOMPARE(now.front().params, before.front().params);
        QCOMPARE(now.front().score, before.front().score);
        QVERIFY(now.back().ordinal > now.front().ordinal);
        QCOMPARE(static_cast<int>(now.back().details.value("pool", 0)), 6);
        QVERIFY(now.back().test_score.has_value());
        QCOMPARE(static_cast<int>(all.size()), 8);
        QCOMPARE(store.list_artifacts(first.run_id, now.back().ordinal).size(), std::size_t{1});
        QCOMPARE(store.load_run(first.run_id).best_candidate.value_or(0), now.back().ordinal); // the newest is chosen
        // The run's budget is what its sessions were given, so its elapsed time never reads as an overrun.
        const auto resumed = store.load_run(first.run_id);
        QVERIFY(resumed.budget_s >= 60.0 && resumed.budget_s <= 60.0 + resumed.elapsed_s);
        QCOMPARE(resumed.spec["budget_s"].get<double>(), resumed.budget_s);
    }

    // Work that reads a run's data again (importance here; resume and quantised export alike) refuses a file that
    // changed since the run: it would measure rows and labels the candidates were never scored on.
    void aRunOutOfMemoryIsStoredAsFailed()
    {
        auto store = store::Store::open(db("memory"));
        MemoryRunsOut observer;
        try {
            Runner(store).run(iris_spec(4), observer);
            QFAIL("the error should reach the caller");
        } catch (const WorkError& e) {
            QCOMPARE(QString(e.what()), QString("out of memory (finished candidates are kept)"));
        }
        const auto run = store.load_run(1);
        QCOMPARE(run.status, std::string("failed"));
        QCOMPARE(run.error, std::string("out of memory (finished candidates are kept)"));
        QVERIFY(!run.finished_at.empty());
        QCOMPARE(store.load_candidates(1).size(), std::size_t{2});
    }

    void importanceRefusesChangedData()
    {
        const std::string copy = m_dir.filePath("iris_copy.csv").toStdString();
        QVERIFY(QFile::copy(QString::fromStdString(data_file("iris.train.csv")), QString::fromStdString(copy)));
        auto store = store::Store::open(db("changed"));
        NullObserver quiet;
        Runner runner(store);
        RunSpec spec = iris_spec(2);
        spec.data_path = copy;
        spec.test_path.clear();
        const auto outcome = runner.run(spec, quiet);
        QVERIFY(!runner.explain(outcome.run_id, 1, 30).empty());
        QFile f(QString::fromStdString(copy));
        QVERIFY(f.open(QIODevice::Append));
        f.write("5.0,3.0,1.5,0.2,setosa\n");
        f.close();
        try {
            runner.explain(outcome.run_id, 1, 30);
            QFAIL("importance on changed data");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("changed since run"), e.what());
        }
    }

    // Without a refit (asked for, or when it would not fit the budget) the chosen model is its last fold's, and it
    // is still scored on the test file with that model.
    void withoutRefitTheFoldModelIsScoredOnTheTestFile()
    {
        auto store = store::Store::open(db("no_refit"));
        NullObserver quiet;
        Runner runner(store);
        RunSpec spec = iris_spec(3);
        spec.refit = false;
        const auto outcome = runner.run(spec, quiet);
        QVERIFY(outcome.best_id);
        int skipped = 0;
        for (const auto& c : store.load_candidates(outcome.run_id)) {
            if (c.family == "ensemble")
                continue;
            for (const auto& a : store.list_artifacts(outcome.run_id, c.ordinal))
                QVERIFY2(a.meta.value("fitted_on", "") != "all training rows", "refitted although asked not to");
            if (!c.details.contains("refit"))
                continue;
            ++skipped;
            QVERIFY(c.details["refit"].contains("skipped"));
            QVERIFY2(c.test_score.has_value(), "a chosen model kept from its fold has no test score");
        }
        QVERIFY(skipped >= 1);
        const auto best = store.load_candidates(outcome.run_id).at(std::size_t(*outcome.best_id - 1));
        QVERIFY(best.test_score.has_value());
    }

private:
    std::string db(const char* name) const { return m_dir.filePath(QString(name) + ".db").toStdString(); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunResults)
#include "test_run_results.moc"
