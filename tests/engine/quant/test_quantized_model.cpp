// Quantised models made from trained mlp and linear models: the dense-stack view reproduces the float model
// (batch norm folded exactly, layer norm kept), each precision stays close to the float network, the quantised
// model saves and loads through models::load, and truncated or corrupted bytes are refused with an InputError.
#include "../models/synthetic.h"
#include "engine/core/error.h"
#include "engine/models/registry.h"
#include "engine/quant/quantized_model.h"
#include "engine/search/fitted.h"

#include <QtTest>
#include <cmath>
#include <map>

using namespace tern;
using namespace tern::quant;

namespace {

std::unique_ptr<models::Model> fit(const std::string& family, const test::Problem& p, models::Params params)
{
    models::FitContext ctx;
    ctx.task = p.task;
    ctx.n_classes = p.n_classes;
    ctx.seed = 3;
    auto m = models::make_model(family, params, ctx);
    m->fit(p.x, p.y, {}, ctx);
    return m;
}

models::Params mlp_params(const std::string& norm)
{
    return {{"depth", 2}, {"width", 48}, {"epochs", 40}, {"norm", norm}, {"dropout", 0.0}, {"learning_rate", 3e-3}};
}

double max_abs_diff(const Matrix& a, const Matrix& b)
{
    double d = 0;
    for (std::size_t i = 0; i < a.values().size(); ++i)
        d = std::max(d, double(std::fabs(a.values()[i] - b.values()[i])));
    return d;
}

QuantOptions options(Precision p)
{
    QuantOptions o;
    o.precision = p;
    return o;
}

} // namespace

class TestQuantizedModel : public QObject {
    Q_OBJECT
  private slots:
    void dense_stack_reproduces_mlp_data();
    void dense_stack_reproduces_mlp();
    void dense_stack_reproduces_linear();
    void precisions_stay_close_to_float();
    void save_load_round_trip();
    void saved_sizes_follow_precision();
    void ternary_saves_only_running_residual_blocks();
    void bad_bytes_are_refused();
    void only_mlp_and_linear_quantise();
};

void TestQuantizedModel::dense_stack_reproduces_mlp_data()
{
    QTest::addColumn<QString>("norm");
    QTest::newRow("none") << "none";
    QTest::newRow("batch") << "batch";
    QTest::newRow("layer") << "layer";
}

void TestQuantizedModel::dense_stack_reproduces_mlp()
{
    QFETCH(QString, norm);
    const auto p = test::blobs(600, 11);
    auto model = fit("mlp", p, mlp_params(norm.toStdString()));
    QVERIFY(has_dense_stack(*model));
    const auto stack = dense_stack(*model);
    QCOMPARE(stack.layers.size(), std::size_t(3));
    QCOMPARE(stack.layers[0].norm.has_value(), norm == "layer");
    auto fp32 = quantize_model(*model, Matrix(), options(Precision::fp32));
    QVERIFY(max_abs_diff(fp32->predict_proba(p.x), model->predict_proba(p.x)) < 1e-4);

    const auto r = test::regression(400, 12);
    auto reg = fit("mlp", r, mlp_params(norm.toStdString()));
    auto reg32 = quantize_model(*reg, Matrix(), options(Precision::fp32));
    const auto a = reg->predict(r.x), b = reg32->predict(r.x);
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY(std::fabs(a[i] - b[i]) < 1e-3 * (1 + std::fabs(a[i])));
}

void TestQuantizedModel::dense_stack_reproduces_linear()
{
    for (const auto& p : {test::linearly_separable(300, 13), test::blobs(300, 14), test::regression(300, 15)}) {
        auto model = fit("linear", p, models::Params::object());
        auto q = quantize_model(*model, Matrix(), options(Precision::fp32));
        QCOMPARE(dense_stack(*model).output, p.task == Task::binary       ? OutputKind::sigmoid
                                             : p.task == Task::multiclass ? OutputKind::softmax
                                                                          : OutputKind::identity);
        if (p.task == Task::regression) {
            const auto a = model->predict(p.x), b = q->predict(p.x);
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY(std::fabs(a[i] - b[i]) < 1e-4 * (1 + std::fabs(a[i])));
        } else {
            QVERIFY(max_abs_diff(q->predict_proba(p.x), model->predict_proba(p.x)) < 1e-5);
        }
    }
}

