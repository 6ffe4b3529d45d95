// The runner end to end on small real tables (tests/data/search): the budget holds within 10 %, the same seed with
// --max-candidates gives identical candidates and scores, a stop request ends the run within a second keeping the
// finished candidates, a candidate that fails is recorded with its error while the search goes on, rows with a
// missing target are counted, and a stored run resumes without repeating what it did.
#include "engine/search/runner.h"

#include <QtTest>

#include <QTemporaryDir>

#include <chrono>
#include <cmath>
#include <fstream>
#include <set>
#include <thread>

using namespace tern;
using namespace tern::search;

namespace {

std::string data_file(const char* name) { return std::string(TERN_TEST_DATA) + "/search/" + name; }

class Counter final : public Observer {
public:
    std::atomic<int> finished{0};
    std::atomic<int> started{0};
    void candidate_started(const CandidateStart&) override { ++started; }
    void candidate_finished(const CandidateResult&) override { ++finished; }
};

RunSpec spec_for(const char* file, const char* target, double budget)
{
    RunSpec s;
    s.data_path = data_file(file);
    s.target = target;
    s.budget_s = budget;
    s.seed = 3;
    // The quick families keep the suite short; the budget test below uses every family.
    s.families = {"naive_bayes", "linear", "knn", "extra_trees", "random_forest", "xgboost"};
    return s;
}

double seconds_since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// What must be identical between two runs with the same seed: everything but timings.
nlohmann::json comparable(const store::CandidateRecord& c)
{
    return {{"family", c.family}, {"params", c.params}, {"status", c.status}, {"score", c.score ? *c.score : -1e9},
            {"folds", c.fold_scores}};
}

}  // namespace

