// The arithmetic of quantisation on its own: bf16 and int8 round trips stay within their error bounds, the ternary
// threshold is optimal (checked against every ternary vector of small blocks), residual levels only ever remove
// error, residual blocks are ranked by the error they remove, and keeping more of them never adds error.
#include "engine/core/error.h"
#include "engine/quant/quantize.h"
#include "engine/quant/ternary.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace tern;
using namespace tern::quant;

namespace {

DenseStack one_layer(int c, int k, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    DenseStack s;
    s.task = Task::multiclass;
    s.n_classes = k;
    DenseStage st;
    st.inputs = c, st.outputs = k;
    for (int i = 0; i < c * k; ++i)
        st.weights.push_back(normal(rng) * (i % 7 == 0 ? 3.0f : 0.3f));
    st.bias.assign(k, 0.1f);
    s.layers.push_back(st);
    return s;
}

Matrix random_rows(std::size_t n, std::size_t c, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    Matrix m(n, c);
    for (float& v : m.values())
        v = normal(rng);
    return m;
}

double squared_error(const std::vector<float>& a, const std::vector<float>& b)
{
    double e = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        e += double(a[i] - b[i]) * (a[i] - b[i]);
    return e;
}

} // namespace

class TestQuantMath : public QObject {
    Q_OBJECT
  private slots:
    void precision_names();
    void bf16_round_trip();
    void int8_round_trip_error_bound();
    void ternary_threshold_is_optimal();
    void residual_levels_reduce_error();
    void residual_blocks_ranked_and_monotone();
    void bad_options_are_refused();
};

void TestQuantMath::precision_names()
{
    for (auto p : {Precision::fp32, Precision::bf16, Precision::int8, Precision::ternary})
        QCOMPARE(precision_from_string(to_string(p)), p);
    QVERIFY_THROWS_EXCEPTION(InputError, precision_from_string("int4"));
}

void TestQuantMath::bf16_round_trip()
{
    const auto stack = one_layer(50, 6, 1);
    QuantOptions o;
    o.precision = Precision::bf16;
    const auto net = quantize(stack, Matrix(), o);
    const auto w = dequantized_weights(net.layers[0]);
    for (std::size_t i = 0; i < w.size(); ++i) {
        const float x = stack.layers[0].weights[i];
        QVERIFY(std::fabs(w[i] - x) <= std::ldexp(std::fabs(x), -8)); // half a unit in the 8-bit mantissa
    }
    // Ties go to the even neighbour: 1 + 2^-8 is halfway between 1 and 1 + 2^-7.
    QCOMPARE(kernels::from_bf16(kernels::to_bf16(1.0f + std::ldexp(1.0f, -8))), 1.0f);
    QCOMPARE(net.size_bytes(), std::int64_t(50 * 6 * 2 + 6 * 4));
}

void TestQuantMath::int8_round_trip_error_bound()
{
    const auto stack = one_layer(40, 5, 2);
    QuantOptions o;
    o.precision = Precision::int8;
    const auto net = quantize(stack, random_rows(100, 40, 3), o);
    const auto& l = net.layers[0];
    const auto w = dequantized_weights(l);
    for (int c = 0; c < 40; ++c)
        for (int k = 0; k < 5; ++k) {
            const float x = stack.layers[0].weights[std::size_t(c) * 5 + k];
            QVERIFY(std::fabs(w[std::size_t(c) * 5 + k] - x) <= 0.5f * l.weight_scale[k] * 1.0001f);
            QVERIFY(std::abs(l.weights_i8[std::size_t(c) * 5 + k]) <= 127);
        }
    QVERIFY(!l.input_unsigned); // normal inputs take both signs
    QCOMPARE(net.multiplies_per_row(), std::int64_t(40 * 5));
}

void TestQuantMath::ternary_threshold_is_optimal()
{
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 1 + trial % 7;
        std::vector<float> w(n);
        for (float& v : w)
            v = normal(rng);
        if (trial % 5 == 0)
            w[0] = w[n - 1]; // ties in |w|
        std::vector<std::int8_t> t(n);
        const auto fit = fit_ternary(w, t);
        double got = 0;
        for (int i = 0; i < n; ++i)
            got += std::pow(w[i] - fit.alpha * t[i], 2);
        // Brute force: every t in {-1,0,1}^n with its best alpha = <w,t> / <t,t> (clamped at 0).
        double best = 0;
        for (float v : w)
            best += double(v) * v;
        int codes = 1;
        for (int i = 0; i < n; ++i)
            codes *= 3;
        for (int code = 0; code < codes; ++code) {
            std::vector<int> tt(n);
            int rest = code;
            for (int i = 0; i < n; ++i)
                tt[i] = rest % 3 - 1, rest /= 3;
            double wt = 0, tt2 = 0;
            for (int i = 0; i < n; ++i)
                wt += w[i] * tt[i], tt2 += tt[i] * tt[i];
            if (tt2 == 0)
                continue;
            const double alpha = std::max(0.0, wt / tt2);
            double e = 0;
            for (int i = 0; i < n; ++i)
                e += std::pow(w[i] - alpha * tt[i], 2);
            best = std::min(best, e);
        }
        QVERIFY2(got <= best + 1e-5, qPrintable(QString("n=%1 got %2 best %3").arg(n).arg(got).arg(best)));
    }
    std::vector<float> zeros(4, 0.0f);
    std::vector<std::int8_t> t(4, 1);
    QCOMPARE(fit_ternary(zeros, t).alpha, 0.0f);
    QCOMPARE(int(t[0]), 0);
}

