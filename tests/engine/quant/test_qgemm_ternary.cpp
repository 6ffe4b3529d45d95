// The ternary inference kernel, every method this CPU has (amx, vnni, masks, portable), against the plain reference:
// odd shapes (C not a multiple of the block, blocks not multiples of 4, blocks beyond the masks' 128-input int16
// limit, K from 1 to 100), 1 to 97 rows (split between threads or not), u8 and s8 inputs, one to three levels, random / none / all residual blocks
// kept. The kernels sum the same integers as the reference, so the tolerance (1e-5 of the largest value) only
// covers fused multiply-adds.
#include "tests/engine/quant/qgemm_layers.h"

#include "engine/core/error.h"

#include <QtTest>

using namespace qgemm_test;

namespace {

std::vector<TernaryMethod> methods()
{
    std::vector<TernaryMethod> out;
    for (auto m : {TernaryMethod::amx, TernaryMethod::vnni, TernaryMethod::masks, TernaryMethod::portable})
        if (ternary_method_available(m)) out.push_back(m);
    return out;
}

LayerKernel make(const QuantizedLayer& l, TernaryMethod m)
{
    KernelOptions o;
    o.ternary = m;
    return LayerKernel(l, o);
}

}  // namespace

class TestQgemmTernary : public QObject {
    Q_OBJECT

private slots:
    void every_method_matches_reference()
    {
        std::mt19937 rng(11);
        // rows, C, K, block
        const int shapes[][4] = {{1, 64, 16, 64},  {7, 100, 5, 64},  {50, 130, 33, 64}, {97, 37, 100, 10},
                                 {3, 300, 17, 130}, {49, 9, 1, 4},   {13, 512, 70, 64}, {2, 1, 3, 64},
                                 {77, 300, 40, 64}};  // the last splits its rows between threads
        int checked = 0;
        for (TernaryMethod m : methods())
            for (const auto& s : shapes)
                for (int levels : {1, 2, 3})
                    for (bool is_unsigned : {false, true})
                        for (double keep_p : {0.0, 0.5, 1.0}) {
                            if (levels == 1 && keep_p != 0.0) continue;
                            const int rows = s[0], c = s[1], k = s[2], block = s[3];
                            const Activation act = is_unsigned ? Activation::relu : Activation::none;
                            const auto l = ternary_layer(c, k, block, levels, act, keep_p == 0.5, is_unsigned, keep_p,
                                                         rng);
                            const auto x = random_inputs(rows, c, is_unsigned, rng);
                            const LayerKernel kernel = make(l, m);
                            const double err = relative_error(run_kernel(kernel, x, rows), run_reference(l, x, rows));
                            if (!(err < 1e-5))
                                QFAIL(qPrintable(QString("%1 rows=%2 C=%3 K=%4 block=%5 levels=%6 unsigned=%7 keep=%8: "
                                                         "error %9")
                                                     .arg(QString::fromStdString(to_string(m)))
                                                     .arg(rows).arg(c).arg(k).arg(block).arg(levels)
                                                     .arg(is_unsigned).arg(keep_p).arg(err)));
                            ++checked;
                        }
        QVERIFY(checked >= 9 * 14);  // the portable method at least
    }

    void methods_agree_on_a_large_layer()
    {
        std::mt19937 rng(5);
        const auto l = ternary_layer(1024, 1024, 64, 2, Activation::relu, false, true, 0.5, rng);
        const auto x = random_inputs(256, 1024, true, rng);
        const auto want = run_reference(l, x, 256);
        for (TernaryMethod m : methods())
            QVERIFY2(relative_error(run_kernel(make(l, m), x, 256), want) < 1e-5, to_string(m).c_str());
    }

    void keep_flags_select_the_residual_blocks()
    {
        std::mt19937 rng(9);
        auto l = ternary_layer(200, 24, 64, 2, Activation::none, false, false, 1.0, rng);
        const auto x = random_inputs(6, 200, false, rng);
        for (TernaryMethod m : methods()) {
            LayerKernel kernel = make(l, m);
            const auto all = run_kernel(kernel, x, 6);
            auto none_kept = l;
            std::fill(none_kept.keep.begin(), none_kept.keep.end(), std::uint8_t(0));
            kernel.set_keep(none_kept.keep);
            const auto level0 = run_kernel(kernel, x, 6);
            QVERIFY(relative_error(level0, run_reference(none_kept, x, 6)) < 1e-5);
            QVERIFY(relative_error(level0, all) > 1e-3);  // the residual level changes the output
            auto one = none_kept;
            one.keep[2] = 1;
            kernel.set_keep(one.keep);
            QVERIFY(relative_error(run_kernel(kernel, x, 6), run_reference(one, x, 6)) < 1e-5);
            QVERIFY_THROWS_EXCEPTION(tern::InputError, kernel.set_keep({1, 0}));
        }
    }

    void automatic_method_is_available_and_named()
    {
        std::mt19937 rng(4);
        const LayerKernel kernel(ternary_layer(64, 16, 64, 2, Activation::relu, false, true, 1.0, rng));
        QVERIFY(kernel.path().find("ternary") == 0);
        QCOMPARE(kernel.precision(), Precision::ternary);
        if (ternary_method_available(TernaryMethod::vnni)) QVERIFY(kernel.path().find("vnni") != std::string::npos);
        QCOMPARE(ternary_method_from_string("masks"), TernaryMethod::masks);
        QVERIFY_THROWS_EXCEPTION(tern::InputError, ternary_method_from_string("simd"));
    }

    void inconsistent_layer_is_refused()
    {
        std::mt19937 rng(8);
        auto l = ternary_layer(100, 8, 64, 2, Activation::none, false, false, 1.0, rng);
        auto bad = l;
        bad.keep.push_back(1);
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{bad});
        bad = l;
        bad.levels[1].t[3] = 2;
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{bad});
        bad = l;
        bad.levels[0].alpha.pop_back();
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{bad});
        bad = l;
        bad.block = 0;
        QVERIFY_THROWS_EXCEPTION(tern::InputError, LayerKernel{bad});
    }
};

QTEST_GUILESS_MAIN(TestQgemmTernary)
#include "test_qgemm_ternary.moc"
