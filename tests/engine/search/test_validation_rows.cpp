// Too few rows to validate: two rows in every validation block (and, forward in time, before the first one), the
// most folds a short table still allows, the rows counted as a run counts them (with a target; forward in time,
// with a time too), the holdout a wide table gets on a small budget, and the one line the CLI prints. The rule is
// checked against the fold builders themselves: at its threshold every fold has two rows to validate and two to
// train on, one row below it some fold does not.
#include "engine/search/folds.h"
#include "engine/search/time_folds.h"
#include "engine/search/validation_rows.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace tern;
using namespace tern::search;

namespace {

std::size_t smallest_block(const std::vector<Fold>& folds)
{
    std::size_t smallest = std::numeric_limits<std::size_t>::max();
    for (const auto& f : folds)
        smallest = std::min({smallest, f.valid.size(), f.train.size()});
    return smallest;
}

std::vector<float> labels(std::size_t n, Task task)
{
    std::vector<float> y;
    for (std::size_t i = 0; i < n; ++i)
        y.push_back(task == Task::regression ? static_cast<float>(i) * 1.5f : static_cast<float>(i % 3 == 0));
    return y;
}

// `dated` rows on distinct days, then `undated` rows without one, the target `y` missing in `no_target` more rows.
data::Table dated_table(std::size_t dated, std::size_t undated, std::size_t no_target)
{
    std::vector<double> days;
    std::vector<double> x, y;
    const float missing = std::numeric_limits<float>::quiet_NaN();
    for (std::size_t i = 0; i < dated + undated + no_target; ++i) {
        days.push_back(i < dated || i >= dated + undated ? 19000.0 + static_cast<double>(i) : std::nan(""));
        x.push_back(static_cast<float>(i % 7));
        y.push_back(i < dated + undated ? static_cast<float>(i) * 0.7f + 0.1f : missing);
    }
    std::vector<data::Column> cols;
    cols.push_back(data::Column::date("day", days));
    cols.push_back(data::Column::numeric("x", x));
    cols.push_back(data::Column::numeric("y", y));
    data::Table t(std::move(cols));
    t.set_target("y");
    return t;
}

RunSpec spec_of(const std::string& time_column, int folds)
{
    RunSpec spec;
    spec.data_path = std::string("t.csv"); // assigned from a literal, GCC 12 warns falsely (-Wrestrict)
    spec.target = std::string("y");
    spec.folds = folds;
    spec.time_column = time_column;
    return spec;
}

} // namespace

