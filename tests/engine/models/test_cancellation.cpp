// A stop request cancels the long-running families (XGBoost, the forests, the MLP, the SVM) promptly with
// tern::Cancelled, and a time limit ends boosting, tree growing or training epochs early with a smaller but usable
// model that says what it kept (cut_short), so that a refit trains the model that was scored. The SVM's library call
// cannot stop early: a large training runs in a child process, which the stop kills, so nothing keeps a core busy
// afterwards; a small one runs on a thread the stop leaves to run out, and it does run out.
#include "engine/core/error.h"
#include "engine/core/child_process.h"
#include "engine/core/interruptible.h"
#include "engine/models/registry.h"
#include "synthetic.h"

#include <QtTest>

#include <chrono>
#include <thread>

using namespace tern;
using namespace tern::models;

class TestCancellation : public QObject {
    Q_OBJECT
private slots:
    void stop_cancels_promptly_data();
    void stop_cancels_promptly();
    void time_limit_keeps_a_smaller_model_data();
    void time_limit_keeps_a_smaller_model();
    void svm_from_a_child_process_predicts_as_one_trained_here_data();
    void svm_from_a_child_process_predicts_as_one_trained_here();
};

namespace {

void add_families_that_stop_early()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("params");
    QTest::newRow("xgboost") << "xgboost" << R"({"n_estimators": 100000, "max_depth": 8})";
    QTest::newRow("random_forest") << "random_forest" << R"({"n_estimators": 100000})";
    QTest::newRow("extra_trees") << "extra_trees" << R"({"n_estimators": 100000})";
    // Wide enough that an epoch takes tens of milliseconds: early stopping (8 epochs without progress) must not
    // end training before the limit does on a fast host.
    QTest::newRow("mlp") << "mlp" << R"({"epochs": 100000, "width": 512, "depth": 3})";
}

}  // namespace

void TestCancellation::stop_cancels_promptly_data()
{
    add_families_that_stop_early();
    // One OpenCV training call of several seconds on 20,000 rows: in a child process, killed by the stop.
    QTest::newRow("svm") << "svm" << R"({"max_rows": 20000, "C": 10})";
    // Seconds on 2,000 noisy rows with a large C: on a thread, left to run out.
    QTest::newRow("svm small") << "svm" << R"({"max_rows": 2000, "C": 1000, "gamma_scale": 1})";
}

void TestCancellation::stop_cancels_promptly()
{
    QFETCH(QString, family);
    QFETCH(QString, params);
    auto data = test::xor_like(20000, 51);
    if (QTest::currentDataTag() == QStringLiteral("svm small"))
        for (std::size_t i = 0; i < data.y.size(); i += 3)
            data.y[i] = 1.0f - data.y[i];  // a third of the labels flipped: slow to converge
    std::stop_source source;
    FitContext ctx;
    ctx.task = data.task;
    ctx.n_classes = 2;
    ctx.threads = 2;
    ctx.stop = source.get_token();
    auto model = make_model(family.toStdString(), nlohmann::json::parse(params.toStdString()), ctx);
    std::chrono::steady_clock::time_point requested;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        requested = std::chrono::steady_clock::now();
        source.request_stop();
    });
    bool cancelled = false;
    try {
        model->fit(data.x, data.y, {}, ctx);
    } catch (const Cancelled&) {
        cancelled = true;
    }
    const auto returned = std::chrono::steady_clock::now();
    stopper.join();
    QVERIFY(cancelled);
    const double delay = std::chrono::duration<double>(returned - requested).count();
    qInfo("returned %.3f s after the stop request", delay);
    QVERIFY2(delay < 1.0, qPrintable(QString("returned %1 s after the stop request").arg(delay)));
    if (QTest::currentDataTag() == QStringLiteral("svm")) {
        QCOMPARE(child_processes_running(), 0);
        QCOMPARE(abandoned_calls_running(), 0);
    } else if (family == "svm") {
        QCOMPARE(abandoned_calls_running(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(abandoned_calls_running(), 0, 120000);
    }
}

void TestCancellation::time_limit_keeps_a_smaller_model_data()
{
    add_families_that_stop_early();
}

void TestCancellation::time_limit_keeps_a_smaller_model()
{
    QFETCH(QString, family);
    QFETCH(QString, params);
    const auto data = test::xor_like(5000, 52);
    FitContext ctx;
    ctx.task = data.task;
    ctx.n_classes = 2;
    ctx.threads = 2;
    ctx.time_limit_s = 0.5;
    auto model = make_model(family.toStdString(), nlohmann::json::parse(params.toStdString()), ctx);
    const auto start = std::chrono::steady_clock::now();
    model->fit(data.x, data.y, {}, ctx);
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QVERIFY2(took < 3.0, qPrintable(QString("fit took %1 s with a 0.5 s limit").arg(took)));
    const auto kept = model->cut_short();
    qInfo("fit took %.2f s, kept %s", took, kept.dump().c_str());
    QCOMPARE(kept.size(), std::size_t{1});
    QVERIFY(kept.begin().value().get<long long>() >= 1 && kept.begin().value().get<long long>() < 100000);
    QVERIFY(test::accuracy(data.y, model->predict(data.x)) > 0.9);
}

void TestCancellation::svm_from_a_child_process_predicts_as_one_trained_here_data()
{
    QTest::addColumn<int>("task");
    QTest::newRow("multiclass") << static_cast<int>(Task::multiclass);
    QTest::newRow("regression") << static_cast<int>(Task::regression);
}

// A fit that could be stopped trains its machines in a child process (above 5,000 rows) and reads them back from
// the text the child sent; one that nothing can stop trains them here. Both must be the same model.
void TestCancellation::svm_from_a_child_process_predicts_as_one_trained_here()
{
    QFETCH(int, task);
    const auto data = static_cast<Task>(task) == Task::regression ? test::regression(5100, 53) : test::blobs(5100, 53);
    std::stop_source never_stopped;
    FitContext here, child;
    here.task = child.task = data.task;
    here.n_classes = child.n_classes = data.n_classes;
    child.stop = never_stopped.get_token();
    const auto params = nlohmann::json{{"max_rows", 5100}};
    auto a = make_model("svm", params, here), b = make_model("svm", params, child);
    a->fit(data.x, data.y, {}, here);
    b->fit(data.x, data.y, {}, child);
    QCOMPARE(child_processes_running(), 0);
    if (data.task == Task::regression) {
        QVERIFY(a->predict(data.x) == b->predict(data.x));
        return;
    }
    const Matrix pa = a->predict_proba(data.x), pb = b->predict_proba(data.x);
    QVERIFY(std::equal(pa.data(), pa.data() + pa.rows() * pa.cols(), pb.data()));
}

QTEST_GUILESS_MAIN(TestCancellation)
#include "test_cancellation.moc"