void TestQuantMath::residual_levels_reduce_error()
{
    const auto stack = one_layer(130, 4, 4); // 130 = two full blocks of 64 and a partial one
    const auto calib = random_rows(50, 130, 5);
    double previous = INFINITY;
    for (int levels = 1; levels <= 3; ++levels) {
        QuantOptions o;
        o.precision = Precision::ternary;
        o.ternary_levels = levels;
        const auto net = quantize(stack, calib, o);
        QCOMPARE(net.layers[0].blocks(), 3);
        const double e = squared_error(dequantized_weights(net.layers[0]), stack.layers[0].weights);
        QVERIFY(e < previous);
        previous = e;
    }
}

void TestQuantMath::residual_blocks_ranked_and_monotone()
{
    const auto stack = one_layer(640, 8, 6);
    QuantOptions o;
    o.precision = Precision::ternary;
    o.ternary_levels = 2;
    auto net = quantize(stack, random_rows(50, 640, 8), o);
    auto& l = net.layers[0];
    QCOMPARE(l.residual_gain.size(), std::size_t(10));
    // Each gain is exactly the squared error its block removes.
    for (int b = 0; b < 10; ++b) {
        std::fill(l.keep.begin(), l.keep.end(), 0);
        const double without = squared_error(dequantized_weights(l), stack.layers[0].weights);
        l.keep[b] = 1;
        const double with = squared_error(dequantized_weights(l), stack.layers[0].weights);
        QVERIFY(std::fabs((without - with) - l.residual_gain[b]) < 1e-3 * l.residual_gain[b] + 1e-6);
    }
    // Half keeps the five largest gains.
    net.set_residual_fraction(0.5);
    float smallest_kept = INFINITY, largest_dropped = 0;
    int kept = 0;
    for (int b = 0; b < 10; ++b) {
        if (l.keep[b])
            smallest_kept = std::min(smallest_kept, l.residual_gain[b]), ++kept;
        else
            largest_dropped = std::max(largest_dropped, l.residual_gain[b]);
    }
    QCOMPARE(kept, 5);
    QVERIFY(smallest_kept >= largest_dropped);
    // Fraction 0 -> 0.5 -> 1: error falls, multiplies and size grow; the prepared kernels follow the knob.
    const auto x = random_rows(20, 640, 10);
    double previous_error = INFINITY;
    std::int64_t previous_mult = 0, previous_size = 0;
    for (double f : {0.0, 0.5, 1.0}) {
        net.set_residual_fraction(f);
        const Matrix fast = net.forward(x), slow = net.forward_reference(x);
        for (std::size_t i = 0; i < fast.values().size(); ++i)
            QVERIFY(std::fabs(fast.values()[i] - slow.values()[i]) < 1e-5);
        const double e = squared_error(dequantized_weights(l), stack.layers[0].weights);
        QVERIFY(e < previous_error);
        QVERIFY(net.multiplies_per_row() > previous_mult);
        QVERIFY(net.size_bytes() > previous_size);
        previous_error = e, previous_mult = net.multiplies_per_row(), previous_size = net.size_bytes();
    }
    QCOMPARE(net.multiplies_per_row(), std::int64_t(2 * 10 * 8)); // one per block, output and level
    // Packed: 2 bits per weight per level, a bf16 alpha per block and output per level, bias, input scale.
    QCOMPARE(net.size_bytes(), std::int64_t(2 * (640 * 8 / 4 + 10 * 8 * 2) + 8 * 4 + 4));
}

void TestQuantMath::bad_options_are_refused()
{
    const auto stack = one_layer(10, 3, 9);
    QuantOptions o;
    QVERIFY_THROWS_EXCEPTION(InputError, quantize(stack, Matrix(), o)); // int8 needs calibration rows
    QVERIFY_THROWS_EXCEPTION(InputError, quantize(stack, random_rows(5, 11, 1), o));
    o.residual_fraction = 1.5;
    QVERIFY_THROWS_EXCEPTION(InputError, quantize(stack, random_rows(5, 10, 1), o));
}

QTEST_GUILESS_MAIN(TestQuantMath)
#include "test_quant_math.moc"
