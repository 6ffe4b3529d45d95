// Forward-in-time folds: no fold validates a row earlier than any of its training rows, one time never sits on both
// sides, the blocks follow each other like scikit-learn's TimeSeriesSplit, rows without a time are trained on and
// never validated, a fidelity subsample stays in the past and keeps every class, and a time column that cannot
// order the rows is refused in one line naming it.
#include "engine/core/error.h"
#include "engine/search/time_folds.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>

using namespace tern;
using namespace tern::search;

namespace {

constexpr double no_time = std::numeric_limits<double>::quiet_NaN();

// `n` rows on `distinct` days in shuffled file order, many rows per day, every 17th row without a time.
std::vector<double> shuffled_days(std::size_t n, int distinct, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> days(n);
    for (std::size_t i = 0; i < n; ++i)
        days[i] = i % 17 == 5 ? no_time : 19000.0 + static_cast<double>(rng() % static_cast<std::uint64_t>(distinct));
    return days;
}

double latest(const std::vector<double>& days, const std::vector<std::size_t>& rows)
{
    double t = -1e300;
    for (auto p : rows)
        if (!std::isnan(days[p]))
            t = std::max(t, days[p]);
    return t;
}

double earliest(const std::vector<double>& days, const std::vector<std::size_t>& rows)
{
    double t = 1e300;
    for (auto p : rows)
        t = std::min(t, days[p]);
    return t;
}

}  // namespace