void TestQuantizedModel::precisions_stay_close_to_float()
{
    const auto all = test::blobs(900, 16);
    const auto train = test::head(all, 0, 600), test_rows = test::head(all, 600, 900);
    auto model = fit("mlp", train, mlp_params("batch"));
    const auto ref = model->predict_proba(test_rows.x);
    const double acc32 = test::accuracy(test_rows.y, model->predict(test_rows.x));
    struct Case {
        Precision p;
        double prob_tol, acc_tol;
    };
    for (auto c :
         {Case{Precision::bf16, 0.02, 0.01}, Case{Precision::int8, 0.05, 0.02}, Case{Precision::ternary, 1.0, 0.03}}) {
        auto q = quantize_model(*model, train.x, options(c.p));
        QCOMPARE(model_precision(*q), c.p);
        const auto proba = q->predict_proba(test_rows.x);
        QVERIFY2(max_abs_diff(proba, ref) <= c.prob_tol, qPrintable(QString::fromStdString(to_string(c.p))));
        const double acc = test::accuracy(test_rows.y, q->predict(test_rows.x));
        QVERIFY2(acc >= acc32 - c.acc_tol,
                 qPrintable(QString("%1: %2 vs %3").arg(QString::fromStdString(to_string(c.p))).arg(acc).arg(acc32)));
        // The fast path and the reference agree.
        const auto* net = quantized_network(*q);
        QVERIFY(max_abs_diff(net->forward(test_rows.x), net->forward_reference(test_rows.x)) < 1e-4);
    }
    QCOMPARE(model_precision(*model), Precision::fp32);
    QVERIFY(quantized_network(*model) == nullptr);
}

void TestQuantizedModel::save_load_round_trip()
{
    const auto p = test::blobs(400, 17);
    auto model = fit("mlp", p, mlp_params("layer"));
    for (auto prec : {Precision::fp32, Precision::bf16, Precision::int8, Precision::ternary}) {
        auto o = options(prec);
        o.residual_fraction = 0.5;
        auto q = quantize_model(*model, p.x, o);
        auto loaded = models::load(q->save());
        QCOMPARE(loaded->family(), std::string("mlp"));
        QCOMPARE(model_precision(*loaded), prec);
        QCOMPARE(loaded->params()["precision"].get<std::string>(), to_string(prec));
        QCOMPARE(max_abs_diff(loaded->predict_proba(p.x), q->predict_proba(p.x)), 0.0);
        QCOMPARE(quantized_network(*loaded)->size_bytes(), quantized_network(*q)->size_bytes());
        QCOMPARE(loaded->save(), q->save());
    }
    // A fitted candidate whose model is quantised goes through the store's serialisation unchanged.
    search::FittedCandidate fitted{"mlp", prep::Pipeline(), quantize_model(*model, p.x, options(Precision::ternary))};
    const auto back = search::deserialize_fitted(search::serialize_fitted(fitted));
    QCOMPARE(back.family, std::string("mlp"));
    QCOMPARE(model_precision(*back.model), Precision::ternary);
    QCOMPARE(max_abs_diff(back.model->predict_proba(p.x), fitted.model->predict_proba(p.x)), 0.0);
}

