// predict_block predicts a few thousand rows at a time so that a cancelled run need not wait for a slow model to
// predict every validation row: the blocks joined are the predictions of the whole matrix at once, and a stop
// request ends it with Cancelled. A prediction that is not a finite number is refused naming its data row.
#include "engine/core/error.h"
#include "engine/search/fitted.h"
#include "regression_case.h"

#include <QtTest>

#include <numeric>
#include <stop_token>

using namespace tern;
using namespace tern::search;
using tern::search::testing::RegressionCase;
using tern::search::testing::signal_and_noise;

class TestPredictBlock : public QObject {
    Q_OBJECT
private slots:
    void blocksJoinedAreThePredictionsOfAllRows()
    {
        const RegressionCase rc(signal_and_noise(10000, 2, 1.0f, 0.5f, 5));
        const auto& target = rc.target;
        const FittedCandidate fitted =
            fit_candidate(rc.table, target.rows, target.y, rc.forest(5), {Task::regression, 0, 1, {}, 0, 1});

        const PredictionBlock blocks = predict_block(fitted, rc.table, target.rows, Task::regression);
        const std::vector<float> whole = fitted.model->predict(fitted.pipeline.transform(rc.table, target.rows));
        QCOMPARE(blocks.width, std::size_t{1});
        QCOMPARE(blocks.values.size(), target.rows.size());
        QVERIFY(blocks.values == whole);

        const PredictionBlock none = predict_block(fitted, rc.table, {}, Task::regression);
        QCOMPARE(none.width, std::size_t{1});
        QVERIFY(none.values.empty());
    }

    void aNonFinitePredictionNamesItsRow()
    {
        PredictionBlock p;
        p.width = 2;
        p.values = {0.5f, 0.5f, 1.0f, 0.0f, 0.2f, 0.8f};
        const std::vector<std::size_t> rows{4, 9, 12};
        throw_unless_finite(p, rows); // all finite
        p.values[3] = std::numeric_limits<float>::quiet_NaN();
        try {
            throw_unless_finite(p, rows);
            QFAIL("a NaN probability should be refused");
        } catch (const WorkError& e) {
            QVERIFY2(QString(e.what()).startsWith("the model's prediction for data row 10 is not a finite number"),
                     e.what());
        }
        p.values[4] = std::numeric_limits<float>::infinity();
        try {
            throw_unless_finite(p, rows);
            QFAIL("an infinite probability should be refused");
        } catch (const WorkError& e) {
            QVERIFY2(QString(e.what()).startsWith("the model's prediction for data row 10 and 1 more"), e.what());
        }
    }

    void aStopRequestEndsIt()
    {
        const RegressionCase rc(signal_and_noise(10000, 2, 1.0f, 0.5f, 5));
        const auto& target = rc.target;
        const FittedCandidate fitted =
            fit_candidate(rc.table, target.rows, target.y, rc.forest(5), {Task::regression, 0, 1, {}, 0, 1});
        std::stop_source stop;
        stop.request_stop();
        QVERIFY_THROWS_EXCEPTION(Cancelled, predict_block(fitted, rc.table, target.rows, Task::regression,
                                                          stop.get_token()));
    }
};

QTEST_GUILESS_MAIN(TestPredictBlock)
#include "test_predict_block.moc"