class TestValidationRows : public QObject {
    Q_OBJECT
  private slots:
    void rule_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("folds");
        QTest::addColumn<bool>("holdout");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<int>("needed"); // 0: enough rows
        QTest::addColumn<int>("fewerFolds");
        QTest::newRow("3 rows, 5 folds") << 3 << 5 << false << false << 10 << 0;
        QTest::newRow("9 rows, 5 folds: 4 would do") << 9 << 5 << false << false << 10 << 4;
        QTest::newRow("10 rows, 5 folds") << 10 << 5 << false << false << 0 << 0;
        QTest::newRow("3 rows, 2 folds") << 3 << 2 << false << false << 4 << 0;
        QTest::newRow("4 rows, 2 folds") << 4 << 2 << false << false << 0 << 0;
        QTest::newRow("99 rows, 50 folds: 49 would do") << 99 << 50 << false << false << 100 << 49;
        QTest::newRow("forward, 7 rows, 5 folds") << 7 << 5 << false << true << 12 << 2;
        QTest::newRow("forward, 5 rows, 2 folds") << 5 << 2 << false << true << 6 << 0;
        QTest::newRow("forward, 12 rows, 5 folds") << 12 << 5 << false << true << 0 << 0;
        QTest::newRow("holdout, 9 rows") << 9 << 5 << true << false << 10 << 0;
        QTest::newRow("forward holdout, 10 rows") << 10 << 5 << true << true << 0 << 0;
    }
    void rule()
    {
        QFETCH(int, rows);
        QFETCH(int, folds);
        QFETCH(bool, holdout);
        QFETCH(bool, forward);
        QFETCH(int, needed);
        QFETCH(int, fewerFolds);
        const auto s = row_shortage(static_cast<std::size_t>(rows), {folds, holdout, forward});
        QCOMPARE(s.has_value(), needed > 0);
        if (!s)
            return;
        QCOMPARE(s->rows, static_cast<std::size_t>(rows));
        QCOMPARE(s->needed, static_cast<std::size_t>(needed));
        QCOMPARE(s->fewer_folds, fewerFolds);
        if (fewerFolds > 0) // the suggestion itself passes
            QVERIFY(!row_shortage(static_cast<std::size_t>(rows), {fewerFolds, holdout, forward}));
    }

    void thresholdIsWhereRandomFoldsKeepTwoRowsEachSide()
    {
        for (Task task : {Task::regression, Task::binary}) {
            for (int k = 2; k <= 10; ++k) {
                const auto at = static_cast<std::size_t>(2 * k);
                QVERIFY(!row_shortage(at, {k, false, false}));
                for (std::size_t n = at; n < at + 2 * static_cast<std::size_t>(k); ++n)
                    QVERIFY2(smallest_block(make_folds(labels(n, task), task, k, 7, false, 3)) >= 2,
                             qPrintable(QStringLiteral("%1 rows, %2 folds").arg(n).arg(k)));
                QVERIFY(row_shortage(at - 1, {k, false, false}));
                QCOMPARE(smallest_block(make_folds(labels(at - 1, task), task, k, 7, false, 1)), std::size_t{1});
            }
        }
        // A holdout validates one fifth: two rows from ten on.
        QVERIFY(smallest_block(make_folds(labels(10, Task::regression), Task::regression, 5, 7, true)) >= 2);
    }

    void thresholdIsWhereForwardFoldsKeepTwoRowsEachSide()
    {
        for (int k = 2; k <= 10; ++k) {
            const auto at = static_cast<std::size_t>(2 * (k + 1));
            std::vector<double> days;
            for (std::size_t i = 0; i < at; ++i)
                days.push_back(19000.0 + static_cast<double>(i));
            QVERIFY(!row_shortage(at, {k, false, true}));
            QVERIFY2(smallest_block(make_time_folds(days, k, false)) >= 2, qPrintable(QString::number(k)));
            days.pop_back();
            QVERIFY(row_shortage(at - 1, {k, false, true}));
            QCOMPARE(smallest_block(make_time_folds(days, k, false)), std::size_t{1});
        }
    }

    void rowsAreThoseWithATargetAndForwardInTimeADate()
    {
        // 9 dated rows, 6 undated, 4 without a target: 15 rows with a target, 9 of them dated.
        const data::Table table = dated_table(9, 6, 4);
        const TargetData target = prepare_target(table, "y", "regression");
        QCOMPARE(target.rows.size(), std::size_t{15});
        QVERIFY(!validation_shortage(table, target, spec_of("", 5)));

        const auto forward = validation_shortage(table, target, spec_of("day", 5));
        QVERIFY(forward);
        QCOMPARE(forward->rows, std::size_t{9}); // undated rows are never validated
        QCOMPARE(QString::fromStdString(shortage_text(*forward, "day")),
                 QStringLiteral("9 rows with a target and a date in 'day'; forward-in-time validation with 5 folds "
                                "needs at least 12 (try --folds 3, or add rows)"));
        QVERIFY(!validation_shortage(table, target, spec_of("day", 3)));
    }

    void wideTableOnASmallBudgetIsCountedForItsHoldout()
    {
        // 8 rows x 1000 features on half a second: K fits would not leave room to search, so one holdout.
        std::vector<data::Column> cols;
        for (int c = 0; c < 1000; ++c)
            cols.push_back(data::Column::numeric(QStringLiteral("f%1").arg(c).toStdString(),
                                                 std::vector<double>(8, static_cast<double>(c))));
        cols.push_back(data::Column::numeric("y", {1, 2, 3, 4, 5, 6, 7, 8}));
        data::Table table(std::move(cols));
        table.set_target("y");
        RunSpec spec = spec_of("", 5);
        spec.budget_s = 0.5;
        const TargetData target = prepare_target(table, "y", "regression");
        const ValidationPlan plan = validation_plan(table, target, spec);
        QVERIFY(plan.holdout);
        // The log says why --folds gave way, and what budget keeps them.
        QCOMPARE(QString::fromStdString(plan.holdout_reason.text()),
                 QStringLiteral("8 rows x 1000 columns: 5 folds need a budget of 1 s or more"));
        const auto s = validation_shortage(table, target, spec);
        QVERIFY(s);
        QCOMPARE(QString::fromStdString(shortage_text(*s, "")),
                 QStringLiteral("8 rows with a target; a 20 % holdout needs at least 10 (add rows)"));
        spec.budget_s = 60; // cross-validation then; 8 rows allow 4 folds
        QVERIFY(!validation_plan(table, target, spec).holdout);
        QVERIFY(validation_plan(table, target, spec).holdout_reason.empty());
        QCOMPARE(validation_shortage(table, target, spec)->fewer_folds, 4);
    }

    void oneLineSaysWhatWouldWork_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("folds");
        QTest::addColumn<QString>("text");
        QTest::newRow("fewer folds") << 3 << 5 << "3 rows with a target; cross-validation with 5 folds needs at least "
                                                  "10 (add rows: even 2 folds need 4)";
        QTest::newRow("already 2 folds") << 3 << 2 << "3 rows with a target; cross-validation with 2 folds needs at "
                                                      "least 4 (add rows)";
        QTest::newRow("try fewer") << 7 << 5 << "7 rows with a target; cross-validation with 5 folds needs at least "
                                                "10 (try --folds 3, or add rows)";
    }
    void oneLineSaysWhatWouldWork()
    {
        QFETCH(int, rows);
        QFETCH(int, folds);
        QFETCH(QString, text);
        const auto s = row_shortage(static_cast<std::size_t>(rows), {folds, false, false});
        QVERIFY(s);
        QCOMPARE(QString::fromStdString(shortage_text(*s, "")), text);
    }
};

QTEST_GUILESS_MAIN(TestValidationRows)
#include "test_validation_rows.moc"
