// Every optimised dense-layer path (libxsmm / AMX batch-reduce, oneDNN matmul) against the plain reference on random
// shapes, odd sizes included: forward, backward by data, weight gradient and the fused SGD step.
// Tolerances: 1e-4 relative to the largest reference value in FP32, 1e-2 in BF16.
#include "engine/core/error.h"
#include "engine/kernels/dense.h"
#include "engine/kernels/dense_reference.h"

#include <QtTest>

#include <algorithm>
#include <array>

#include <cmath>
#include <random>
#include <vector>

using namespace tern::kernels;

namespace {

std::vector<float> random_values(std::size_t n, std::mt19937& rng, float scale = 1.0f)
{
    std::normal_distribution<float> d(0.0f, scale);
    std::vector<float> v(n);
    for (auto& x : v) x = d(rng);
    return v;
}

double relative_error(const std::vector<float>& got, const std::vector<float>& want)
{
    double worst = 0, norm = 1e-12;
    for (std::size_t i = 0; i < want.size(); ++i) {
        worst = std::max(worst, double(std::fabs(got[i] - want[i])));
        norm = std::max(norm, double(std::fabs(want[i])));
    }
    return worst / norm;
}

std::vector<float> packed(const std::vector<float>& row_major, const Blocking& b)
{
    std::vector<float> out(row_major.size());
    pack(row_major.data(), out.data(), b);
    return out;
}

std::vector<float> unpacked(const float* blocked, const Blocking& b)
{
    std::vector<float> out(b.size());
    unpack(blocked, out.data(), b);
    return out;
}

// The backend, layer shape and tolerance of a matches_reference_data row.
struct DenseCase {
    Backend backend;
    DenseSpec spec;
    double tol;  // relative to the largest reference value
};

DenseCase fetch_case()
{
    QFETCH(QString, backend);
    QFETCH(QString, precision);
    QFETCH(int, n);
    QFETCH(int, c);
    QFETCH(int, k);
    QFETCH(QString, act);
    DenseSpec spec{n, c, k, activation_from_string(act.toStdString()), precision_from_string(precision.toStdString())};
    return {backend_from_string(backend.toStdString()), spec, spec.precision == Precision::bf16 ? 1e-2 : 1e-4};
}

}  // namespace

class TestDense : public QObject {
    Q_OBJECT
private slots:
    void matches_reference_data();
    void matches_reference();
    void add_to_weights_moves_what_forward_reads_data() { matches_reference_data(); }
    void add_to_weights_moves_what_forward_reads();
    void backward_after_step_reads_new_weights_data();
    void backward_after_step_reads_new_weights();
    void bf16_output_only_matches();
    void bf16_rounding_is_nearest_even();
    void block_sizes_divide();
    void amx_path_is_reported();
    void rejects_empty_shapes();
};

void TestDense::matches_reference_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("act");
    // The last two are large enough to run on the whole team (the others run on one thread); 256x384x320 has an odd
    // number of output blocks, so the work split divides unevenly. 32x2304x2112 has reductions too long for one L2
    // pass in FP32 (36 and 33 blocks of 64 inputs or outputs): they run in passes of 32 blocks and a shorter last one.
    const int shapes[][3] = {{64, 64, 64}, {7, 13, 5}, {33, 70, 19}, {50, 100, 10}, {128, 96, 160}, {96, 256, 64},
                             {2, 130, 6}, {256, 384, 320}, {192, 128, 512}, {32, 2304, 2112}};
    const char* acts[] = {"relu", "gelu", "tanh", "sigmoid", "none"};
    int a = 0;
    for (const char* backend : {"libxsmm", "onednn"})
        for (const char* precision : {"fp32", "bf16"})
            for (const auto& s : shapes) {
                const char* act = acts[a++ % 5];
                QTest::newRow(qPrintable(QString("%1 %2 %3x%4x%5 %6").arg(backend, precision).arg(s[0]).arg(s[1]).arg(s[2]).arg(act)))
                    << QString(backend) << QString(precision) << s[0] << s[1] << s[2] << QString(act);
            }
}

