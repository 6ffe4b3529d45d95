// Tables a run refuses before searching, with one line that says why: no column is usable as a feature (a key and
// free text only), where every candidate used to fail on an empty matrix; a test file with words in a number column,
// where the run used to finish with every test score silently missing; a header without rows, or a target with one
// class, said with the file's name (a header-only file used to read as "target has only one class"); an imputer pin
// on a column the table lacks, with an unknown strategy, or on the target.
#include "engine/core/error.h"
#include "engine/search/runner.h"

#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <fstream>

using namespace tern;
using namespace tern::search;

namespace {

class Quiet final : public Observer {};

RunSpec spec_for(const std::string& data, const std::string& target, double budget_s)
{
    RunSpec spec;
    spec.data_path = data;
    spec.target = target;
    spec.budget_s = budget_s;
    return spec;
}

} // namespace

class TestRunInputs : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tableWithoutUsableFeatureIsRefusedNamingTheColumns()
    {
        // A product key unique to each row and a free-text review: both set aside by every pipeline.
        const std::string path = m_dir.filePath("reviews.csv").toStdString();
        {
            std::ofstream out(path);
            out << "product,review,score\n";
            for (int i = 0; i < 60; ++i)
                out << "B00" << 1000 + i << ",\"review number " << i << " says the item was "
                    << (i % 3 ? "fine" : "bad") << " and arrived " << i % 7 << " days late\","
                    << (i % 3 ? "great" : "other") << '\n';
        }
        try {
            run(spec_for(path, "score", 5));
            QFAIL("the run should refuse a table without a usable feature");
        } catch (const InputError& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("no column can be a feature") != std::string::npos, what.c_str());
            QVERIFY2(what.find("'product' id-like") != std::string::npos, what.c_str());
            QVERIFY2(what.find("'review' high-cardinality text") != std::string::npos, what.c_str());
            QVERIFY2(what.find('\n') == std::string::npos, what.c_str());
        }
    }

    void testFileTheModelsCannotScoreIsRefusedBeforeTheSearch()
    {
        const std::string train = m_dir.filePath("train.csv").toStdString();
        const std::string test = m_dir.filePath("test.csv").toStdString();
        {
            std::ofstream out(train);
            out << "x,label\n";
            for (int i = 0; i < 40; ++i)
                out << i << ',' << (i % 2 ? "odd" : "even") << '\n';
            std::ofstream(test) << "x,label\n1,odd\nunknown,even\n";
        }
        RunSpec spec = spec_for(train, "label", 60);
        spec.test_path = test;
        const auto start = std::chrono::steady_clock::now();
        QVERIFY_THROWS_EXCEPTION(InputError, run(spec));
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    }

    void emptyTableAndOneClassTargetNameTheFile_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("header only") << "a,b,label\n"
                                     << "no data rows below the header";
        QTest::newRow("one class") << "a,b,label\n1,2,p\n3,4,p\n"
                                   << "target 'label' has only one class";
        QTest::newRow("no target column") << "a,b\n1,2\n3,4\n"
                                          << "no column named 'label'";
        // Said as such, not as "only one class".
        QTest::newRow("target missing in every row") << "a,b,label\n1,2,\n3,4,\n5,6,\n"
                                                     << "target 'label' has no values (missing in every row)";
    }
    void emptyTableAndOneClassTargetNameTheFile()
    {
        QFETCH(QString, content);
        QFETCH(QString, message);
        const std::string path = m_dir.filePath("small.csv").toStdString();
        std::ofstream(path) << content.toStdString();
        try {
            run(spec_for(path, "label", 5));
            QFAIL("the run should refuse the table");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(std::string(e.what()).find(message.toStdString()) != std::string::npos, e.what());
        }
    }

    // A pin the table cannot honour used to fail every candidate's preprocessing and end the run as "every
    // candidate failed" (exit 1) after a search; now it is refused before the run is stored.
    void imputerPinsAreCheckedBeforeTheSearch_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << "nosuch" << "mean" << "--impute names column 'nosuch'";
        QTest::newRow("unknown strategy") << "a" << "bogus" << "unknown imputer \"bogus\"";
        QTest::newRow("the target") << "label" << "mean" << "--impute names the target 'label'";
        QTest::newRow("numbers on categories") << "c" << "median" << "--impute c=median: 'c' holds categories";
    }
    void imputerPinsAreCheckedBeforeTheSearch()
    {
        QFETCH(QString, column);
        QFETCH(QString, strategy);
        QFETCH(QString, message);
        const std::string path = m_dir.filePath("pins.csv").toStdString();
        {
            std::ofstream out(path);
            out << "a,b,c,label\n";
            for (int i = 0; i < 40; ++i)
                out << i << ',' << (i % 5 ? std::to_string(i * 3) : "") << ',' << (i % 3 ? "red" : "") << ','
                    << (i % 2 ? "odd" : "even") << '\n';
        }
        RunSpec spec = spec_for(path, "label", 60);
        spec.imputer_pins = {{column.toStdString(), strategy.toStdString()}};
        const auto runs_before = store::Store::open(m_dir.filePath("runs.db").toStdString()).list_runs().size();
        try {
            run(spec);
            QFAIL("the run should refuse the pin");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find(message.toStdString()) != std::string::npos, e.what());
        }
        QCOMPARE(store::Store::open(m_dir.filePath("runs.db").toStdString()).list_runs().size(), runs_before);

        // The same pin on a column the table has, with a known strategy, runs.
        spec.imputer_pins = {{"b", "mean"}, {"c", "most_frequent"}};
        spec.max_candidates = 1;
        QCOMPARE(run(spec).status, std::string("finished"));
    }

    // Three rows used to start a run that stored itself and ended "every candidate failed" (a training fold of one
    // row keeps no column); now the run is refused before it is stored, saying what would work.
    void tooFewRowsToValidateAreRefusedBeforeTheRunIsStored_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("folds");
        QTest::addColumn<QString>("message");
        QTest::newRow("3 rows, regression") << "a,b,label\n1,2,1.5\n3,4,2.5\n5,7,3.75\n" << 5
                                            << "3 rows with a target; cross-validation with 5 folds needs at least 10 "
                                               "(add rows: even 2 folds need 4)";
        QTest::newRow("3 rows, classes, 2 folds") << "a,b,label\n1,2,p\n3,4,q\n5,7,p\n" << 2
                                                  << "3 rows with a target; cross-validation with 2 folds needs at "
                                                     "least 4 (add rows)";
        QTest::newRow("7 of 9 rows with a target")
            << "a,b,label\n1,2,p\n3,4,q\n5,7,p\n1,1,\n6,2,q\n2,2,p\n4,4,\n9,1,q\n5,5,p\n" << 5
            << "7 rows with a target; cross-validation with 5 folds needs at least 10 (try --folds 3, or add rows)";
    }
    void tooFewRowsToValidateAreRefusedBeforeTheRunIsStored()
    {
        QFETCH(QString, content);
        QFETCH(int, folds);
        QFETCH(QString, message);
        const std::string path = m_dir.filePath("few.csv").toStdString();
        std::ofstream(path) << content.toStdString();
        RunSpec spec = spec_for(path, "label", 60);
        spec.folds = folds;
        const auto runs_before = store::Store::open(m_dir.filePath("runs.db").toStdString()).list_runs().size();
        try {
            run(spec);
            QFAIL("the run should refuse the table");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(QString::fromStdString(e.reason()), message);
        }
        QCOMPARE(store::Store::open(m_dir.filePath("runs.db").toStdString()).list_runs().size(), runs_before);
    }

    // Stratified folds deal a one-row class to one fold, whose training rows then lack it: the models still predict
    // every class, so such a table runs rather than being refused.
    void aClassOfOneRowStillRuns()
    {
        const std::string path = m_dir.filePath("rare.csv").toStdString();
        {
            std::ofstream out(path);
            out << "a,b,label\n";
            for (int i = 0; i < 30; ++i)
                out << i % 7 << ',' << (i * 5) % 11 << ',' << (i == 17 ? "rare" : i % 2 ? "odd" : "even") << '\n';
        }
        RunSpec spec = spec_for(path, "label", 60);
        spec.families = {"linear", "random_forest"};
        spec.max_candidates = 2;
        const RunOutcome outcome = run(spec);
        QCOMPARE(outcome.status, std::string("finished"));
        QVERIFY(outcome.candidates >= 2);
        QCOMPARE(outcome.ok, outcome.candidates);
    }

    // Columns set aside while others remain are named with their reason in the run's report, and the run goes on.
    void setAsideColumnsAreNamedInTheReport()
    {
        const std::string path = m_dir.filePath("orders.csv").toStdString();
        {
            std::ofstream out(path);
            out << "order_id,country,qty,label\n";
            for (int i = 0; i < 40; ++i)
                out << 5000 + i << ",DE," << i % 9 << ',' << (i % 9 > 4 ? "big" : "small") << '\n';
        }
        const nlohmann::json listed = set_aside_in_one_candidate_run(path, "label");
        QCOMPARE(listed.size(), std::size_t{2});
        QCOMPARE(listed[0].value("column", ""), std::string("order_id"));
        QVERIFY(listed[0].value("reason", "").starts_with("id-like"));
        QCOMPARE(listed[1].value("column", ""), std::string("country"));
        QVERIFY(listed[1].value("reason", "").starts_with("constant"));
    }

    // A key the run sets aside is read by no fold. Validated forward in time, the first fold trains on the earliest
    // 20 orders, whose numbers, spread over the whole range, no longer look like a key to that fold's screening;
    // its models learnt from the order number, and the importance listed it.
    void noFoldReadsAColumnTheRunSetAside()
    {
        const std::string path = m_dir.filePath("dated_orders.csv").toStdString();
        {
            std::ofstream out(path);
            out << "order_date,order_id,qty,value\n";
            for (int i = 0; i < 120; ++i) {
                const int id = 1000 + (i * 37) % 120; // every number once, in no order of time
                out << "2024-" << 1 + i / 28 << '-' << 1 + i % 28 << ',' << id << ',' << i % 9 << ','
                    << (id % 10) * 3 + i % 9 << '\n';
            }
        }
        RunSpec spec = spec_for(path, "value", 60);
        spec.time_column = "order_date";
        spec.families = {"random_forest"};
        spec.max_candidates = 1;
        const RunOutcome outcome = run(spec);
        QCOMPARE(outcome.status, std::string("finished"));
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        const auto listed = store.load_run(outcome.run_id).report.value("set_aside", nlohmann::json::array());
        QCOMPARE(listed.size(), std::size_t{1});
        QCOMPARE(listed[0].value("column", ""), std::string("order_id"));
        Runner runner(store);
        const nlohmann::json importance = runner.explain(outcome.run_id, 1);
        QVERIFY(!importance.empty());
        for (const auto& f : importance)
            QVERIFY2(f.value("feature", "") != "order_id", importance.dump().c_str());
    }

    // Half the orders still wait for their label (returned or not): the labelled half's order numbers span twice
    // their count, no longer key-like on those rows alone. Every row of the file, labelled or not, shows the key.
    void aKeyIsSetAsideWhenHalfTheTargetsAreMissing()
    {
        const std::string path = m_dir.filePath("pending_orders.csv").toStdString();
        {
            std::ofstream out(path);
            out << "order_id,qty,returned\n";
            for (int i = 0; i < 120; ++i) {
                const int id = 7000 + (i * 53) % 120;
                out << id << ',' << i % 9 << ',' << (id % 2 == 0 ? "" : i % 9 > 4 ? "yes" : "no") << '\n';
            }
        }
        const nlohmann::json listed = set_aside_in_one_candidate_run(path, "returned");
        QCOMPARE(listed.size(), std::size_t{1});
        QCOMPARE(listed[0].value("column", ""), std::string("order_id"));
        QCOMPARE(listed[0].value("reason", ""),
                 std::string("id-like: a distinct value in each of the table's 120 rows, labelled or not"));
    }

  private:
    RunOutcome run(const RunSpec& spec)
    {
        auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        Runner runner(store);
        Quiet observer;
        return runner.run(spec, observer);
    }

    // The report's set_aside list of a finished one-candidate run on `path` (empty when the run did not finish).
    nlohmann::json set_aside_in_one_candidate_run(const std::string& path, const std::string& target)
    {
        RunSpec spec = spec_for(path, target, 60);
        spec.families = {"linear"};
        spec.max_candidates = 1;
        const RunOutcome outcome = run(spec);
        if (outcome.status != "finished")
            return nlohmann::json::array();
        const auto store = store::Store::open(m_dir.filePath("runs.db").toStdString());
        return store.load_run(outcome.run_id).report.value("set_aside", nlohmann::json::array());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunInputs)
#include "test_run_inputs.moc"
