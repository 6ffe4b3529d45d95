// Imputation: every strategy keeps every row and fills what it should, on penguins and on a table that is mostly
// missing; the values of mean/median/most_frequent/constant/knn/iterative are checked where they are known.
#include "engine/core/error.h"
#include "engine/prep/pipeline.h"
#include "prep_fixtures.h"

#include <QtTest/QtTest>

using namespace tern;
using namespace prep_fixtures;

namespace {

// 30 rows, most cells missing: two numeric columns, a categorical one, a short text one, a target.
Table mostly_missing()
{
    std::vector<double> a, b, y;
    std::vector<std::string> c, t;
    for (int i = 0; i < 30; ++i) {
        a.push_back(i % 3 == 0 ? float(i) : missing);
        b.push_back(i % 4 == 1 ? float(i * i) : missing);
        c.push_back(i % 5 == 0 ? (i % 2 ? "u" : "v") : "");
        t.push_back(i % 2 ? "red" : "blue");
        y.push_back(float(i % 3));
    }
    std::vector<std::uint8_t> t_missing(30, 0);
    t_missing[7] = 1;
    t[7].clear();
    Table table({Column::numeric("a", a), Column::numeric("b", b), categorical("c", c), Column::text("t", t, t_missing),
                 Column::numeric("y", y)});
    table.set_target("y");
    return table;
}

prep::PipelineConfig config_of(const QString& imputer, const QString& encoder, bool indicators)
{
    prep::PipelineConfig config;
    config.imputer = imputer.toStdString();
    config.encoder = encoder.toStdString();
    config.missing_indicators = indicators;
    config.min_level_count = 1;
    return config;
}

void check_output(const prep::Pipeline& p, const Matrix& x, std::size_t rows, bool nan_allowed)
{
    QCOMPARE(x.rows(), rows); // no row is dropped
    QCOMPARE(x.cols(), p.n_features());
    QCOMPARE(p.feature_names().size(), p.n_features());
    for (float v : x.values())
        QVERIFY(nan_allowed ? !std::isinf(v) : std::isfinite(v));
}

} // namespace

class TestPrepImputation : public QObject {
    Q_OBJECT

  private slots:
    void every_strategy_data()
    {
        QTest::addColumn<QString>("imputer");
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<bool>("indicators");
        for (const char* imputer : {"none", "mean", "median", "most_frequent", "constant", "knn", "iterative"})
            for (const char* encoder : {"onehot", "ordinal", "target"})
                for (bool indicators : {false, true})
                    QTest::addRow("%s/%s/%s", imputer, encoder, indicators ? "indicators" : "plain")
                        << imputer << encoder << indicators;
    }

    void every_strategy()
    {
        QFETCH(QString, imputer);
        QFETCH(QString, encoder);
        QFETCH(bool, indicators);
        const bool nan_allowed = imputer == "none";
        for (const Table& table : {penguins(), mostly_missing()}) {
            const auto rows = all_rows(table);
            const auto& target = table.column(*table.target_index());
            const auto y = target.type() == data::ColumnType::numeric
                               ? std::vector<float>(target.numbers().begin(), target.numbers().end())
                               : labels(table);
            Matrix x;
            const auto p = prep::Pipeline::fit_transform(table, rows, y, config_of(imputer, encoder, indicators), x);
            check_output(p, x, table.rows(), nan_allowed);
            check_output(p, p.transform(table), table.rows(), nan_allowed);
            if (nan_allowed) {
                bool any_nan = false;
                for (float v : x.values())
                    any_nan = any_nan || std::isnan(v);
                QVERIFY(any_nan); // `none` leaves missing cells for the model
            }
            // One indicator per column that had missing training values.
            std::size_t expected = 0, got = 0;
            for (const auto& s : p.steps().numeric) {
                expected += indicators && s.missing_in_training > 0;
                got += s.indicator >= 0;
            }
            QCOMPARE(got, expected);
        }
    }

    void simple_fills()
    {
        // a: 1 2 2 9 NaN -> mean 3.5, median 2, mode 2.
        const Table t({Column::numeric("a", {1, 2, 2, 9, missing}), Column::numeric("b", {5, 6, 7, 8, 9})});
        const auto rows = all_rows(t);
        const std::pair<const char*, float> cases[] = {
            {"mean", 3.5f}, {"median", 2.0f}, {"most_frequent", 2.0f}, {"constant", -7.0f}};
        for (const auto& [imputer, value] : cases) {
            prep::PipelineConfig config;
            config.imputer = imputer;
            config.scaler = "none";
            config.constant_value = -7.0f;
            const Matrix x = prep::Pipeline::fit(t, rows, {}, config).transform(t);
            QCOMPARE(x(4, 0), value);
            QCOMPARE(x(3, 0), 9.0f);
        }
    }