void TestQuantizedModel::saved_sizes_follow_precision()
{
    const auto p = test::blobs(300, 20);
    auto model = fit("mlp", p, {{"depth", 2}, {"width", 256}, {"epochs", 3}});
    std::map<Precision, double> saved, packed;
    for (auto prec : {Precision::fp32, Precision::bf16, Precision::int8, Precision::ternary}) {
        auto q = quantize_model(*model, p.x, options(prec));
        saved[prec] = double(q->save().size());
        packed[prec] = double(quantized_network(*q)->size_bytes());
        QVERIFY(saved[prec] < packed[prec] * 1.05 + 2000); // the bytes are what size_bytes() promises
    }
    QVERIFY(saved[Precision::bf16] < 0.52 * saved[Precision::fp32]);
    QVERIFY(saved[Precision::int8] < 0.30 * saved[Precision::fp32]);
    QVERIFY(saved[Precision::ternary] < 0.20 * saved[Precision::fp32]);
}

// A ternary model exported at a lower residual fraction is smaller on disk by the blocks it switched off, as its
// size_bytes() says, and predicts the same after loading.
void TestQuantizedModel::ternary_saves_only_running_residual_blocks()
{
    const auto p = test::blobs(300, 21);
    auto model = fit("mlp", p, {{"depth", 2}, {"width", 256}, {"epochs", 3}});
    std::map<double, double> saved;
    for (double fraction : {1.0, 0.5, 0.0}) {
        auto o = options(Precision::ternary);
        o.residual_fraction = fraction;
        auto q = quantize_model(*model, p.x, o);
        const auto bytes = q->save();
        saved[fraction] = double(bytes.size());
        const auto packed = double(quantized_network(*q)->size_bytes());
        QVERIFY2(saved[fraction] < packed * 1.05 + 2000 && saved[fraction] > packed * 0.95,
                 qPrintable(QStringLiteral("fraction %1: %2 bytes saved, %3 packed").arg(fraction).arg(saved[fraction]).arg(packed)));
        auto loaded = models::load(bytes);
        QCOMPARE(max_abs_diff(loaded->predict_proba(p.x), q->predict_proba(p.x)), 0.0);
        QCOMPARE(quantized_network(*loaded)->residual_fraction(), fraction);
        QCOMPARE(loaded->save(), bytes);
    }
    QVERIFY(saved[0.5] < 0.85 * saved[1.0]);
    QVERIFY(saved[0.0] < 0.85 * saved[0.5]);
}

void TestQuantizedModel::bad_bytes_are_refused()
{
    const auto p = test::linearly_separable(200, 18);
    auto model = fit("mlp", p, {{"depth", 1}, {"width", 16}, {"epochs", 5}});
    const auto bytes = quantize_model(*model, p.x, options(Precision::ternary))->save();
    for (std::size_t n = 0; n < bytes.size(); n += 1 + n / 8) {
        std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + long(n));
        QVERIFY_THROWS_EXCEPTION(InputError, load_quantized_model(cut));
        QVERIFY_THROWS_EXCEPTION(InputError, models::load(cut));
    }
    for (std::size_t at = 0; at < bytes.size(); at += 1 + bytes.size() / 40) {
        auto bad = bytes;
        bad[at] ^= 0x5a;
        QVERIFY_THROWS_EXCEPTION(InputError, models::load(bad));
    }
    auto q = models::load(bytes);
    QVERIFY_THROWS_EXCEPTION(InputError, q->predict(Matrix(3, 5))); // wrong feature count
    models::FitContext ctx;
    QVERIFY_THROWS_EXCEPTION(InputError, q->fit(p.x, p.y, {}, ctx));
}

void TestQuantizedModel::only_mlp_and_linear_quantise()
{
    const auto p = test::linearly_separable(200, 19);
    auto forest = fit("random_forest", p, {{"n_estimators", 5}});
    QVERIFY(!has_dense_stack(*forest));
    QVERIFY_THROWS_EXCEPTION(InputError, quantize_model(*forest, p.x, options(Precision::int8)));
    auto linear = fit("linear", p, models::Params::object());
    auto q = quantize_model(*linear, p.x, options(Precision::int8));
    QVERIFY_THROWS_EXCEPTION(InputError, quantize_model(*q, p.x, options(Precision::int8)));
}

QTEST_GUILESS_MAIN(TestQuantizedModel)
#include "test_quantized_model.moc"
