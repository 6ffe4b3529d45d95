// The linear family's solvers reach the true optimum: ridge regression matches the closed-form solution, a strong
// L1 term zeroes irrelevant coefficients, and logistic regression is deterministic and scale-aware.
#include "engine/core/error.h"
#include "engine/models/registry.h"
#include "synthetic.h"

#include <QtTest>

using namespace tern;
using namespace tern::models;

namespace {

// Solves (X'X / n + alpha * I_w) beta = X'y / n for [w, b] with an unpenalised intercept, by Gaussian elimination.
std::vector<double> closed_form_ridge(const Matrix& x, const std::vector<float>& y, double alpha)
{
    const std::size_t n = x.rows(), d = x.cols(), m = d + 1;
    std::vector<double> a(m * m, 0.0), rhs(m, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<double> row(m, 1.0);
        for (std::size_t j = 0; j < d; ++j)
            row[j] = x(i, j);
        for (std::size_t r = 0; r < m; ++r) {
            rhs[r] += row[r] * y[i] / n;
            for (std::size_t c = 0; c < m; ++c)
                a[r * m + c] += row[r] * row[c] / n;
        }
    }
    for (std::size_t j = 0; j < d; ++j)
        a[j * m + j] += alpha;
    for (std::size_t p = 0; p < m; ++p)
        for (std::size_t r = p + 1; r < m; ++r) {
            const double f = a[r * m + p] / a[p * m + p];
            for (std::size_t c = p; c < m; ++c)
                a[r * m + c] -= f * a[p * m + c];
            rhs[r] -= f * rhs[p];
        }
    std::vector<double> beta(m);
    for (std::size_t p = m; p-- > 0;) {
        double s = rhs[p];
        for (std::size_t c = p + 1; c < m; ++c)
            s -= a[p * m + c] * beta[c];
        beta[p] = s / a[p * m + p];
    }
    return beta;
}

FitContext regression_context()
{
    FitContext ctx;
    ctx.task = Task::regression;
    ctx.n_classes = 0;
    return ctx;
}

}  // namespace

class TestLinear : public QObject {
    Q_OBJECT
private slots:
    void ridge_matches_closed_form_data();
    void ridge_matches_closed_form();
    void lasso_zeroes_irrelevant_coefficients();
    void bad_strength_is_input_error();
};

void TestLinear::ridge_matches_closed_form_data()
{
    QTest::addColumn<double>("alpha");
    QTest::newRow("near OLS") << 1e-6;
    QTest::newRow("moderate") << 0.1;
    QTest::newRow("strong") << 10.0;
}

void TestLinear::ridge_matches_closed_form()
{
    QFETCH(double, alpha);
    const auto data = test::regression(400, 61);
    const auto ctx = regression_context();
    auto model = make_model("linear", Params{{"alpha", alpha}, {"max_iter", 1000}}, ctx);
    model->fit(data.x, data.y, {}, ctx);
    const auto beta = closed_form_ridge(data.x, data.y, alpha);
    const auto pred = model->predict(data.x);
    double worst = 0;
    for (std::size_t i = 0; i < data.x.rows(); ++i) {
        double expected = beta[3];
        for (std::size_t j = 0; j < 3; ++j)
            expected += beta[j] * data.x(i, j);
        worst = std::max(worst, std::abs(expected - pred[i]));
    }
    QVERIFY2(worst < 1e-3, qPrintable(QString("largest prediction gap %1").arg(worst)));
}

void TestLinear::lasso_zeroes_irrelevant_coefficients()
{
    // Column 2 is irrelevant: with a strong L1 term its coefficient is exactly zero, so changing it changes nothing.
    const auto data = test::regression(500, 62);
    const auto ctx = regression_context();
    auto model = make_model("linear", Params{{"penalty", "elasticnet"}, {"l1_ratio", 1.0}, {"alpha", 0.1}}, ctx);
    model->fit(data.x, data.y, {}, ctx);
    Matrix changed = data.x;
    for (std::size_t i = 0; i < changed.rows(); ++i)
        changed(i, 2) += 5.0f;
    QVERIFY(model->predict(changed) == model->predict(data.x));
    QVERIFY(test::r2(data.y, model->predict(data.x)) > 0.95);
}

void TestLinear::bad_strength_is_input_error()
{
    const auto data = test::linearly_separable(50, 63);
    FitContext ctx;
    auto model = make_model("linear", Params{{"C", 0.0}}, ctx);
    QVERIFY_THROWS_EXCEPTION(InputError, model->fit(data.x, data.y, {}, ctx));
}

QTEST_GUILESS_MAIN(TestLinear)
#include "test_linear.moc"
