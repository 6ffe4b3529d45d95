// Noise-aware training: the quantisation steps follow the int8 and ternary schemes, the noise stays within half a
// step of the weight's output channel, reproducibly for a seed, and a training step's perturbation of a network comes
// off again.
#include "engine/nn/network.h"
#include "engine/nn/noise.h"

#include <QtTest>

#include <cmath>

using namespace tern::nn;

class TestNoise : public QObject {
    Q_OBJECT
private slots:
    void int8_step_is_channel_max_over_127();
    void ternary_step_is_alpha();
    void noise_is_bounded_and_reproducible();
    void perturbation_comes_off_data();
    void perturbation_comes_off();
};

void TestNoise::int8_step_is_channel_max_over_127()
{
    const float w[] = {1.0f, -0.5f, -2.54f, 0.25f};  // [C=2][K=2]
    auto s = quantisation_steps(NoiseTarget::int8, w, 2, 2);
    QCOMPARE(s[0], 2.54f / 127.0f);
    QCOMPARE(s[1], 0.5f / 127.0f);
}

void TestNoise::ternary_step_is_alpha()
{
    const float w[] = {1.0f, 0.1f, -1.2f, 0.0f};  // one output channel: mean |w| = 0.575, delta = 0.4025
    auto s = quantisation_steps(NoiseTarget::ternary, w, 4, 1);
    QVERIFY(std::fabs(s[0] - 1.1f) < 1e-6f);
    QCOMPARE(quantisation_steps(NoiseTarget::none, w, 4, 1)[0], 0.0f);
}

void TestNoise::noise_is_bounded_and_reproducible()
{
    std::vector<float> w(64 * 8);
    for (std::size_t i = 0; i < w.size(); ++i) w[i] = std::sin(float(i));
    std::vector<float> a(w.size()), b(w.size()), c(w.size());
    weight_noise(NoiseTarget::int8, w.data(), 64, 8, 1.0f, 9, a.data());
    weight_noise(NoiseTarget::int8, w.data(), 64, 8, 1.0f, 9, b.data());
    weight_noise(NoiseTarget::int8, w.data(), 64, 8, 1.0f, 10, c.data());
    QVERIFY(a == b);
    QVERIFY(a != c);
    auto steps = quantisation_steps(NoiseTarget::int8, w.data(), 64, 8);
    bool nonzero = false;
    for (int i = 0; i < 64; ++i)
        for (int j = 0; j < 8; ++j) {
            QVERIFY(std::fabs(a[i * 8 + j]) <= steps[j] / 2 + 1e-7f);
            nonzero |= a[i * 8 + j] != 0.0f;
        }
    QVERIFY(nonzero);
}

void TestNoise::perturbation_comes_off_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("precision");
    for (const char* backend : {"libxsmm", "onednn", "reference"})
        for (const char* precision : {"fp32", "bf16"})
            QTest::newRow(qPrintable(QString("%1 %2").arg(backend, precision)))
                << QString(backend) << QString(precision);
}

// perturb() moves every weight by less than half its channel's int8 step and leaves the biases; restore() puts the
// clean weights back up to float rounding.
void TestNoise::perturbation_comes_off()
{
    QFETCH(QString, backend);
    QFETCH(QString, precision);
    NetworkSpec spec;
    spec.sizes = {16, 64, 4};  // even blocks: the bf16 rows run bf16 kernels
    spec.backend = tern::kernels::backend_from_string(backend.toStdString());
    spec.precision = tern::kernels::precision_from_string(precision.toStdString());
    Network net(spec, 8, tern::kernels::Context(1));
    std::vector<float> clean = net.parameters();
    for (std::size_t i = 0; i < clean.size(); ++i) clean[i] = std::sin(float(i) * 0.7f);
    net.set_parameters(clean);

    WeightNoise noise(NoiseTarget::int8, 1.0f, 5);
    noise.perturb(net, 1);
    const std::vector<float> noisy = net.parameters();
    std::size_t at = 0, moved = 0;
    for (std::size_t l = 0; l + 1 < spec.sizes.size(); ++l) {
        const int c = spec.sizes[l], k = spec.sizes[l + 1];
        const auto steps = quantisation_steps(NoiseTarget::int8, clean.data() + at, c, k);
        for (int i = 0; i < c; ++i)
            for (int j = 0; j < k; ++j) {
                const std::size_t e = at + std::size_t(i) * k + j;
                QVERIFY(std::fabs(noisy[e] - clean[e]) <= steps[j] / 2 + 1e-6f);
                moved += noisy[e] != clean[e];
            }
        at += std::size_t(c) * k;
        for (int j = 0; j < k; ++j, ++at) QCOMPARE(noisy[at], clean[at]);
    }
    QVERIFY(moved > at / 2);
    noise.restore(net);
    const std::vector<float> restored = net.parameters();
    for (std::size_t i = 0; i < clean.size(); ++i) QVERIFY(std::fabs(restored[i] - clean[i]) <= 1e-6f);

    noise.perturb(net, 2);  // the next step draws other noise
    QVERIFY(net.parameters() != noisy);
    noise.restore(net);
}

QTEST_GUILESS_MAIN(TestNoise)
#include "test_noise.moc"
