// Noise-aware training: the quantisation steps follow the int8 and ternary schemes and the noise stays within half
// a step of the weight's output channel, reproducibly for a seed.
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

QTEST_GUILESS_MAIN(TestNoise)
#include "test_noise.moc"
