// The direct small-row path of fp32, bf16 and int8 layers (small_gemm.cpp: up to 8 rows of a small layer skip oneDNN)
// against the plain reference for 1..8 rows over odd C and K (not multiples of 4 or 16), u8 and s8 inputs, every
// activation, with and without layer norm. int8 must equal the reference up to float rounding of the epilogue (same
// integer sums, same rescale product); fp32 within 1e-5 and bf16 within 1e-3 (the reference sums in double). Also: 9 rows (oneDNN) and
// 1 row (direct) of one kernel agree, and the path names the direct route.
#include "tests/engine/quant/qgemm_layers.h"

#include <QtTest>

using namespace qgemm_test;

class TestQgemmSmall : public QObject {
    Q_OBJECT

  private:
    void compare_small(Precision p, double tolerance)
    {
        std::mt19937 rng(11);
        const int shapes[][2] = {{1, 1}, {3, 5}, {7, 19}, {37, 17}, {13, 65}, {130, 3}, {61, 129}};
        int checked = 0;
        for (const auto& s : shapes)
            for (Activation act :
                 {Activation::none, Activation::relu, Activation::gelu, Activation::tanh, Activation::sigmoid})
                for (bool norm : {false, true})
                    for (bool is_unsigned : {false, true}) {
                        const int c = s[0], k = s[1];
                        const auto l = dense_layer(p, c, k, act, norm, is_unsigned, rng);
                        LayerKernel kernel(l);
                        for (int rows = 1; rows <= 8; ++rows) {
                            const auto x = random_inputs(rows, c, is_unsigned, rng);
                            const double err = relative_error(run_kernel(kernel, x, rows), run_reference(l, x, rows));
                            if (!(err <= tolerance))
                                QFAIL(qPrintable(QString("%1 rows=%2 C=%3 K=%4 act=%5 norm=%6 unsigned=%7: error %8")
                                                     .arg(QString::fromStdString(to_string(p)))
                                                     .arg(rows)
                                                     .arg(c)
                                                     .arg(k)
                                                     .arg(QString::fromStdString(tern::kernels::to_string(act)))
                                                     .arg(norm)
                                                     .arg(is_unsigned)
                                                     .arg(err)));
                            ++checked;
                        }
                    }
        QCOMPARE(checked, 7 * 5 * 2 * 2 * 8);
    }

  private slots:
    void int8_small_rows_match_reference() { compare_small(Precision::int8, 1e-6); }
    void bf16_small_rows_match_reference() { compare_small(Precision::bf16, 1e-3); }
    void fp32_small_rows_match_reference() { compare_small(Precision::fp32, 1e-5); }

    void int8_signed_extremes_match_reference()
    {
        // s8 codes at -127 and +127 with weights at +-127: the +128 offset and its column-sum correction must cancel.
        QuantizedLayer l;
        l.precision = Precision::int8;
        l.inputs = 9, l.outputs = 3;
        l.input_scale = 0.01f;
        l.weight_scale = {0.5f, 0.25f, 1.0f};
        for (int i = 0; i < 27; ++i)
            l.weights_i8.push_back(std::int8_t(i % 2 ? 127 : -127));
        const std::vector<float> x = {-5.0f, 5.0f, -5.0f, 5.0f, 0.0f, -0.004f, 0.006f, NAN, -1e9f};
        LayerKernel kernel(l);
        QCOMPARE(run_kernel(kernel, x, 1), run_reference(l, x, 1));
    }

    void direct_and_onednn_rows_agree()
    {
        std::mt19937 rng(5);
        for (Precision p : {Precision::int8, Precision::bf16, Precision::fp32}) {
            const auto l = dense_layer(p, 45, 23, Activation::relu, false, true, rng);
            LayerKernel kernel(l);
            const auto x = random_inputs(9, 45, true, rng);
            const auto all = run_kernel(kernel, x, 9); // oneDNN
            for (int r = 0; r < 9; ++r) {
                const std::vector<float> one(x.begin() + r * 45, x.begin() + (r + 1) * 45);
                const std::vector<float> want(all.begin() + r * 23, all.begin() + (r + 1) * 23);
                QVERIFY(relative_error(run_kernel(kernel, one, 1), want) < 1e-3);
            }
        }
    }

    void path_names_the_direct_route()
    {
        std::mt19937 rng(1);
        for (Precision p : {Precision::int8, Precision::bf16, Precision::fp32}) {
            LayerKernel kernel(dense_layer(p, 30, 10, Activation::none, false, false, rng));
            const std::string path = kernel.path();
            QVERIFY2(path.find("rows: direct " + to_string(p)) != std::string::npos, path.c_str());
        }
        // Too large for plain loops to win: oneDNN alone.
        LayerKernel large(dense_layer(Precision::fp32, 512, 512, Activation::none, false, false, rng));
        QVERIFY2(large.path().find("direct") == std::string::npos, large.path().c_str());
    }
};

QTEST_GUILESS_MAIN(TestQgemmSmall)
#include "test_qgemm_small.moc"
