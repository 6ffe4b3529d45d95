// No leakage: a pipeline fitted on a fold's training rows is exactly the pipeline fitted on a table holding only
// those rows, however extreme the validation rows are (values, a level that exists only there, labels, missing
// cells in a column complete in training).
#include "engine/prep/pipeline.h"
#include "prep_fixtures.h"

#include <QtTest/QtTest>
#include <cstring>

using namespace tern;
using namespace prep_fixtures;

namespace {

constexpr std::size_t n_train = 40, n_valid = 20;

// rows 0..39 are training rows; 40..59 validation rows with extreme content. `only_training` drops the latter.
Table make_table(bool only_training)
{
    std::vector<double> x, z, y;
    std::vector<std::string> c;
    const char* levels[] = {"a", "b", "c"};
    for (std::size_t i = 0; i < n_train; ++i) {
        x.push_back(i % 7 == 3 ? missing : 0.5f * float(i) + float(i % 3));
        z.push_back(float((i * 37) % 11));
        c.push_back(i % 9 == 4 ? "" : levels[(i * 5) % 3]);
        y.push_back(float((i * 7) % 3 == 0));
    }
    if (!only_training)
        for (std::size_t i = 0; i < n_valid; ++i) {
            x.push_back(i % 2 ? 1e6f : missing);
            z.push_back(i % 2 ? missing : -1e6f);
            c.push_back("leak");
            y.push_back(1.0f);
        }
    Table t({Column::numeric("x", x), Column::numeric("z", z), categorical("c", c), Column::numeric("y", y)});
    t.set_target("y");
    return t;
}

std::vector<std::size_t> training_rows()
{
    std::vector<std::size_t> rows(n_train);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace

class TestPrepLeakage : public QObject {
    Q_OBJECT

  private slots:
    void identical_to_training_only_data()
    {
        QTest::addColumn<QString>("imputer");
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("scaler");
        for (const char* imputer : {"none", "mean", "median", "most_frequent", "constant", "knn", "iterative"})
            for (const char* encoder : {"onehot", "ordinal", "target"})
                QTest::addRow("%s/%s", imputer, encoder) << imputer << encoder << "standard";
        QTest::newRow("median/target/robust") << "median"
                                              << "target"
                                              << "robust";
    }

    void identical_to_training_only()
    {
        QFETCH(QString, imputer);
        QFETCH(QString, encoder);
        QFETCH(QString, scaler);
        prep::PipelineConfig config;
        config.imputer = imputer.toStdString();
        config.encoder = encoder.toStdString();
        config.scaler = scaler.toStdString();
        config.missing_indicators = true;
        config.min_level_count = 1;
        config.task = Task::binary;
        config.knn_max_donors = 25; // the donor subsample must come from training rows too

        const Table full = make_table(false);
        const Table train_only = make_table(true);
        const auto rows = training_rows();
        const auto y = pick(labels_of(full), rows);
        Matrix x_full, x_train;
        const auto fitted = prep::Pipeline::fit_transform(full, rows, y, config, x_full);
        const auto reference = prep::Pipeline::fit_transform(train_only, rows, y, config, x_train);
        QVERIFY(fitted.save() == reference.save());
        // Bitwise: NaN (imputer none) must sit in the same cells.
        QCOMPARE(x_full.values().size(), x_train.values().size());
        QVERIFY(std::memcmp(x_full.data(), x_train.data(), x_full.values().size() * sizeof(float)) == 0);

        const prep::FittedSteps& f = fitted.steps();
        // Validation rows hold the only missing z values: no indicator for z.
        QCOMPARE(f.numeric.at(1).column, std::string("z"));
        QCOMPARE(f.numeric.at(1).indicator, -1);
        QCOMPARE(f.numeric.at(1).missing_in_training, std::size_t(0));
        // The validation-only level is no level of the fitted encoder.
        QCOMPARE(f.categorical.at(0).levels, (std::vector<std::string>{"a", "b", "c"}));
        // Validation rows still transform: the unseen level goes to "other", the extremes are only scaled.
        const Matrix v = fitted.transform(full, std::vector<std::size_t>{41, 42});
        QCOMPARE(v.rows(), std::size_t(2));
        QCOMPARE(v.cols(), fitted.n_features());
    }

    void fitted_statistics_are_the_training_ones()
    {
        prep::PipelineConfig config;
        config.imputer = "mean";
        config.encoder = "target";
        config.target_smoothing = 0.0;
        config.task = Task::binary;
        const Table full = make_table(false);
        const auto rows = training_rows();
        const auto y = pick(labels_of(full), rows);
        const auto p = prep::Pipeline::fit(full, rows, y, config);
        const prep::FittedSteps& f = p.steps();

        double sum = 0.0, count = 0.0;
        for (std::size_t r : rows)
            if (!std::isnan(full.column("x").numbers()[r])) {
                sum += full.column("x").numbers()[r];
                ++count;
            }
        QCOMPARE(f.numeric.at(0).fill, float(sum / count));
        QCOMPARE(f.center.at(std::size_t(f.numeric.at(0).feature)), float(sum / count));

        // With no smoothing a level's encoding is the mean label of its training rows.
        const prep::CategoricalStep& c = f.categorical.at(0);
        const auto& codes = full.column("c").codes();
        const auto& names = full.column("c").levels();
        for (std::size_t l = 0; l < c.levels.size(); ++l) {
            double positives = 0.0, total = 0.0;
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (codes[rows[i]] >= 0 && names[std::size_t(codes[rows[i]])] == c.levels[l]) {
                    positives += y[i];
                    ++total;
                }
            QVERIFY(std::fabs(c.block(l)[0] - positives / total) < 1e-6);
        }
    }

  private:
    static std::vector<float> labels_of(const Table& t)
    {
        const auto& y = t.column("y").numbers();
        return {y.begin(), y.end()};
    }
};

QTEST_GUILESS_MAIN(TestPrepLeakage)
#include "test_prep_leakage.moc"
