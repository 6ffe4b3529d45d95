// The fp32, bf16 and int8 inference kernels (oneDNN matmul) against the plain reference over odd shapes (C and K not
// multiples of 16 or 64, one row, many rows), every activation, with and without layer norm, u8 and s8 inputs.
// Tolerances relative to the largest reference value: fp32 1e-4 (summation order), bf16 1e-3 (the reference also
// rounds to bf16 but sums in double), int8 1e-4 (identical integer sums; only the fp32 rescaling differs).
#include "tests/engine/quant/qgemm_layers.h"

#include "engine/core/error.h"

#include <QtTest>

using namespace qgemm_test;

class TestQgemm : public QObject {
    Q_OBJECT

private:
    void compare_all(Precision p, double tolerance)
    {
        std::mt19937 rng(7);
        const int shapes[][3] = {{1, 3, 5}, {7, 37, 19}, {33, 130, 65}, {256, 64, 10}, {100, 200, 300}, {5, 1, 1}};
        int checked = 0;
        for (const auto& s : shapes)
            for (Activation act : {Activation::none, Activation::relu, Activation::gelu, Activation::tanh,
                                   Activation::sigmoid})
                for (bool norm : {false, true})
                    for (bool is_unsigned : {false, true}) {
                        const int rows = s[0], c = s[1], k = s[2];
                        const auto l = dense_layer(p, c, k, act, norm, is_unsigned, rng);
                        const auto x = random_inputs(rows, c, is_unsigned, rng);
                        LayerKernel kernel(l);
                        const double err = relative_error(run_kernel(kernel, x, rows), run_reference(l, x, rows));
                        if (!(err < tolerance))
                            QFAIL(qPrintable(QString("%1 rows=%2 C=%3 K=%4 act=%5 norm=%6 unsigned=%7: error %8")
                                                 .arg(QString::fromStdString(to_string(p)))
                                                 .arg(rows).arg(c).arg(k)
                                                 .arg(QString::fromStdString(tern::kernels::to_string(act)))
                                                 .arg(norm).arg(is_unsigned).arg(err)));
                        ++checked;
                    }
        QCOMPARE(checked, 6 * 5 * 2 * 2);
    }

private slots:
    void fp32_matches_reference() { compare_all(Precision::fp32, 1e-4); }
    void bf16_matches_reference() { compare_all(Precision::bf16, 1e-3); }
    void int8_matches_reference() { compare_all(Precision::int8, 1e-4); }

    void int8_quantises_like_the_reference()
    {
        // Codes at and around rounding ties, beyond the clamp and NaN: the kernel's vectorised rounding must give
        // the same integer as quantize_activation.
        QuantizedLayer l;
        l.precision = Precision::int8;
        l.inputs = 12, l.outputs = 1;
        l.input_scale = 0.5f;
        l.weights_i8.assign(12, 0);
        l.weight_scale = {1.0f};
        const float x[12] = {0.25f, 0.75f, 1.25f, -0.25f, -0.75f, 1000.0f, -1000.0f, NAN, 63.5f, -63.75f, 0.0f, 2.5f};
        for (int i = 0; i < 12; ++i) {
            std::fill(l.weights_i8.begin(), l.weights_i8.end(), 0);
            l.weights_i8[i] = 1;  // y = code of x[i] * input_scale
            for (bool is_unsigned : {false, true}) {
                l.input_unsigned = is_unsigned;
                LayerKernel kernel(l);
                float y = 0;
                kernel.run(x, 1, &y);
                const float want = float(quantize_activation(x[i], 2.0f, is_unsigned)) * 0.5f;
                QCOMPARE(y, want);
            }
        }
        QCOMPARE(quantize_activation(0.25f, 2.0f, false), 0);  // 0.5 rounds to even
        QCOMPARE(quantize_activation(0.75f, 2.0f, false), 2);  // 1.5 rounds to even
        QCOMPARE(quantize_activation(-1000.0f, 2.0f, false), -127);
        QCOMPARE(quantize_activation(-1000.0f, 2.0f, true), 0);
        QCOMPARE(quantize_activation(1000.0f, 2.0f, true), 255);
        QCOMPARE(quantize_activation(NAN, 2.0f, false), 0);
    }

    void same_kernel_serves_several_row_counts()
    {
        std::mt19937 rng(3);
        const auto l = dense_layer(Precision::int8, 70, 33, Activation::relu, false, true, rng);
        LayerKernel kernel(l);
        for (int rows : {5, 1, 300, 5}) {
            const auto x = random_inputs(rows, 70, true, rng);
            QVERIFY(relative_error(run_kernel(kernel, x, rows), run_reference(l, x, rows)) < 1e-4);
        }
    }

    void path_names_the_implementation()
    {
        std::mt19937 rng(1);
        for (Precision p : {Precision::fp32, Precision::bf16, Precision::int8}) {
            LayerKernel kernel(dense_layer(p, 64, 64, Activation::relu, false, true, rng));
            const std::string path = kernel.path();
            QVERIFY2(path.find("onednn matmul " + to_string(p)) == 0, path.c_str());
            QCOMPARE(kernel.precision(), p);
        }
    }

    void inconsistent_layer_is_refused()
    {
        std::mt19937 rng(2);
        auto l = dense_layer(Precision::int8, 10, 4, Activation::none, false, false, rng);
        l.weight_scale.pop_back();
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{l});
        auto f = dense_layer(Precision::fp32, 10, 4, Activation::none, false, false, rng);
        f.weights_f32.resize(39);
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{f});
        f = dense_layer(Precision::fp32, 10, 4, Activation::none, false, false, rng);
        f.bias.resize(3);
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{f});
    }
};

QTEST_GUILESS_MAIN(TestQgemm)
#include "test_qgemm.moc"
