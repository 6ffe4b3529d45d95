// The views exporters read (linear coefficients, forest trees) reproduce the models' own predictions when evaluated
// by hand, so an exporter built on them writes the same model.
#include "engine/core/error.h"
#include "engine/models/forest_model.h"
#include "engine/models/linear_model.h"
#include "engine/models/registry.h"
#include "synthetic.h"

#include <QtTest>

using namespace tern;
using namespace tern::models;

class TestExportViews : public QObject {
    Q_OBJECT
private slots:
    void linear_coefficients_reproduce_probabilities();
    void forest_trees_reproduce_probabilities_data();
    void forest_trees_reproduce_probabilities();
};

void TestExportViews::linear_coefficients_reproduce_probabilities()
{
    const auto p = test::linearly_separable(300, 81);
    FitContext ctx;
    auto model = make_model("linear", Params::object(), ctx);
    model->fit(p.x, p.y, {}, ctx);
    const auto c = linear_coefficients(*model);
    QCOMPARE(c.outputs, 1);
    QCOMPARE(c.weights.size(), p.x.cols());
    const auto proba = model->predict_proba(p.x);
    for (std::size_t i = 0; i < p.x.rows(); ++i) {
        double z = c.intercepts[0];
        for (std::size_t j = 0; j < p.x.cols(); ++j)
            z += c.weights[j] * p.x(i, j);
        QVERIFY(std::abs(1.0 / (1.0 + std::exp(-z)) - proba(i, 1)) < 1e-6);
    }
    QVERIFY_THROWS_EXCEPTION(InputError, forest_view(*model));
}

void TestExportViews::forest_trees_reproduce_probabilities_data()
{
    QTest::addColumn<QString>("family");
    QTest::newRow("random_forest") << "random_forest";
    QTest::newRow("extra_trees") << "extra_trees";
}

void TestExportViews::forest_trees_reproduce_probabilities()
{
    QFETCH(QString, family);
    const auto p = test::blobs(300, 82);
    FitContext ctx;
    ctx.task = p.task;
    ctx.n_classes = p.n_classes;
    auto model = make_model(family.toStdString(), Params{{"n_estimators", 10}}, ctx);
    model->fit(p.x, p.y, {}, ctx);
    const auto view = forest_view(*model);
    QCOMPARE(view.trees->size(), std::size_t{10});
    const auto proba = model->predict_proba(p.x);
    for (std::size_t i = 0; i < p.x.rows(); ++i) {
        std::vector<double> sum(3, 0.0);
        for (const auto& tree : *view.trees) {
            std::int32_t node = 0;
            while (tree.features()[node] >= 0)
                node = tree.children()[node] + (p.x(i, tree.features()[node]) <= tree.thresholds()[node] ? 0 : 1);
            for (int c = 0; c < 3; ++c)
                sum[c] += tree.values()[tree.children()[node] + c];
        }
        for (int c = 0; c < 3; ++c)
            QVERIFY(std::abs(sum[c] / 10 - proba(i, c)) < 1e-6);
    }
}

QTEST_GUILESS_MAIN(TestExportViews)
#include "test_export_views.moc"
