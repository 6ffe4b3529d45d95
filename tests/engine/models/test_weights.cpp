// Row weights and class_weight=balanced change what every classification family learns: an up-weighted class is
// predicted more often, and balancing raises balanced accuracy on an imbalanced problem.
#include "engine/core/error.h"
#include "engine/models/registry.h"
#include "synthetic.h"

#include <QtTest>

using namespace tern;
using namespace tern::models;

namespace {

FitContext binary_context()
{
    FitContext ctx;
    ctx.task = Task::binary;
    ctx.n_classes = 2;
    ctx.seed = 3;
    ctx.threads = 2;
    return ctx;
}

// Fully grown trees give pure leaves whatever the weights, so the tree families are tested with leaves large enough
// for weights to matter (the search explores min_samples_leaf together with class_weight).
Params params_for(const QString& family)
{
    if (family == "random_forest" || family == "extra_trees")
        return {{"min_samples_leaf", 25}};
    if (family == "xgboost")
        return {{"max_depth", 3}, {"n_estimators", 50}};
    return Params::object();
}

double share_of_class1(const std::vector<float>& pred)
{
    return std::count(pred.begin(), pred.end(), 1.0f) / static_cast<double>(pred.size());
}

}  // namespace

class TestWeights : public QObject {
    Q_OBJECT
private slots:
    void upweighted_class_is_predicted_more_data();
    void upweighted_class_is_predicted_more();
    void balanced_raises_balanced_accuracy_data();
    void balanced_raises_balanced_accuracy();
    void fully_grown_forest_honours_balanced_weights_data();
    void fully_grown_forest_honours_balanced_weights();
    void weights_must_be_valid();
};

void TestWeights::upweighted_class_is_predicted_more_data()
{
    QTest::addColumn<QString>("family");
    for (const auto& f : families())
        if (f.supports_classification)
            QTest::newRow(f.name.c_str()) << QString::fromStdString(f.name);
}

void TestWeights::upweighted_class_is_predicted_more()
{
    QFETCH(QString, family);
    // Overlapping classes with a weak signal; shares are measured on held-out rows.
    const auto data = test::imbalanced(3000, 31);
    const auto train = test::head(data, 0, 2000), held_out = test::head(data, 2000, 3000);
    const auto ctx = binary_context();
    auto plain = make_model(family.toStdString(), params_for(family), ctx);
    plain->fit(train.x, train.y, {}, ctx);
    std::vector<float> weights(train.y.size());
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = train.y[i] == 1.0f ? 25.0f : 1.0f;
    auto weighted = make_model(family.toStdString(), params_for(family), ctx);
    weighted->fit(train.x, train.y, weights, ctx);
    const double before = share_of_class1(plain->predict(held_out.x));
    const double after = share_of_class1(weighted->predict(held_out.x));
    QVERIFY2(after > before + 0.05, qPrintable(QString("class 1 share %1 -> %2").arg(before).arg(after)));
}

void TestWeights::balanced_raises_balanced_accuracy_data()
{
    upweighted_class_is_predicted_more_data();
}

void TestWeights::balanced_raises_balanced_accuracy()
{
    QFETCH(QString, family);
    const auto data = test::imbalanced(3000, 41);
    const auto train = test::head(data, 0, 2000), held_out = test::head(data, 2000, 3000);
    const auto ctx = binary_context();
    double scores[2];
    for (int balanced = 0; balanced < 2; ++balanced) {
        auto params = params_for(family);
        params["class_weight"] = balanced ? "balanced" : "none";
        auto model = make_model(family.toStdString(), params, ctx);
        model->fit(train.x, train.y, {}, ctx);
        scores[balanced] = test::balanced_accuracy(held_out.y, model->predict(held_out.x), 2);
    }
    QVERIFY2(scores[1] > scores[0] + 0.03 && scores[1] > 0.6,
             qPrintable(QString("balanced accuracy none %1, balanced %2").arg(scores[0]).arg(scores[1])));
}

void TestWeights::fully_grown_forest_honours_balanced_weights_data()
{
    QTest::addColumn<QString>("family");
    QTest::newRow("random_forest") << "random_forest";
    QTest::newRow("extra_trees") << "extra_trees";
}

// At their defaults (fully grown trees, pure leaves) the forests ignore weights that only enter the split
// criterion: each tree's rows must be drawn in proportion to their weight for balancing to reach the votes.
void TestWeights::fully_grown_forest_honours_balanced_weights()
{
    QFETCH(QString, family);
    const auto data = test::imbalanced(3000, 43);
    const auto train = test::head(data, 0, 2000), held_out = test::head(data, 2000, 3000);
    const auto ctx = binary_context();
    double scores[2], shares[2];
    for (int balanced = 0; balanced < 2; ++balanced) {
        auto model = make_model(family.toStdString(), {{"class_weight", balanced ? "balanced" : "none"}}, ctx);
        model->fit(train.x, train.y, {}, ctx);
        const auto predicted = model->predict(held_out.x);
        scores[balanced] = test::balanced_accuracy(held_out.y, predicted, 2);
        shares[balanced] = share_of_class1(predicted);
    }
    qInfo("balanced accuracy none %.3f, balanced %.3f", scores[0], scores[1]);
    QVERIFY2(scores[1] > scores[0] + 0.05 && shares[1] > shares[0] + 0.05,
             qPrintable(QString("balanced accuracy none %1, balanced %2; class 1 share %3 -> %4")
                            .arg(scores[0]).arg(scores[1]).arg(shares[0]).arg(shares[1])));
    // Equal weights leave the plain bootstrap (and so the forest) unchanged.
    auto plain = make_model(family.toStdString(), Params::object(), ctx);
    plain->fit(train.x, train.y, {}, ctx);
    auto unit = make_model(family.toStdString(), Params::object(), ctx);
    unit->fit(train.x, train.y, std::vector<float>(train.y.size(), 2.0f), ctx);
    QCOMPARE(unit->predict_proba(held_out.x).values(), plain->predict_proba(held_out.x).values());
}

void TestWeights::weights_must_be_valid()
{
    const auto data = test::linearly_separable(50, 5);
    const auto ctx = binary_context();
    for (const auto& f : families()) {
        auto model = f.make(Params::object(), ctx);
        const std::vector<float> negative(data.y.size(), -1.0f), short_list(3, 1.0f);
        QVERIFY_THROWS_EXCEPTION(InputError, model->fit(data.x, data.y, negative, ctx));
        QVERIFY_THROWS_EXCEPTION(InputError, model->fit(data.x, data.y, short_list, ctx));
        std::vector<float> bad_labels = data.y;
        bad_labels[0] = 2.0f;  // outside [0, n_classes)
        QVERIFY_THROWS_EXCEPTION(InputError, model->fit(data.x, bad_labels, {}, ctx));
    }
}

QTEST_GUILESS_MAIN(TestWeights)
#include "test_weights.moc"