void TestDense::matches_reference()
{
    const auto [backend, spec, tol] = fetch_case();
    const int n = spec.n, c = spec.c, k = spec.k;
    Context ctx(2);
    std::mt19937 rng(n * 1000 + c * 10 + k);
    auto x = random_values(std::size_t(n) * c, rng);
    auto w = random_values(std::size_t(c) * k, rng, 1.0f / std::sqrt(float(c)));
    auto b = random_values(k, rng, 0.1f);
    auto dy = random_values(std::size_t(n) * k, rng);

    std::vector<float> y(std::size_t(n) * k), z(y.size()), dz(y.size()), dx(x.size()), dw(w.size()), db(k);
    reference_dense_forward(x.data(), w.data(), b.data(), y.data(), z.data(), n, c, k, spec.act, spec.precision);
    reference_activation_backward(dy.data(), y.data(), z.data(), dz.data(), long(dz.size()), spec.act);
    reference_dense_backward_data(dz.data(), w.data(), dx.data(), n, c, k, spec.precision);
    reference_dense_weight_grad(x.data(), dz.data(), dw.data(), db.data(), n, c, k, spec.precision);

    auto layer = make_dense(backend, spec, ctx);
    layer->set_weights(w.data(), b.data());
    auto xb = packed(x, layer->in());
    layer->forward({xb.data(), nullptr});
    QVERIFY2(relative_error(unpacked(layer->output().f32, layer->out()), y) < tol, layer->path().c_str());
    auto dyb = packed(dy, layer->out());
    layer->backward(dyb.data(), true, nullptr);
    QVERIFY2(relative_error(unpacked(layer->input_grad(), layer->in()), dx) < tol, "backward by data");
    std::vector<float> gw(w.size()), gb(k);
    layer->weight_grad(gw.data(), gb.data());
    QVERIFY2(relative_error(gw, dw) < tol, "weight gradient");
    QVERIFY2(relative_error(gb, db) < tol, "bias gradient");

    // The fused SGD step updates exactly W - lr * dW.
    UpdateRule sgd;
    sgd.lr = 0.5f;
    layer->forward({xb.data(), nullptr});
    layer->backward(dyb.data(), false, &sgd);
    std::vector<float> w2(w.size()), b2(k), want(w.size());
    layer->get_weights(w2.data(), b2.data());
    for (std::size_t i = 0; i < w.size(); ++i) want[i] = w[i] - 0.5f * dw[i];
    QVERIFY2(relative_error(w2, want) < tol, "fused SGD update");
}

// add_to_weights moves the weights the next forward pass reads (the bf16 copies included) by factor * delta: by far
// more than the tolerance, yet little enough to keep tanh and sigmoid off their flat tails.
void TestDense::add_to_weights_moves_what_forward_reads()
{
    const auto [backend, spec, tol] = fetch_case();
    const int n = spec.n, c = spec.c, k = spec.k;
    Context ctx(2);
    std::mt19937 rng(n * 1000 + c * 10 + k + 1);
    auto x = random_values(std::size_t(n) * c, rng);
    auto w = random_values(std::size_t(c) * k, rng, 1.0f / std::sqrt(float(c)));
    auto b = random_values(k, rng, 0.1f);
    const auto delta = random_values(w.size(), rng, 0.2f / std::sqrt(float(c)));

    auto layer = make_dense(backend, spec, ctx);
    layer->set_weights(w.data(), b.data());
    layer->add_to_weights(delta.data(), -2.0f);
    std::vector<float> got(w.size()), got_b(k), want(w.size());
    layer->get_weights(got.data(), got_b.data());
    for (std::size_t i = 0; i < w.size(); ++i) want[i] = w[i] - 2.0f * delta[i];
    QVERIFY2(relative_error(got, want) < 1e-6, "weights");
    QVERIFY2(got_b == b, "the bias is untouched");

    std::vector<float> y(std::size_t(n) * k), moved(y.size()), z(y.size());
    reference_dense_forward(x.data(), w.data(), b.data(), y.data(), z.data(), n, c, k, spec.act, spec.precision);
    reference_dense_forward(x.data(), want.data(), b.data(), moved.data(), z.data(), n, c, k, spec.act,
                            spec.precision);
    QVERIFY(relative_error(y, moved) > 5 * tol);
    auto xb = packed(x, layer->in());
    layer->forward({xb.data(), nullptr});
    QVERIFY2(relative_error(unpacked(layer->output().f32, layer->out()), moved) < tol, layer->path().c_str());

    // Backward by data reads the moved weights too (libxsmm's transposed bf16 copy among them).
    const auto dy = random_values(std::size_t(n) * k, rng);
    std::vector<float> dz(y.size()), dx(x.size()), want_dx(x.size()), dw(w.size()), db(k);
    reference_activation_backward(dy.data(), moved.data(), z.data(), dz.data(), long(dz.size()), spec.act);
    reference_dense_backward_data(dz.data(), want.data(), want_dx.data(), n, c, k, spec.precision);
    auto dyb = packed(dy, layer->out());
    layer->backward(dyb.data(), true, nullptr);
    QVERIFY2(relative_error(unpacked(layer->input_grad(), layer->in()), want_dx) < tol, "backward by data");
}

