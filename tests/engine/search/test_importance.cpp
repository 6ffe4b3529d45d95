// Permutation importance on out-of-fold rows: the informative column comes first, and a time allowance too small
// for the first fold's shuffles still gives every column an importance (one shuffle among fewer rows each).
#include "engine/search/importance.h"
#include "engine/search/search_space.h"

#include <QtTest>
#include <fmt/format.h>

#include <chrono>
#include <random>

using namespace tern;
using namespace tern::search;
using data::Column;
using data::Table;

namespace {

// y = 3 * x0 + noise; x1..x{noise} carry nothing.
Table one_signal(std::size_t n, int noise_columns)
{
    std::mt19937 rng(5);
    std::normal_distribution<float> normal;
    std::vector<std::vector<float>> x(static_cast<std::size_t>(noise_columns) + 1, std::vector<float>(n));
    std::vector<float> y(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (auto& col : x)
            col[i] = normal(rng);
        y[i] = 3 * x[0][i] + 0.3f * normal(rng);
    }
    std::vector<Column> cols;
    for (std::size_t c = 0; c < x.size(); ++c)
        cols.push_back(Column::numeric(fmt::format("x{}", c), x[c]));
    cols.push_back(Column::numeric("y", y));
    Table t(std::move(cols));
    t.set_target("y");
    return t;
}

}  // namespace

class TestImportance : public QObject {
    Q_OBJECT
private slots:
    void theSignalColumnComesFirstEvenWhenTimeIsShort()
    {
        const Table table = one_signal(1000, 30);
        const TargetData target = prepare_target(table, "y", "regression");
        const Scorer r2(Task::regression, 0, "r2", "", true);
        SearchContext ctx;
        ctx.task = Task::regression;
        ctx.n_rows = target.rows.size();
        CandidateConfig config = default_config("random_forest", ctx);
        config.params["n_estimators"] = 30;
        const auto folds = make_folds(target.y, Task::regression, 5, 1, false, 1);
        const Problem pb{&table, &target, &folds, &r2, 1, 1};

        const auto full = permutation_importance(pb, {{config, 1.0}}, 3, 0, {});
        QCOMPARE(full.size(), std::size_t(31));
        QCOMPARE(full.front().feature, std::string("x0"));
        QVERIFY(full.front().importance > 0.5);

        // An allowance the first fold's member fit alone uses up: one shuffle per column among at least 50 rows.
        const auto start = std::chrono::steady_clock::now();
        const auto quick = permutation_importance(pb, {{config, 1.0}}, 3, 1e-6, {});
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        qInfo("full: %zu columns; short allowance: %.3f s, x0 %.3f", full.size(), seconds, quick.front().importance);
        QCOMPARE(quick.size(), std::size_t(31));
        QCOMPARE(quick.front().feature, std::string("x0"));
        QVERIFY(quick.front().importance > 0.5);
        QVERIFY2(quick.front().std == 0, "one fold, one shuffle: a single measurement per column");
    }
};

QTEST_GUILESS_MAIN(TestImportance)
#include "test_importance.moc"