class TestRunner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void budgetHoldsWithinTenPercent()
    {
        auto store = store::Store::open(db("budget"));
        Counter observer;
        Runner runner(store);
        const double budget = 6;
        auto spec = spec_for("titanic.train.csv", "Survived", budget);
        spec.families.clear();
        const auto start = std::chrono::steady_clock::now();
        const auto out = runner.run(spec, observer);
        const double wall = seconds_since(start);
        QCOMPARE(out.status, std::string("finished"));
        QVERIFY(out.ok >= 3);
        // 10 % plus the scoring of the last candidate (bounded by the probe's 0.15 s and a store commit).
        QVERIFY2(wall <= budget * 1.1 + 0.5, qPrintable(QString("took %1 s").arg(wall)));
        const auto run = store.load_run(out.run_id);
        QVERIFY(run.elapsed_s <= budget * 1.1 + 0.5);
        QVERIFY(run.best_candidate.has_value());
        bool ensemble = false;
        for (const auto& c : store.load_candidates(out.run_id)) {
            ensemble = ensemble || c.family == "ensemble";
            if (c.ordinal == *run.best_candidate)
                QCOMPARE(c.family, std::string("ensemble"));  // chosen whenever within the (absent) latency budget
            if (c.status == "ok") {
                QVERIFY(c.latency_us_p50 && *c.latency_us_p50 > 0);
                QVERIFY(c.size_bytes && *c.size_bytes > 0);
            }
        }
        QVERIFY(ensemble);
    }

    void sameSeedAndMaxCandidatesGiveTheSameRun()
    {
        auto store = store::Store::open(db("determinism"));
        std::vector<std::vector<nlohmann::json>> runs;
        for (int i = 0; i < 2; ++i) {
            Counter observer;
            Runner runner(store);
            auto spec = spec_for("penguins.train.csv", "species", 300);
            spec.max_candidates = 10;
            const auto out = runner.run(spec, observer);
            QCOMPARE(out.status, std::string("finished"));
            std::vector<nlohmann::json> cands;
            for (const auto& c : store.load_candidates(out.run_id))
                cands.push_back(comparable(c));
            QCOMPARE(cands.size(), std::size_t{11});  // ten searched + the ensemble
            runs.push_back(cands);
        }
        QCOMPARE(runs[0], runs[1]);
    }

    void stopRequestEndsTheRunWithinASecond()
    {
        auto store = store::Store::open(db("cancel"));
        Counter observer;
        Runner runner(store);
        std::stop_source stop;
        std::chrono::steady_clock::time_point asked;
        std::thread canceller([&] {
            while (observer.finished < 2)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            std::this_thread::sleep_for(std::chrono::milliseconds(150));  // most likely inside a fit
            asked = std::chrono::steady_clock::now();
            stop.request_stop();
        });
        const auto out = runner.run(spec_for("titanic.train.csv", "Survived", 120), observer, stop.get_token());
        const double latency = seconds_since(asked);
        canceller.join();
        QVERIFY2(latency < 1.0, qPrintable(QString("stopped %1 s after the request").arg(latency)));
        QCOMPARE(out.status, std::string("cancelled"));
        const auto run = store.load_run(out.run_id);
        QCOMPARE(run.status, std::string("cancelled"));
        int ok = 0;
        for (const auto& c : store.load_candidates(out.run_id))
            ok += c.status == "ok";
        QVERIFY(ok >= 2);
    }

    void failedCandidateIsRecordedAndTheSearchGoesOn()
    {
        // A metric undefined on what one family predicts: sqrt(r2 - 0.5) on a sine wave of x, which a line cannot
        // follow (r2 near 0) and a forest can. The linear candidates fail with the reason, the forests go on.
        const std::string path = m_dir.filePath("sine.csv").toStdString();
        {
            std::ofstream out(path);
            out << "x,noise,y\n";
            for (int i = 0; i < 300; ++i) {
                const double x = (i * 37 % 300) / 300.0;
                out << x << "," << (i * 53 % 97) / 97.0 << "," << std::sin(20 * x) << "\n";
            }
        }
        auto store = store::Store::open(db("failed"));
        Counter observer;
        Runner runner(store);
        RunSpec spec;
        spec.data_path = path;
        spec.target = std::string{"y"};
        spec.budget_s = 300;
        spec.families = {"linear", "random_forest"};
        spec.metric_expr = "sqrt(r2 - 0.5)";
        spec.max_candidates = 4;
        const auto out = runner.run(spec, observer);
        QCOMPARE(out.status, std::string("finished"));
        int failed = 0, ok = 0;
        for (const auto& c : store.load_candidates(out.run_id)) {
            if (c.status == "failed") {
                ++failed;
                QCOMPARE(c.family, std::string("linear"));
                QVERIFY2(c.error.find("not finite") != std::string::npos, c.error.c_str());
            }
            ok += c.status == "ok";
        }
        QVERIFY(failed >= 1);
        QVERIFY(ok >= 1);
    }

    // An imputer pinned to "none" keeps a column's missing values, which XGBoost alone reads: the other families are
    // left out of the run and named, instead of failing candidate after candidate.
    void aPinThatKeepsMissingValuesLeavesOutTheFamiliesThatCannotReadThem()
    {
        auto store = store::Store::open(db("pinned"));
        Counter observer;
        Runner runner(store);
        auto spec = spec_for("penguins.train.csv", "species", 300);
        spec.imputer_pins = {{"bill_length_mm", "none"}};
        spec.max_candidates = 3;
        const auto out = runner.run(spec, observer);
        QCOMPARE(out.status, std::string("finished"));
        for (const auto& c : store.load_candidates(out.run_id)) {
            QCOMPARE(c.status, std::string("ok"));
            QVERIFY(c.family == "xgboost" || c.family == "ensemble");
        }
        const auto report = store.load_run(out.run_id).report;
        QCOMPARE(report["families"], nlohmann::json::array({"xgboost"}));
        QCOMPARE(report["families_left_out"].size(), std::size_t(5)); // spec_for's others
    }

    void missingTargetRowsAreCountedAndResumeSkipsWhatIsDone()
    {
        // A copy of airquality's training split with three target cells blanked.
        const std::string path = m_dir.filePath("air.csv").toStdString();
        {
            std::ifstream in(data_file("airquality.train.csv"));
            std::ofstream out(path);
            std::string line;
            for (int i = 0; std::getline(in, line); ++i)
                out << (i >= 1 && i <= 3 ? line.substr(line.find(',')) : line) << '\n';
        }
        auto store = store::Store::open(db("resume"));
        Counter observer;
        Runner runner(store);
        auto spec = spec_for("airquality.train.csv", "Ozone", 300);
        spec.data_path = path;
        spec.max_candidates = 5;
        const auto first = runner.run(spec, observer);
        QCOMPARE(store.load_run(first.run_id).report.value("rows_missing_target", 0), 3);
        QCOMPARE(store.load_run(first.run_id).task, std::string("regression"));
        const auto before = store.load_candidates(first.run_id);

        // Resuming with a larger candidate limit continues: new configurations only.
        auto run = store.load_run(first.run_id);
        run.spec["max_candidates"] = 8;
        store.update_run(run);
        const auto second = runner.resume(first.run_id, 60.0, observer);
        QCOMPARE(second.status, std::string("finished"));
        const auto after = store.load_candidates(first.run_id);
        QVERIFY(after.size() > before.size());
        std::set<std::string> keys;
        for (const auto& c : after)
            if (c.family != "ensemble")
                QVERIFY2(keys.insert(c.details["config"].dump()).second, "a configuration ran twice");
        QCOMPARE(static_cast<int>(keys.size()), 8);
    }

private:
    std::string db(const char* name) const { return m_dir.filePath(QString(name) + ".db").toStdString(); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunner)
#include "test_runner.moc"