void TestDense::backward_after_step_reads_new_weights_data()
{
    QTest::addColumn<QString>("precision");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("deferred");
    // One block, odd sizes, several blocks on the whole team, and FP32 reductions cut into passes; BF16 also with
    // the update's copies left to the next pass (set_weights_change_after_update).
    const int shapes[][3] = {{64, 64, 64}, {33, 70, 19}, {256, 384, 320}, {32, 2304, 2112}};
    for (const char* precision : {"fp32", "bf16"})
        for (const auto& s : shapes)
            for (const bool deferred : {false, true})
                if (!deferred || QString(precision) == "bf16")
                    QTest::newRow(qPrintable(QString("%1 %2x%3x%4%5")
                                                 .arg(precision)
                                                 .arg(s[0])
                                                 .arg(s[1])
                                                 .arg(s[2])
                                                 .arg(deferred ? " deferred" : "")))
                        << QString(precision) << s[0] << s[1] << s[2] << deferred;
}

// Backward by data after a fused step reads the updated weights, not a copy (transposed, bf16) made before it.
// No activation: dx = dy W2^T whatever the output, so the large step cannot move act'(.) into a saturated range.
void TestDense::backward_after_step_reads_new_weights()
{
    QFETCH(QString, precision);
    QFETCH(int, n);
    QFETCH(int, c);
    QFETCH(int, k);
    QFETCH(bool, deferred);
    Context ctx(2);
    DenseSpec spec{n, c, k, Activation::none, precision_from_string(precision.toStdString())};
    std::mt19937 rng(n + c + k);
    auto x = random_values(std::size_t(n) * c, rng), dy = random_values(std::size_t(n) * k, rng);
    auto w = random_values(std::size_t(c) * k, rng, 1.0f / std::sqrt(float(c))), b = random_values(k, rng, 0.1f);
    auto layer = make_dense(Backend::libxsmm, spec, ctx);
    layer->set_weights(w.data(), b.data());
    layer->set_weights_change_after_update(deferred);
    auto xb = packed(x, layer->in()), dyb = packed(dy, layer->out());
    UpdateRule sgd;
    sgd.lr = 0.5f;
    layer->forward({xb.data(), nullptr});
    layer->backward(dyb.data(), true, &sgd);
    std::vector<float> w2(w.size()), b2(k), dx(x.size()), before(x.size());
    layer->get_weights(w2.data(), b2.data());
    reference_dense_backward_data(dy.data(), w.data(), before.data(), n, c, k, spec.precision);
    reference_dense_backward_data(dy.data(), w2.data(), dx.data(), n, c, k, spec.precision);
    QVERIFY(relative_error(before, dx) > 0.1);  // the step moved the answer well beyond the tolerance
    layer->forward({xb.data(), nullptr});
    layer->backward(dyb.data(), true, nullptr);
    const double tol = spec.precision == Precision::bf16 ? 1e-2 : 1e-4;
    QVERIFY2(relative_error(unpacked(layer->input_grad(), layer->in()), dx) < tol, layer->path().c_str());
}

