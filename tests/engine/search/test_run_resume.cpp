// What `resume` refuses before it touches a stored run: a training file whose content changed since the run
// started (its stored candidates and out-of-fold predictions belong to the earlier content: a resumed run used to
// fit new candidates on the new labels and ensemble them with the old ones), and a budget that is not a finite
// number of seconds (-1 and NaN used to mean "what is left" without a word). The same file unchanged resumes, and
// so does a run an older build stored with a null latency budget.
#include "engine/core/error.h"
#include "engine/search/run_report.h"
#include "engine/search/runner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace tern;
using namespace tern::search;

namespace {

class Quiet final : public Observer {};

class Log final : public Observer {
public:
    void log(const Message& line) override { lines += line.text() + "\n"; }
    std::string lines;
};

void write_table(const std::string& path, bool flipped)
{
    std::ofstream out(path);
    out << "x,z,label\n";
    for (int i = 0; i < 60; ++i) {
        const bool odd = (i % 2 == 1) != flipped;
        out << i % 7 + (odd ? 3 : 0) << ',' << i % 5 << ',' << (odd ? "odd" : "even") << '\n';
    }
}

}  // namespace

class TestRunResume : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void changedTrainingFileIsRefused()
    {
        const std::string path = m_dir.filePath("changing.csv").toStdString();
        write_table(path, false);
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        Runner runner(store);
        Quiet quiet;
        RunSpec spec;
        spec.data_path = path;
        spec.target = "label";
        spec.budget_s = 60;
        spec.max_candidates = 2;
        spec.families = {"naive_bayes", "linear", "knn"};
        const auto first = runner.run(spec, quiet);
        QCOMPARE(first.status, std::string("finished"));
        const auto candidates = store.load_candidates(first.run_id).size();

        // Same rows and columns, labels flipped: only the content tells.
        write_table(path, true);
        try {
            runner.resume(first.run_id, 10.0, quiet);
            QFAIL("resume should refuse a changed training file");
        } catch (const InputError& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("changed since run") != std::string::npos, e.what());
            QVERIFY2(what.find(path) != std::string::npos, e.what());
        }
        QCOMPARE(store.load_run(first.run_id).status, std::string("finished"));
        QCOMPARE(store.load_candidates(first.run_id).size(), candidates);

        // Back to the content the run saw: it resumes (and, at its candidate limit, adds no candidate).
        write_table(path, false);
        const auto resumed = runner.resume(first.run_id, 10.0, quiet);
        QCOMPARE(resumed.status, std::string("finished"));
        QCOMPARE(store.load_candidates(first.run_id).size(), candidates);

        // At its limit, a resumed run says which limit holds it and how to raise it; raised, it searches on.
        Log log;
        runner.resume(first.run_id, 10.0, log);
        QVERIFY2(log.lines.find("already has 2 searched candidates, and its limit is 2") != std::string::npos,
                 log.lines.c_str());
        const auto held = store.load_run(first.run_id).report.value("resume_limit_reached", nlohmann::json());
        QCOMPARE(held.value("searched", 0), 2);
        QCOMPARE(held.value("limit", 0), 2);
        QVERIFY_THROWS_EXCEPTION(InputError, runner.resume(first.run_id, 10.0, quiet, {}, -1));
        const auto raised = runner.resume(first.run_id, 10.0, quiet, {}, 3);
        QCOMPARE(raised.status, std::string("finished"));
        QVERIFY(!store.load_run(first.run_id).report.contains("resume_limit_reached"));
        QCOMPARE(store.load_run(first.run_id).spec.value("max_candidates", 0), 3);
        // Lowered below what it has, it names both counts (it said "the 1 searched candidates" of a run with 3).
        Log lowered;
        runner.resume(first.run_id, 10.0, lowered, {}, 1);
        QVERIFY2(lowered.lines.find("already has 3 searched candidates, and its limit is 1") != std::string::npos,
                 lowered.lines.c_str());
        QVERIFY2(store.load_candidates(first.run_id).size() > candidates + 1, "a searched candidate and an ensemble");
    }

    void budgetMustBeFiniteAndPositive_data()
    {
        QTest::addColumn<double>("budget");
        QTest::newRow("negative") << -1.0;
        QTest::newRow("zero") << 0.0;
        QTest::newRow("NaN") << std::nan("");
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
    }
    void budgetMustBeFiniteAndPositive()
    {
        QFETCH(double, budget);
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        const auto runs = store.list_runs();
        QVERIFY(!runs.empty());  // changedTrainingFileIsRefused stored one
        Runner runner(store);
        Quiet quiet;
        try {
            runner.resume(runs.front().id, budget, quiet);
            QFAIL("resume should refuse the budget");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("--budget must be a number of seconds > 0") != std::string::npos, e.what());
        }
        QCOMPARE(store.load_run(runs.front().id).status, runs.front().status);
    }

    // Builds that let --latency-budget-us nan through stored it as null: `show` failed on such a run with a JSON
    // library message and `resume` refused it; both now read it as no latency budget.
    void aNullLatencyBudgetStoredByAnOlderBuildShowsAndResumes()
    {
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        const auto runs = store.list_runs();
        QVERIFY(!runs.empty());
        store::RunRecord run = store.load_run(runs.front().id);
        run.spec["latency_budget_us"] = nullptr;
        store.update_run(run);
        const auto shown = run_to_json(store, run.id);
        QCOMPARE(shown["latency_budget_us"].get<double>(), 0.0);
        Runner runner(store);
        Quiet quiet;
        QCOMPARE(runner.resume(run.id, 5.0, quiet).status, std::string("finished"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunResume)
#include "test_run_resume.moc"
