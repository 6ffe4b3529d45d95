// Permutation importance on out-of-fold rows: the informative column comes first, a time allowance too small for
// the first fold's shuffles still gives every column an importance (one shuffle among fewer rows each), and a
// column no model reads is left out. A stop request cancels it.
#include "engine/core/error.h"
#include "engine/search/importance.h"
#include "regression_case.h"

#include <QtTest>
#include <chrono>
#include <cmath>
#include <stop_token>
#include <thread>

using namespace tern;
using namespace tern::search;
using tern::search::testing::RegressionCase;
using tern::search::testing::signal_and_noise;

class TestImportance : public QObject {
    Q_OBJECT
  private slots:
    void theSignalColumnComesFirstEvenWhenTimeIsShort()
    {
        // y = 3 x0 + noise; x1..x30 carry nothing.
        const RegressionCase rc(signal_and_noise(1000, 30, 3.0f, 0.3f, 5));
        const auto& [table, target, r2] = rc;
        const CandidateConfig config = rc.forest(30);
        const auto folds = make_folds(target.y, Task::regression, 5, 1, false, 1);
        const Problem pb{&table, &target, &folds, &r2, 1, 1};

        const auto full = permutation_importance(pb, {{config, 1.0}}, {}, 3, 0, {});
        QCOMPARE(full.size(), std::size_t(31));
        QCOMPARE(full.front().feature, std::string("x0"));
        QVERIFY(full.front().importance > 0.5);

        // An allowance the first fold's member fit alone uses up: one shuffle per column among at least 50 rows.
        const auto start = std::chrono::steady_clock::now();
        const auto quick = permutation_importance(pb, {{config, 1.0}}, {}, 3, 1e-6, {});
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        qInfo("full: %zu columns; short allowance: %.3f s, x0 %.3f", full.size(), seconds, quick.front().importance);
        QCOMPARE(quick.size(), std::size_t(31));
        QCOMPARE(quick.front().feature, std::string("x0"));
        QVERIFY(quick.front().importance > 0.5);
        QVERIFY2(quick.front().std == 0, "one fold, one shuffle: a single measurement per column");
    }

    // A column the preprocessing sets aside (here a constant) is read by no model: it is neither shuffled nor listed.
    void setAsideColumnsAreNotListed()
    {
        data::Table noisy = signal_and_noise(300, 2, 3.0f, 0.3f, 9);
        std::vector<data::Column> columns = noisy.columns();
        columns.push_back(data::Column::numeric("constant", std::vector<double>(noisy.rows(), 7.0)));
        data::Table table(std::move(columns));
        table.set_target("y");
        const RegressionCase rc(std::move(table));
        const auto folds = make_folds(rc.target.y, Task::regression, 5, 1, false, 1);
        const Problem pb{&rc.table, &rc.target, &folds, &rc.r2, 1, 1};
        const auto importances = permutation_importance(pb, {{rc.forest(20), 1.0}}, {}, 1, 0, {});
        QCOMPARE(importances.size(), std::size_t(3));
        for (const auto& fi : importances)
            QVERIFY(fi.feature != "constant");
    }

    // A user's expression that is not finite on the rows (here on every fold's, 66 or 67 of them, though finite on
    // other counts) gives drops from or to infinity, which say nothing: no feature is listed with a NaN importance.
    void dropsThatAreNotFiniteAreNotListed()
    {
        const RegressionCase rc(signal_and_noise(200, 2, 3.0f, 0.3f, 4));
        const auto folds = make_folds(rc.target.y, Task::regression, 3, 1, false, 1);
        const Scorer never_finite(Task::regression, 0, "", "r2 / ((n - 66) * (n - 67))", true);
        const Problem pb{&rc.table, &rc.target, &folds, &never_finite, 1, 1};
        const auto importances = permutation_importance(pb, {{rc.forest(10), 1.0}}, {}, 1, 0, {});
        for (const auto& fi : importances)
            QVERIFY2(std::isfinite(fi.importance), fi.feature.c_str());
        QVERIFY(importances.empty());
    }

    // A stop request ends the computation with Cancelled: one made before it starts at its first check, one made
    // while it computes long before it would have finished.
    void aStopRequestCancelsIt()
    {
        const RegressionCase rc(signal_and_noise(2000, 30, 3.0f, 0.3f, 6));
        const auto folds = make_folds(rc.target.y, Task::regression, 5, 1, false, 1);
        const Problem pb{&rc.table, &rc.target, &folds, &rc.r2, 1, 1};
        const std::vector<ImportanceMember> members{{rc.forest(30), 1.0}};

        std::stop_source before;
        before.request_stop();
        QVERIFY_THROWS_EXCEPTION(Cancelled, permutation_importance(pb, members, {}, 3, 0, before.get_token()));

        using clock_type = std::chrono::steady_clock;
        auto start = clock_type::now();
        permutation_importance(pb, members, {}, 3, 0, {});
        const double full = std::chrono::duration<double>(clock_type::now() - start).count();

        std::stop_source during;
        std::jthread stopper([&during, full] {
            std::this_thread::sleep_for(std::chrono::duration<double>(full / 10));
            during.request_stop();
        });
        start = clock_type::now();
        QVERIFY_THROWS_EXCEPTION(Cancelled, permutation_importance(pb, members, {}, 3, 0, during.get_token()));
        const double stopped = std::chrono::duration<double>(clock_type::now() - start).count();
        qInfo("full: %.3f s; stopped after %.3f s", full, stopped);
        QVERIFY(stopped < full);
    }
};

QTEST_GUILESS_MAIN(TestImportance)
#include "test_importance.moc"