class TestTimeFolds : public QObject {
    Q_OBJECT
private slots:
    void noFoldValidatesARowEarlierThanItsTraining_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("folds");
        QTest::newRow("many ties") << 500 << 23 << 5;
        QTest::newRow("few ties") << 300 << 280 << 4;
        QTest::newRow("just enough times") << 120 << 6 << 5;
        QTest::newRow("two folds") << 50 << 10 << 2;
    }

    void noFoldValidatesARowEarlierThanItsTraining()
    {
        QFETCH(int, rows);
        QFETCH(int, distinct);
        QFETCH(int, folds);
        const auto days = shuffled_days(static_cast<std::size_t>(rows), distinct, 7);
        const auto out = make_time_folds(days, folds, false);
        QCOMPARE(out.size(), static_cast<std::size_t>(folds));
        std::vector<int> validated(days.size(), 0);
        for (std::size_t f = 0; f < out.size(); ++f) {
            const auto& fold = out[f];
            QVERIFY(fold.forward);
            QVERIFY(!fold.train.empty() && !fold.valid.empty());
            // Strictly later: a time shared by a training and a validation row would fail this.
            QVERIFY2(latest(days, fold.train) < earliest(days, fold.valid), qPrintable(QString("fold %1").arg(f)));
            for (auto p : fold.valid) {
                QVERIFY(!std::isnan(days[p]));
                ++validated[p];
            }
            // Expanding window: the next fold trains on this fold's rows and validates what follows.
            if (f + 1 < out.size()) {
                QCOMPARE(out[f + 1].train.size(), fold.train.size() + fold.valid.size());
                QVERIFY(latest(days, fold.valid) < earliest(days, out[f + 1].valid));
            }
            // Training rows in time order, the untimed ones first: what the fidelity subsample relies on.
            for (std::size_t i = 1; i < fold.train.size(); ++i) {
                const double a = days[fold.train[i - 1]], b = days[fold.train[i]];
                QVERIFY(std::isnan(a) || (!std::isnan(b) && a <= b));
            }
        }
        for (std::size_t p = 0; p < days.size(); ++p) {
            if (std::isnan(days[p])) {
                QCOMPARE(validated[p], 0);
                for (const auto& fold : out)
                    QVERIFY(std::count(fold.train.begin(), fold.train.end(), p) == 1);
            }
            QVERIFY(validated[p] <= 1);
        }
        // The last block reaches the latest time.
        std::vector<std::size_t> all(days.size());
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(latest(days, out.back().valid), latest(days, all));
    }

    void tiesStayOnOneSide()
    {
        // 40 rows on day 0, 40 on day 1, ... : TimeSeriesSplit's row cuts (every 33 rows) fall inside days.
        std::vector<double> days;
        for (int d = 0; d < 5; ++d)
            for (int i = 0; i < 40; ++i)
                days.push_back(100.0 + d);
        std::shuffle(days.begin(), days.end(), std::mt19937_64(3));
        for (const auto& fold : make_time_folds(days, 4, false)) {
            std::set<double> train, valid;
            for (auto p : fold.train)
                train.insert(days[p]);
            for (auto p : fold.valid)
                valid.insert(days[p]);
            for (double t : valid)
                QVERIFY2(!train.count(t), "a day on both sides");
            QCOMPARE(fold.valid.size() % 40, std::size_t{0});
        }
    }

    void distinctTimesSplitLikeTimeSeriesSplit()
    {
        std::vector<double> days(62);
        for (std::size_t i = 0; i < days.size(); ++i)
            days[i] = static_cast<double>(days.size() - i);  // newest first in the file
        const auto out = make_time_folds(days, 5, false);
        // sklearn: test_size = 62 // 6 = 10, the first fold trains on the 12 earliest rows.
        QCOMPARE(out.front().train.size(), std::size_t{12});
        for (const auto& fold : out)
            QCOMPARE(fold.valid.size(), std::size_t{10});
        QCOMPARE(days[out.front().valid.front()], 13.0);
    }

    void holdoutValidatesTheLatestFifth()
    {
        std::vector<double> days(1000);
        for (std::size_t i = 0; i < days.size(); ++i)
            days[i] = static_cast<double>((i * 7919) % 1000);
        const auto out = make_time_folds(days, 5, true);
        QCOMPARE(out.size(), std::size_t{1});
        QCOMPARE(out.front().valid.size(), std::size_t{200});
        QCOMPARE(earliest(days, out.front().valid), 800.0);
    }

    void tooFewDistinctTimesAreRefused()
    {
        std::vector<double> days;
        for (int i = 0; i < 100; ++i)
            days.push_back(i % 5);
        QVERIFY_THROWS_EXCEPTION(InputError, make_time_folds(days, 5, false));
        try {
            make_time_folds(days, 5, false);
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("5 distinct times"), e.what());
            QVERIFY2(QString(e.what()).contains("at least 6"), e.what());
        }
        QCOMPARE(make_time_folds(days, 4, false).size(), std::size_t{4});
    }

    void fidelitySubsampleStaysInThePastAndSpansIt()
    {
        const auto days = shuffled_days(900, 300, 11);
        const auto folds = make_time_folds(days, 3, false);
        const Fold& fold = folds.back();
        const std::vector<float> y(days.size(), 0.0f);
        const auto kept = fold_training_rows(fold, y, Task::regression, 1.0 / 9, 50, 0);
        QVERIFY(kept.size() >= 50 && kept.size() < fold.train.size() / 4);
        std::set<std::size_t> train(fold.train.begin(), fold.train.end());
        for (auto p : kept)
            QVERIFY(train.count(p));
        QCOMPARE(kept.back(), fold.train.back());  // the latest training row, just before the validation block
        // Spread over the whole past, not only its end: the earliest kept time is in the first tenth of it.
        double first_timed = no_time;
        for (auto p : kept)
            if (!std::isnan(days[p])) {
                first_timed = days[p];
                break;
            }
        QVERIFY(first_timed < 19000.0 + 0.1 * 300);
        // Random folds keep their stratified subsample.
        Fold random = fold;
        random.forward = false;
        QCOMPARE(fold_training_rows(random, y, Task::regression, 1.0 / 9, 50, 0),
                 subsample(random.train, y, Task::regression, 1.0 / 9, 50, 0));
    }

    void fidelitySubsampleKeepsEveryClass()
    {
        // 1,000 days, one row each; class 1 only on days 300-302, which rows spaced every nine in time order step
        // over; class 2 on every fourth day.
        std::vector<double> days(1000);
        std::vector<float> y(days.size(), 0.0f);
        for (std::size_t i = 0; i < days.size(); ++i) {
            days[i] = static_cast<double>(days.size() - i);  // newest first in the file
            if (i % 4 == 0)
                y[i] = 2.0f;
        }
        for (std::size_t i : {697, 698, 699})
            y[i] = 1.0f;
        const Fold fold = make_time_folds(days, 1, false).front();
        QCOMPARE(fold.train.size(), std::size_t{500});
        const auto kept = fold_training_rows(fold, y, Task::multiclass, 1.0 / 9, 50, 0);

        std::map<float, std::size_t> seen, kept_of;
        for (auto p : fold.train)
            ++seen[y[p]];
        for (auto p : kept)
            ++kept_of[y[p]];
        QCOMPARE(seen.size(), std::size_t{3});
        QCOMPARE(kept_of.size(), seen.size());  // the three rows of class 1 among 500 keep one
        QCOMPARE(kept_of[1.0f], std::size_t{1});
        // The other classes in proportion, about a ninth each.
        QVERIFY(std::abs(static_cast<double>(kept_of[0.0f]) - seen[0.0f] / 9.0) <= 1);
        QVERIFY(std::abs(static_cast<double>(kept_of[2.0f]) - seen[2.0f] / 9.0) <= 1);
        // Still in the past's time order, the latest row kept, a subset of the training rows.
        std::set<std::size_t> train(fold.train.begin(), fold.train.end());
        for (std::size_t i = 0; i < kept.size(); ++i) {
            QVERIFY(train.count(kept[i]));
            QVERIFY(i == 0 || days[kept[i - 1]] < days[kept[i]]);
        }
        QCOMPARE(kept.back(), fold.train.back());
        // Regression keeps spacing over all rows, whatever the values.
        const auto spaced = fold_training_rows(fold, y, Task::regression, 1.0 / 9, 50, 0);
        QCOMPARE(spaced.size(), std::size_t{56});
        QVERIFY(std::none_of(spaced.begin(), spaced.end(), [&](auto p) { return y[p] == 1.0f; }));
    }

    void timeColumnMustBeADateColumnOtherThanTheTarget_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "when" << "'when' is not a column";
        QTest::newRow("not dates") << "store" << "'store' is not a date column";
        QTest::newRow("number") << "sales" << "'sales' is the target";
    }

    void timeColumnMustBeADateColumnOtherThanTheTarget()
    {
        QFETCH(QString, column);
        QFETCH(QString, message);
        data::Table table({data::Column::date("month", {19000, 19031, no_time}),
                           data::Column::categorical("store", {0, 1, 0}, {"a", "b"}),
                           data::Column::numeric("sales", {1, 2, 3})});
        table.set_target("sales");
        TargetData target;
        target.task = Task::regression;
        target.rows = {0, 1, 2};
        target.y = {1, 2, 3};
        try {
            row_times(table, target, column.toStdString(), "sales.csv");
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).startsWith("sales.csv: --time-column "), e.what());
            QVERIFY2(QString(e.what()).contains(message), e.what());
            QVERIFY(!QString(e.what()).contains('\n'));
        }
        const auto times = row_times(table, target, "month", "sales.csv");
        QCOMPARE(times.size(), std::size_t{3});
        QCOMPARE(times[1], 19031.0);
        QVERIFY(std::isnan(times[2]));
    }

    void schemesReadAsOneLine()
    {
        QCOMPARE(validation_text(validation_scheme("month", 5, 1, false)),
                 std::string("forward in time by 'month': 5 folds"));
        QCOMPARE(validation_text(validation_scheme("", 5, 3, false)), std::string("3 x 5-fold"));
        QCOMPARE(validation_text(validation_scheme("", 1, 1, true)), std::string("holdout 80/20"));
        QVERIFY(validation_scheme("month", 5, 1, false)["kind"] == "time");
    }
};

QTEST_GUILESS_MAIN(TestTimeFolds)
#include "test_time_folds.moc"
