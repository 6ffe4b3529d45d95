// predict_block predicts a few thousand rows at a time so that a cancelled run need not wait for a slow model to
// predict every validation row: the blocks joined are the predictions of the whole matrix at once, and a stop
// request ends it with Cancelled.
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
