// Finite-difference checks of the whole network's gradients (reference FP32 kernels, double accumulation inside):
// dense layers with every activation, batch and layer normalisation, cross-entropy and MSE losses.
#include "engine/nn/loss.h"
#include "engine/nn/network.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace tern;
using namespace tern::nn;

class TestGradients : public QObject {
    Q_OBJECT
private slots:
    void finite_differences_data();
    void finite_differences();
    void softmax_loss_matches_double();
};

void TestGradients::finite_differences_data()
{
    QTest::addColumn<QString>("act");
    QTest::addColumn<int>("norm");
    QTest::addColumn<bool>("mse");
    QTest::newRow("tanh plain ce") << "tanh" << int(NormKind::none) << false;
    QTest::newRow("sigmoid batchnorm ce") << "sigmoid" << int(NormKind::batch) << false;
    QTest::newRow("gelu layernorm ce") << "gelu" << int(NormKind::layer) << false;
    QTest::newRow("tanh plain mse") << "tanh" << int(NormKind::none) << true;
    QTest::newRow("gelu batchnorm mse") << "gelu" << int(NormKind::batch) << true;
}

void TestGradients::finite_differences()
{
    QFETCH(QString, act);
    QFETCH(int, norm);
    QFETCH(bool, mse);
    kernels::Context ctx(1);
    NetworkSpec spec;
    spec.sizes = {5, 7, 6, 3};
    spec.hidden = kernels::activation_from_string(act.toStdString());
    spec.norm = NormKind(norm);
    spec.backend = kernels::Backend::reference;
    const int n = 9;
    Network net(spec, n, ctx);
    std::mt19937 rng(7);
    std::normal_distribution<float> d(0.0f, 1.0f);
    auto params = net.parameters();
    for (auto& p : params) p += 0.5f * d(rng);
    net.set_parameters(params);
    std::vector<float> x(std::size_t(n) * 5), labels(std::size_t(n) * (mse ? 3 : 1)), weights(n);
    for (auto& v : x) v = d(rng);
    for (std::size_t i = 0; i < labels.size(); ++i) labels[i] = mse ? d(rng) : float(i % 3);
    for (int i = 0; i < n; ++i) weights[i] = 0.5f + 0.25f * (i % 3);  // sample weights take part in the check
    const LossKind kind = mse ? LossKind::mse : LossKind::softmax_cross_entropy;
    std::vector<float> grad(std::size_t(n) * 3);

    auto loss_at = [&](const std::vector<float>& p) {
        net.set_parameters(p);
        const float* out = net.forward(x.data(), true);
        return loss_and_gradient(kind, out, net.output_blocking(), labels, weights, grad.data());
    };
    loss_at(params);
    net.backward(grad.data(), nullptr);
    const auto analytic = net.gradients();
    QCOMPARE(analytic.size(), params.size());

    double scale = 0;
    for (float g : analytic) scale = std::max(scale, double(std::fabs(g)));
    QVERIFY(scale > 0);
    const float eps = 1e-2f;
    int checked = 0;
    for (std::size_t i = 0; i < params.size(); ++i) {
        auto p = params;
        p[i] += eps;
        const double up = loss_at(p);
        p[i] -= 2 * eps;
        const double down = loss_at(p);
        const double numeric = (up - down) / (2 * eps);
        const double err = std::fabs(numeric - analytic[i]);
        if (err > 2e-2 * scale + 1e-3)
            QFAIL(qPrintable(QString("parameter %1: numeric %2, analytic %3").arg(i).arg(numeric).arg(analytic[i])));
        ++checked;
    }
    QVERIFY(checked > 100);
}

// The blocked, vectorised softmax cross-entropy against a plain double-precision computation on a blocked layout
// (3 column blocks of 40) with logits spread over a wide range (the exponential's whole reduced range is exercised).
void TestGradients::softmax_loss_matches_double()
{
    const tern::kernels::Blocking b{6, 120, 3, 40};
    std::mt19937 rng(3);
    std::normal_distribution<float> d(0.0f, 20.0f);
    std::vector<float> out(b.size()), grad(b.size()), labels{0, 5, 119, 40, 80, 7};
    for (auto& v : out) v = d(rng);
    const double loss = loss_and_gradient(LossKind::softmax_cross_entropy, out.data(), b, labels, {}, grad.data());
    double want = 0;
    for (int r = 0; r < b.n; ++r) {
        double mx = -1e300, s = 0;
        for (int j = 0; j < b.c; ++j) mx = std::max(mx, double(out[b.at(r, j)]));
        for (int j = 0; j < b.c; ++j) s += std::exp(double(out[b.at(r, j)]) - mx);
        const int y = int(labels[r]);
        want += -(out[b.at(r, y)] - mx - std::log(s)) / b.n;
        for (int j = 0; j < b.c; ++j) {
            const double g = (std::exp(double(out[b.at(r, j)]) - mx) / s - (j == y ? 1.0 : 0.0)) / b.n;
            QVERIFY(std::fabs(grad[b.at(r, j)] - g) < 1e-6);
        }
    }
    QVERIFY(std::fabs(loss - want) < 1e-5 * std::max(1.0, std::fabs(want)));
}

QTEST_GUILESS_MAIN(TestGradients)
#include "test_gradients.moc"