// A BF16 layer that keeps only its bf16 output (hidden layers of a network) computes the same bf16 output, input
// gradient and update as one that also keeps fp32: only where act'(.) is read from changes (the bf16 copy).
void TestDense::bf16_output_only_matches()
{
    Context ctx(2);
    for (const char* act : {"relu", "tanh", "gelu"})
        for (const auto& s : {std::array<int, 3>{64, 96, 128}, std::array<int, 3>{256, 384, 320}}) {
            DenseSpec spec{s[0], s[1], s[2], activation_from_string(act), Precision::bf16};
            DenseSpec lean = spec;
            lean.f32_output = false;
            auto a = make_dense(Backend::libxsmm, spec, ctx), b = make_dense(Backend::libxsmm, lean, ctx);
            std::mt19937 rng(7);
            auto w = random_values(std::size_t(spec.c) * spec.k, rng, 0.1f), bias = random_values(spec.k, rng, 0.1f);
            auto x = random_values(std::size_t(spec.n) * spec.c, rng), dy = random_values(std::size_t(spec.n) * spec.k, rng);
            UpdateRule sgd;
            sgd.lr = 0.1f;
            std::vector<float> wa(w.size()), wb(w.size()), ba(spec.k), bb(spec.k);
            for (auto* l : {a.get(), b.get()}) {
                l->set_weights(w.data(), bias.data());
                auto xb = packed(x, l->in());
                l->forward({xb.data(), nullptr});
                l->backward(packed(dy, l->out()).data(), true, &sgd);
            }
            QVERIFY(b->output().f32 == nullptr);
            const long n = a->out().size();
            QVERIFY(std::equal(a->output().b16, a->output().b16 + n, b->output().b16));
            const auto dxa = unpacked(a->input_grad(), a->in()), dxb = unpacked(b->input_grad(), b->in());
            QVERIFY2(relative_error(dxb, dxa) < 1e-2, act);
            a->get_weights(wa.data(), ba.data());
            b->get_weights(wb.data(), bb.data());
            QVERIFY2(relative_error(wb, wa) < 1e-2, act);
            QVERIFY2(relative_error(bb, ba) < 1e-2, act);
        }
}

void TestDense::bf16_rounding_is_nearest_even()
{
    QCOMPARE(to_bf16(1.0f), bf16(0x3f80));
    // 1 + 2^-8 is exactly half-way between 1 and 1 + 2^-7: ties go to the even mantissa (1.0).
    QCOMPARE(to_bf16(1.0f + 0x1.0p-8f), bf16(0x3f80));
    // 1 + 3 * 2^-8 is half-way between 1 + 2^-7 (odd) and 1 + 2^-6 (even): rounds up.
    QCOMPARE(to_bf16(1.0f + 3 * 0x1.0p-8f), bf16(0x3f82));
    QCOMPARE(from_bf16(to_bf16(-2.5f)), -2.5f);
    QVERIFY(std::isnan(from_bf16(to_bf16(NAN))));
    std::vector<float> in{0.1f, -3.3f, 1e30f}, back(3);
    std::vector<bf16> mid(3);
    to_bf16(in.data(), mid.data(), 3);
    from_bf16(mid.data(), back.data(), 3);
    for (int i = 0; i < 3; ++i) QVERIFY(std::fabs(back[i] - in[i]) <= std::fabs(in[i]) * 0x1.0p-8f);
}

void TestDense::block_sizes_divide()
{
    for (int d : {1, 2, 7, 10, 63, 64, 65, 96, 100, 127, 250, 257, 1000, 1024, 1031, 4096}) {
        int b = choose_block(d);
        QVERIFY(b >= 1 && d % b == 0);
    }
    QCOMPARE(choose_block(1024), 64);
    QCOMPARE(choose_block(10), 10);
}

void TestDense::amx_path_is_reported()
{
    Context ctx(2);
    auto layer = make_dense(Backend::libxsmm, {64, 128, 64, Activation::relu, Precision::bf16}, ctx);
    const std::string p = layer->path();
    if (ctx.isa().amx_bf16) QVERIFY2(p.find("amx") != std::string::npos, p.c_str());
    else QVERIFY2(p.find("bf16") != std::string::npos, p.c_str());
}

void TestDense::rejects_empty_shapes()
{
    Context ctx(1);
    QVERIFY_THROWS_EXCEPTION(tern::InputError, make_dense(Backend::libxsmm, {0, 4, 4}, ctx));
}

QTEST_GUILESS_MAIN(TestDense)
#include "test_dense.moc"
