// Categorical encodings: one-hot rare-level bucketing and unseen levels, ordinal codes, and target encoding that
// is out of fold (a training row's encoding never depends on its own label), per class for multiclass.
#include "engine/core/error.h"
#include "engine/prep/pipeline.h"
#include "prep_fixtures.h"

#include <QtTest/QtTest>

using namespace tern;
using namespace prep_fixtures;

namespace {

// Level counts: a x6, b x4, c x2, d x1.
Table levels_table()
{
    return Table({categorical("c", {"a", "a", "a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "d"})});
}

// The same column names with a level never seen in training ("zzz") and the training levels in another code order.
Table unseen_table()
{
    return Table({categorical("c", {"zzz", "b", "a", "d"})});
}

prep::PipelineConfig onehot(int min_count, int max_levels)
{
    prep::PipelineConfig config;
    config.encoder = "onehot";
    config.min_level_count = min_count;
    config.max_levels = max_levels;
    return config;
}

} // namespace

class TestPrepEncoding : public QObject {
    Q_OBJECT

  private slots:
    void onehot_buckets_rare_levels_data()
    {
        QTest::addColumn<int>("min_count");
        QTest::addColumn<int>("max_levels");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("keep all") << 1 << 32 << QStringList{"c=a", "c=b", "c=c", "c=d"};
        QTest::newRow("min count 2") << 2 << 32 << QStringList{"c=a", "c=b", "c=c", "c=<other>"};
        QTest::newRow("min count 4") << 4 << 32 << QStringList{"c=a", "c=b", "c=<other>"};
        QTest::newRow("top 1") << 1 << 1 << QStringList{"c=a", "c=<other>"};
    }

    void onehot_buckets_rare_levels()
    {
        QFETCH(int, min_count);
        QFETCH(int, max_levels);
        QFETCH(QStringList, names);
        const Table t = levels_table();
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, onehot(min_count, max_levels));
        QStringList got;
        for (const auto& n : p.feature_names())
            got << QString::fromStdString(n);
        QCOMPARE(got, names);
        // Every training row has exactly one 1.
        const Matrix x = p.transform(t);
        for (std::size_t i = 0; i < x.rows(); ++i) {
            float sum = 0;
            for (float v : x.row(i))
                sum += v;
            QCOMPARE(sum, 1.0f);
        }
    }

    // By default a column of 150 suppliers, each in 6 rows, keeps every supplier: with the most frequent 32 only
    // (the former cap), a linear model lost the signal of the rest, merged into "other".
    void onehot_keeps_a_mid_cardinality_column_by_default()
    {
        std::vector<std::string> suppliers;
        for (int i = 0; i < 900; ++i)
            suppliers.push_back("supplier_" + std::to_string(i % 150));
        const Table t({categorical("supplier", suppliers)});
        prep::PipelineConfig config;
        config.encoder = "onehot";
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        QCOMPARE(p.n_features(), std::size_t(150));
    }

    void onehot_unseen_levels()
    {
        const Table t = levels_table();
        const Table later = unseen_table();
        // With an "other" bucket, the unseen level lands there.
        auto p = prep::Pipeline::fit(t, all_rows(t), {}, onehot(2, 32));
        Matrix x = p.transform(later);
        QCOMPARE(std::vector<float>(x.row(0).begin(), x.row(0).end()), (std::vector<float>{0, 0, 0, 1}));
        QCOMPARE(std::vector<float>(x.row(1).begin(), x.row(1).end()), (std::vector<float>{0, 1, 0, 0}));
        QCOMPARE(std::vector<float>(x.row(3).begin(), x.row(3).end()), (std::vector<float>{0, 0, 0, 1})); // rare d
        // Without one, it is all zero.
        p = prep::Pipeline::fit(t, all_rows(t), {}, onehot(1, 32));
        x = p.transform(later);
        QCOMPARE(std::vector<float>(x.row(0).begin(), x.row(0).end()), (std::vector<float>{0, 0, 0, 0}));
        QCOMPARE(std::vector<float>(x.row(3).begin(), x.row(3).end()), (std::vector<float>{0, 0, 0, 1}));
        // The batch path (code map) and the one-row path (name lookup) agree.
        std::vector<float> one(p.n_features());
        p.transform_row(later, 2, one);
        QCOMPARE(one, std::vector<float>(x.row(2).begin(), x.row(2).end()));
    }

    // A numeric column that arrives as text names the cell that made it text, for the user to find and fix.
    void numeric_column_arriving_as_text_names_the_cell()
    {
        const Table t({Column::numeric("price", {1.5f, 2.5f, 3.5f, 4.5f})});
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, {});
        const Table later({categorical("price", {"1.5", "", "-", "2"})});
        try {
            (void)p.transform(later);
            QFAIL("a text column was taken for a numeric one");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("data row 3 holds '-'") != std::string::npos, e.what());
        }
    }

    void ordinal_codes()
    {
        const Table t = levels_table();
        prep::PipelineConfig config;
        config.encoder = "ordinal";
        config.scaler = "none";
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        const Matrix x = p.transform(unseen_table());
        QCOMPARE(x(0, 0), 4.0f); // unseen: the code after the last level
        QCOMPARE(x(1, 0), 1.0f);
        QCOMPARE(x(2, 0), 0.0f);
        QCOMPARE(x(3, 0), 3.0f);
    }

    // Two codes per level: by the levels' natural order ("rad_4" < "rad_10" < "rad_24") and by count (rad_24 is
    // the most frequent); an unseen level gets the code after the last in both.
    void ordinal_codes_by_order_and_by_count()
    {
        const Table t({categorical("rad", {"rad_24", "rad_24", "rad_24", "rad_4", "rad_4", "rad_10"})});
        prep::PipelineConfig config;
        config.encoder = "ordinal";
        config.scaler = "none";
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        QCOMPARE(p.feature_names(), (std::vector<std::string>{"rad", "rad@count_rank"}));
        const Matrix x = p.transform(Table({categorical("rad", {"rad_4", "rad_10", "rad_24", "rad_7"})}));
        const std::vector<std::pair<float, float>> expected{{0, 1}, {1, 2}, {2, 0}, {3, 3}};
        for (std::size_t r = 0; r < expected.size(); ++r) {
            QCOMPARE(x(r, 0), expected[r].first);
            QCOMPARE(x(r, 1), expected[r].second);
        }
    }

    void target_encoding_is_out_of_fold_data()
    {
        QTest::addColumn<int>("task");
        QTest::newRow("binary") << int(Task::binary);
        QTest::newRow("multiclass") << int(Task::multiclass);
        QTest::newRow("regression") << int(Task::regression);
    }

    // Changing row i's label must not change row i's own training encoding (fit_transform), while it does change
    // the encoding that transform gives (fitted on every training label).
    void target_encoding_is_out_of_fold()
    {
        QFETCH(int, task);
        const Table t = penguins();
        const auto rows = all_rows(t);
        std::vector<float> y = labels(t); // species: 3 classes
        if (Task(task) == Task::binary)
            for (float& v : y)
                v = v == 1.0f ? 1.0f : 0.0f;
        if (Task(task) == Task::regression)
            y.assign(t.column("body_mass_g").numbers().begin(), t.column("body_mass_g").numbers().end());
        for (float& v : y)
            if (std::isnan(v))
                v = 4000.0f;
        prep::PipelineConfig config;
        config.encoder = "target";
        config.task = Task(task);
        config.scaler = "none";
        config.target_smoothing = 2.0;

        Matrix before;
        const auto p = prep::Pipeline::fit_transform(t, rows, y, config, before);
        const prep::CategoricalStep& island = p.steps().categorical.at(0);
        QCOMPARE(island.column, std::string("island"));
        QCOMPARE(island.width, std::size_t(Task(task) == Task::multiclass ? 3 : 1));
        const std::size_t first = std::size_t(island.first_feature);
        for (std::size_t i : {0, 57, 200, 300}) {
            std::vector<float> changed = y;
            changed[i] = Task(task) == Task::regression
                             ? 1e5f
                             : float((int(y[i]) + 1) % (Task(task) == Task::multiclass ? 3 : 2));
            Matrix after;
            const auto q = prep::Pipeline::fit_transform(t, rows, changed, config, after);
            const Matrix full_p = p.transform(t), full_q = q.transform(t);
            bool full_changed = false;
            for (std::size_t k = 0; k < island.width; ++k) {
                QCOMPARE(after(i, first + k), before(i, first + k));
                full_changed = full_changed || full_q(i, first + k) != full_p(i, first + k);
            }
            QVERIFY(full_changed);
        }
        if (Task(task) == Task::multiclass) // per-class probabilities of a level sum to 1
            for (std::size_t slot = 0; slot < island.slot_count(); ++slot) {
                float sum = 0;
                for (float v : island.block(slot))
                    sum += v;
                QVERIFY(std::fabs(sum - 1.0f) < 1e-5f);
            }
    }

    void text_columns_act_as_levels()
    {
        const Table t({Column::text("colour", {"red", "blue", "red", "red", "blue", "green"}, {})});
        prep::PipelineConfig config;
        config.min_level_count = 2;
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        QCOMPARE(p.feature_names(), (std::vector<std::string>{"colour=red", "colour=blue", "colour=<other>"}));
        QVERIFY(p.steps().categorical.at(0).text);
        // The same column arriving as categorical in another table is looked up by level name.
        const Table later({categorical("colour", {"blue", "green", "pink"})});
        const Matrix x = p.transform(later);
        QCOMPARE(x(0, 1), 1.0f);
        QCOMPARE(x(1, 2), 1.0f);
        QCOMPARE(x(2, 2), 1.0f);
    }
};

QTEST_GUILESS_MAIN(TestPrepEncoding)
#include "test_prep_encoding.moc"
