// MLP training end to end: it learns separable classes and a regression target on every backend and precision,
// the same seed gives the same weights, save/load round-trips, bad input is rejected with InputError.
#include "engine/core/error.h"
#include "engine/nn/mlp.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace tern;
using namespace tern::nn;

namespace {

// Three Gaussian blobs in 6 dimensions (plus 2 noise columns); class = blob.
void blobs(int n, Matrix& x, std::vector<float>& y, std::uint64_t seed = 3)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> d(0.0f, 0.6f);
    x = Matrix(n, 8);
    y.assign(n, 0);
    for (int i = 0; i < n; ++i) {
        const int c = i % 3;
        y[i] = float(c);
        for (int j = 0; j < 8; ++j) x(i, j) = d(rng) + (j < 6 && j % 3 == c ? 2.0f : 0.0f);
    }
}

double accuracy(const Mlp& m, const Matrix& x, const std::vector<float>& y)
{
    Matrix p = m.predict_proba(x);
    int ok = 0;
    for (std::size_t i = 0; i < x.rows(); ++i) {
        int best = 0;
        for (std::size_t j = 1; j < p.cols(); ++j)
            if (p(i, j) > p(i, best)) best = int(j);
        ok += best == int(y[i]);
    }
    return double(ok) / x.rows();
}

}  // namespace

class TestMlp : public QObject {
    Q_OBJECT
private slots:
    void learns_classes_data();
    void learns_classes();
    void learns_regression();
    void same_seed_same_weights();
    void save_load_round_trip();
    void rejects_bad_input();
};

void TestMlp::learns_classes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("extras");
    QTest::newRow("libxsmm fp32 adam cosine") << "libxsmm" << "fp32" << "";
    QTest::newRow("libxsmm bf16 batchnorm dropout") << "libxsmm" << "bf16" << "batchnorm";
    QTest::newRow("onednn fp32 sgd step") << "onednn" << "fp32" << "sgd";
    QTest::newRow("onednn bf16 layernorm") << "onednn" << "bf16" << "layernorm";
    QTest::newRow("reference fp32 int8 noise") << "reference" << "fp32" << "int8";
    QTest::newRow("libxsmm fp32 ternary noise") << "libxsmm" << "fp32" << "ternary";
}

void TestMlp::learns_classes()
{
    QFETCH(QString, backend);
    QFETCH(QString, precision);
    QFETCH(QString, extras);
    Matrix x;
    std::vector<float> y;
    blobs(600, x, y);
    MlpConfig c;
    c.hidden = {32, 32};
    c.epochs = 30;
    c.batch = 32;
    c.threads = 2;
    c.backend = kernels::backend_from_string(backend.toStdString());
    c.precision = kernels::precision_from_string(precision.toStdString());
    if (extras == "batchnorm") c.norm = NormKind::batch, c.dropout = 0.1f;
    if (extras == "layernorm") c.norm = NormKind::layer;
    if (extras == "sgd") c.optimizer = MlpConfig::Optimizer::sgd, c.schedule = MlpConfig::Schedule::step, c.learning_rate = 0.05f;
    if (extras == "int8" || extras == "ternary") c.noise = noise_target_from_string(extras.toStdString());
    Mlp m(c);
    auto report = m.fit(x, y, {}, 3);
    QVERIFY(report.epochs_run > 0);
    QVERIFY(!report.kernels.empty());
    Matrix xt;
    std::vector<float> yt;
    blobs(300, xt, yt, 11);
    const double acc = accuracy(m, xt, yt);
    QVERIFY2(acc > 0.9, qPrintable(QString("held-out accuracy %1 (%2)").arg(acc).arg(report.kernels.c_str())));
}

void TestMlp::learns_regression()
{
    std::mt19937_64 rng(5);
    std::normal_distribution<float> d(0.0f, 1.0f);
    const int n = 512;
    Matrix x(n, 4);
    std::vector<float> y(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < 4; ++j) x(i, j) = d(rng);
        y[i] = x(i, 0) - 2 * x(i, 1) + 0.5f * x(i, 2) * x(i, 3);
    }
    MlpConfig c;
    c.hidden = {64};
    c.loss = LossKind::mse;
    c.epochs = 80;
    c.learning_rate = 3e-3f;
    c.validation_fraction = 0;
    Mlp m(c);
    m.fit(x, y, {}, 1);
    Matrix p = m.predict_raw(x);
    double mse = 0, var = 0;
    for (int i = 0; i < n; ++i) mse += (p(i, 0) - y[i]) * (p(i, 0) - y[i]), var += y[i] * y[i];
    QVERIFY2(mse / var < 0.05, qPrintable(QString("relative MSE %1").arg(mse / var)));
}

void TestMlp::same_seed_same_weights()
{
    Matrix x;
    std::vector<float> y;
    blobs(300, x, y);
    MlpConfig c;
    c.hidden = {48, 16};
    c.epochs = 5;
    c.dropout = 0.2f;
    c.norm = NormKind::batch;
    c.threads = 2;
    c.seed = 42;
    Mlp a(c), b(c);
    a.fit(x, y, {}, 3);
    b.fit(x, y, {}, 3);
    QVERIFY(a.parameters() == b.parameters());
    c.seed = 43;
    Mlp other(c);
    other.fit(x, y, {}, 3);
    QVERIFY(a.parameters() != other.parameters());
}

void TestMlp::save_load_round_trip()
{
    Matrix x;
    std::vector<float> y;
    blobs(200, x, y);
    MlpConfig c;
    c.hidden = {16};
    c.epochs = 3;
    c.norm = NormKind::layer;
    Mlp m(c);
    m.fit(x, y, {}, 3);
    const auto bytes = m.save();
    Mlp back = Mlp::load(bytes);
    QCOMPARE(back.inputs(), 8);
    QVERIFY(back.predict_raw(x).values() == m.predict_raw(x).values());
    auto broken = bytes;
    broken.resize(broken.size() - 3);
    QVERIFY_THROWS_EXCEPTION(InputError, Mlp::load(broken));
}

void TestMlp::rejects_bad_input()
{
    Matrix x(10, 3, 1.0f);
    std::vector<float> y(10, 5.0f);
    Mlp m;
    QVERIFY_THROWS_EXCEPTION(InputError, m.fit(x, y, {}, 3));  // label 5 with 3 classes
    std::vector<float> short_y(4, 0.0f);
    QVERIFY_THROWS_EXCEPTION(InputError, m.fit(x, short_y, {}, 3));
    QVERIFY_THROWS_EXCEPTION(WorkError, m.predict_raw(x));
}

QTEST_GUILESS_MAIN(TestMlp)
#include "test_mlp.moc"