    void most_frequent_needs_a_frequent_value()
    {
        // c: 49 distinct measurements, the smallest (0.5) twice: no value is frequent, so the median (24), not 0.5.
        // d: one value in 5 is 3: that value.
        std::vector<double> c{0.5}, d;
        for (int i = 0; i < 49; ++i) {
            c.push_back(0.5f + float(i));
            d.push_back(i % 5 == 0 ? 3.0f : float(10 + i));
        }
        d.push_back(60.0f);
        c.push_back(missing);
        d.push_back(missing);
        const Table t({Column::numeric("c", c), Column::numeric("d", d)});
        prep::PipelineConfig config;
        config.imputer = "most_frequent";
        config.scaler = "none";
        const Matrix x = prep::Pipeline::fit(t, all_rows(t), {}, config).transform(t);
        QCOMPARE(x(50, 0), 24.0f);
        QCOMPARE(x(50, 1), 3.0f);
    }

    void knn_uses_nearest_donors()
    {
        // b = 10 a; the row with a = 5.2 has b missing: its 2 nearest donors (a = 5, 6) give b = 55.
        std::vector<double> a, b;
        for (int i = 0; i < 12; ++i) {
            a.push_back(float(i));
            b.push_back(10.0f * float(i));
        }
        a.push_back(5.2f);
        b.push_back(missing);
        const Table t({Column::numeric("a", a), Column::numeric("b", b)});
        prep::PipelineConfig config;
        config.imputer = "knn";
        config.knn_neighbors = 2;
        config.scaler = "none";
        const Matrix x = prep::Pipeline::fit(t, all_rows(t), {}, config).transform(t);
        QCOMPARE(x(12, 1), 55.0f);
    }

    void iterative_recovers_a_linear_relation()
    {
        // c = 3a - 2b + 1, with c missing in a third of the rows.
        std::vector<double> a, b, c;
        for (int i = 0; i < 90; ++i) {
            a.push_back(float((i * 17) % 23));
            b.push_back(float((i * 7) % 13));
            const float v = 3.0f * a.back() - 2.0f * b.back() + 1.0f;
            c.push_back(i % 3 == 0 ? missing : v);
        }
        const Table t({Column::numeric("a", a), Column::numeric("b", b), Column::numeric("c", c)});
        prep::PipelineConfig config;
        config.imputer = "iterative";
        config.scaler = "none";
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        const Matrix x = p.transform(t);
        for (int i = 0; i < 90; i += 3) {
            const float truth = 3.0f * a[std::size_t(i)] - 2.0f * b[std::size_t(i)] + 1.0f;
            QVERIFY2(std::fabs(x(std::size_t(i), 2) - truth) < 0.5f,
                     qPrintable(QString("row %1: %2 vs %3").arg(i).arg(x(std::size_t(i), 2)).arg(truth)));
        }
        QVERIFY(p.steps().iterative.has_value());
    }

    void per_column_pins_override()
    {
        const Table t({Column::numeric("a", {1, 2, 2, 9, missing}), Column::numeric("b", {1, 2, 2, 9, missing})});
        prep::PipelineConfig config;
        config.imputer = "median";
        config.scaler = "none";
        config.per_column_imputer = {{"b", "constant"}};
        config.constant_value = 42.0f;
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        QCOMPARE(p.steps().numeric.at(0).imputation, prep::Imputation::median);
        QCOMPARE(p.steps().numeric.at(1).imputation, prep::Imputation::constant);
        const Matrix x = p.transform(t);
        QCOMPARE(x(4, 0), 2.0f);
        QCOMPARE(x(4, 1), 42.0f);

        config.per_column_imputer = {{"nope", "mean"}};
        QVERIFY_THROWS_EXCEPTION(InputError, prep::Pipeline::fit(t, all_rows(t), {}, config));
        config.per_column_imputer = {{"a", "magic"}};
        QVERIFY_THROWS_EXCEPTION(InputError, prep::Pipeline::fit(t, all_rows(t), {}, config));
    }

    void categorical_missing_policy()
    {
        // "x" is the most frequent level; row 5 is missing.
        const Table t({categorical("c", {"x", "x", "x", "y", "y", ""})});
        prep::PipelineConfig config;
        config.min_level_count = 1;
        config.imputer = "median";
        auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        QCOMPARE(p.feature_names(), (std::vector<std::string>{"c=x", "c=y", "c=<missing>"}));
        QCOMPARE(p.transform(t).row(5)[2], 1.0f); // own level

        config.imputer = "most_frequent";
        p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        QCOMPARE(p.feature_names(), (std::vector<std::string>{"c=x", "c=y"}));
        QCOMPARE(p.transform(t).row(5)[0], 1.0f); // the most frequent level
    }

    void bad_inputs()
    {
        const Table t = penguins();
        prep::PipelineConfig config;
        QVERIFY_THROWS_EXCEPTION(InputError, prep::Pipeline::fit(t, std::vector<std::size_t>{}, {}, config));
        QVERIFY_THROWS_EXCEPTION(InputError, prep::Pipeline::fit(t, std::vector<std::size_t>{9999}, {}, config));
        config.encoder = "hashing";
        QVERIFY_THROWS_EXCEPTION(InputError, prep::Pipeline::fit(t, all_rows(t), {}, config));
        config.encoder = "target";
        QVERIFY_THROWS_EXCEPTION(InputError, prep::Pipeline::fit(t, all_rows(t), {}, config)); // no labels
    }
};

QTEST_GUILESS_MAIN(TestPrepImputation)
#include "test_prep_imputation.moc"
