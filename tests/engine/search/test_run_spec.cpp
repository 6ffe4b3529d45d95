// RunSpec round-trips through JSON (what resume reads back) and refuses bad values with a readable message.
#include "engine/core/error.h"
#include "engine/data/table.h"
#include "engine/search/run_spec.h"
#include "engine/search/target.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace tern;
using namespace tern::search;

class TestRunSpec : public QObject {
    Q_OBJECT
private slots:
    void roundTripsThroughJson()
    {
        RunSpec s;
        s.data_path = "/data/t.csv";
        s.target = "y";
        s.task = "binary";
        s.metric_expr = "tp / (tp + fn)";
        s.metric_direction = "max";
        s.budget_s = 12.5;
        s.folds = 3;
        s.seed = 99;
        s.families = {"linear", "xgboost"};
        s.max_candidates = 7;
        s.latency_budget_us = 250;
        s.test_path = "/data/t_test.csv";
        s.imputer_pins = {{"age", "mean"}};
        const RunSpec r = RunSpec::from_json(nlohmann::json::parse(s.to_json().dump()));
        QCOMPARE(r.to_json(), s.to_json());
        QCOMPARE(r.families.size(), std::size_t{2});
        QCOMPARE(r.seed, std::uint64_t{99});
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("budget") << "budget" << "--budget";
        QTest::newRow("infinite budget") << "infinite budget" << "--budget must be a number of seconds > 0";
        QTest::newRow("NaN latency budget") << "nan latency" << "--latency-budget-us";
        QTest::newRow("seed wrapped from -1") << "seed" << "--seed must be between 0 and";
        QTest::newRow("folds") << "folds" << "--folds";
        QTest::newRow("task") << "task" << "unknown task";
        QTest::newRow("direction") << "direction" << "--metric-direction";
        QTest::newRow("both metrics") << "both" << "either --metric or --metric-expr";
        QTest::newRow("direction without an expression") << "direction alone" << "applies to --metric-expr only";
    }

    void refusesBadValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        RunSpec s;
        s.data_path = "x.csv";
        s.target = "y";
        if (field == "budget") s.budget_s = 0;
        if (field == "infinite budget") s.budget_s = std::numeric_limits<double>::infinity();
        if (field == "nan latency") s.latency_budget_us = std::nan("");
        if (field == "seed") s.seed = static_cast<std::uint64_t>(-1);
        if (field == "folds") s.folds = 1;
        if (field == "task") s.task = "ranking";
        if (field == "direction") s.metric_direction = "up";
        if (field == "both") { s.metric = "accuracy"; s.metric_expr = "tp"; }
        if (field == "direction alone") { s.metric = "rmse"; s.metric_direction = "min"; }
        try {
            s.validate();
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    // A run reads its file as it did when its models were fitted: one stored before stray words were read as missing
    // reads them as words still (its pipelines expect the column categorical), one stored before an auto target
    // read leniently reads it strictly; a classification target is strict.
    void runsReadTheirFileAsTheyDid()
    {
        RunSpec fresh;
        fresh.data_path = "d.csv";
        fresh.target = "y";
        QVERIFY(RunSpec::from_json(fresh.to_json()).stray_words_as_missing);
        QVERIFY(RunSpec::from_json(fresh.to_json()).lenient_auto_target);
        const RunSpec old = RunSpec::from_json({{"data_path", "d.csv"}, {"target", "y"}});
        QVERIFY(!old.stray_words_as_missing);
        QVERIFY(run_read_options(old).strict_columns.count("y"));
        QVERIFY(run_read_options(fresh).strict_columns.empty());
        fresh.task = "multiclass";
        QVERIFY(run_read_options(fresh).strict_columns.count("y"));
        fresh.task = "regression";
        QVERIFY(run_read_options(fresh).strict_columns.empty());
        QVERIFY(run_read_options(fresh).stray_words_as_missing);
    }

    // Task auto: a word among measurements is a missing target of a regression; among class codes, a class.
    void autoTargetReadsAWordByWhatTheNumbersAre()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, auto value_of) {
            const QString path = dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write("x,y\n");
            for (int i = 0; i < 60; ++i)
                f.write(QByteArray::number(i) + "," + (i == 7 ? QByteArray("oops") : value_of(i)) + "\n");
            return path.toStdString();
        };
        RunSpec spec;
        spec.target = "y";
        spec.data_path = write("measured.csv", [](int i) { return QByteArray::number(i * 1.5 + 0.25); });
        data::Table measured = read_run_data(spec);
        QCOMPARE(measured.column("y").type(), data::ColumnType::numeric);
        QVERIFY(measured.column("y").is_missing(7));
        QVERIFY(regresses_by_default(measured, "y"));

        spec.data_path = write("codes.csv", [](int i) { return QByteArray::number(i % 3); });
        data::Table codes = read_run_data(spec);
        QVERIFY(codes.column("y").type() != data::ColumnType::numeric);
        QVERIFY(!codes.column("y").is_missing(7));
        QCOMPARE(prepare_target(codes, "y", "auto").n_classes(), 4);
    }

    void malformedJsonIsAnInputError()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, RunSpec::from_json(nlohmann::json::array()));
        QVERIFY_THROWS_EXCEPTION(InputError, RunSpec::from_json({{"target", "y"}}));
    }
};

QTEST_GUILESS_MAIN(TestRunSpec)
#include "test_run_spec.moc"
