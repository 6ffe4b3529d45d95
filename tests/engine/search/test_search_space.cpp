// The search space the strategies sample: class weighting is exactly one dimension per family (the search's own,
// applied as row weights), never also the family's class_weight parameter, and it is absent for regression.
#include "engine/models/registry.h"
#include "engine/search/search_space.h"

#include <QtTest>

#include <algorithm>

using namespace tern;
using namespace tern::search;

namespace {

SearchContext context(Task task)
{
    SearchContext ctx;
    ctx.task = task;
    ctx.n_classes = task == Task::regression ? 0 : 2;
    ctx.n_rows = 500;
    ctx.has_missing = true;
    ctx.has_categorical = true;
    ctx.prefer_balanced = true;
    return ctx;
}

int count_named(const std::vector<Dimension>& dims, const std::string& name)
{
    int n = 0;
    for (const auto& d : dims)
        n += d.name == name;
    return n;
}

}  // namespace

class TestSearchSpace : public QObject {
    Q_OBJECT
private slots:
    void classWeightIsOneDimensionForEveryFamily()
    {
        const auto ctx = context(Task::binary);
        for (const auto& family : models::families()) {
            if (!family.supports_classification)
                continue;
            const auto dims = dimensions(family.name, ctx);
            QVERIFY2(count_named(dims, "class_weight") == 1, family.name.c_str());
            for (const auto& d : dims)
                if (d.name == "class_weight")
                    QVERIFY2(d.target == DimTarget::class_weight, family.name.c_str());
        }
    }

    void balancedPointSetsTheConfigNotTheModelParameter()
    {
        const auto ctx = context(Task::binary);
        for (const auto& family : models::families()) {
            if (!family.supports_classification)
                continue;
            const auto dims = dimensions(family.name, ctx);
            CandidateConfig wanted = default_config(family.name, ctx);
            wanted.class_weight = "balanced";
            const Point p = encode(wanted, dims, ctx);
            const CandidateConfig c = decode(family.name, p, dims, ctx);
            QCOMPARE(c.class_weight, std::string("balanced"));
            // The family's own switch stays off: the row weights carry the balancing once.
            if (c.params.contains("class_weight"))
                QCOMPARE(c.params["class_weight"].get<std::string>(), std::string("none"));
            wanted.class_weight = "none";
            QCOMPARE(decode(family.name, encode(wanted, dims, ctx), dims, ctx).class_weight, std::string("none"));
        }
    }

    // Level codes are offered to trees only; the other families see a level as a column of its own or as its
    // out-of-fold target mean, never as a position in an arbitrary order.
    void levelCodesAreForTreesOnly()
    {
        const auto ctx = context(Task::binary);
        for (const auto& family : models::families()) {
            if (!family.supports_classification)
                continue;
            std::vector<std::string> encoders;
            for (const auto& d : dimensions(family.name, ctx))
                if (d.target == DimTarget::encoder)
                    encoders = d.choices;
            const bool tree = family.name == "xgboost" || family.name == "random_forest" ||
                              family.name == "extra_trees";
            const bool codes = std::find(encoders.begin(), encoders.end(), "ordinal") != encoders.end();
            QVERIFY2(codes == tree, family.name.c_str());
            QVERIFY2(std::find(encoders.begin(), encoders.end(), "onehot") != encoders.end(), family.name.c_str());
            QCOMPARE(default_config(family.name, ctx).pipeline.encoder == "ordinal", tree);
        }
    }

    void regressionHasNoClassWeight()
    {
        const auto ctx = context(Task::regression);
        for (const auto& family : models::families())
            if (family.supports_regression)
                QCOMPARE(count_named(dimensions(family.name, ctx), "class_weight"), 0);
    }

    // A parameter that means nothing for the task is neither a dimension nor in the candidate's reported params:
    // a regression forest shows no split criterion or class weights, a classifier no regression tube width.
    void parametersFollowTheTask_data()
    {
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("absent");
        QTest::addColumn<QString>("present");
        QTest::newRow("random_forest regression") << int(Task::regression) << "random_forest" << "criterion"
                                                  << "max_features";
        QTest::newRow("random_forest class weight") << int(Task::regression) << "random_forest" << "class_weight"
                                                    << "n_estimators";
        QTest::newRow("extra_trees regression") << int(Task::regression) << "extra_trees" << "criterion"
                                                << "min_samples_leaf";
        QTest::newRow("linear regression") << int(Task::regression) << "linear" << "C" << "alpha";
        QTest::newRow("linear binary") << int(Task::binary) << "linear" << "alpha" << "C";
        QTest::newRow("svm binary") << int(Task::binary) << "svm" << "epsilon" << "C";
        QTest::newRow("random_forest binary") << int(Task::binary) << "random_forest" << "class_weight"
                                              << "criterion";
    }
    void parametersFollowTheTask()
    {
        QFETCH(int, task);
        QFETCH(QString, family);
        QFETCH(QString, absent);
        QFETCH(QString, present);
        const auto ctx = context(static_cast<Task>(task));
        const auto dims = dimensions(family.toStdString(), ctx);
        const auto config = default_config(family.toStdString(), ctx);
        const auto shown = config.display_params();
        if (absent != "class_weight") {  // class weighting is the search's own dimension, never the family's
            QCOMPARE(count_named(dims, absent.toStdString()), 0);
            QVERIFY2(!shown.contains(absent.toStdString()), shown.dump().c_str());
        } else if (static_cast<Task>(task) == Task::regression) {
            QVERIFY2(!shown.contains("class_weight"), shown.dump().c_str());
        }
        QCOMPARE(count_named(dims, present.toStdString()), 1);
        QVERIFY2(shown.contains(present.toStdString()), shown.dump().c_str());
        // What is left out still builds a model (its own defaults fill the rest).
        models::FitContext fc;
        fc.task = static_cast<Task>(task);
        fc.n_classes = fc.task == Task::regression ? 0 : 2;
        QVERIFY(models::make_model(family.toStdString(), config.params, fc) != nullptr);
    }

    // Points that differ only in a parameter with no effect decode to one configuration (one key), so the
    // strategies see it as tried instead of spending the budget on copies of one model.
    void inactiveParametersDecodeToOneConfiguration()
    {
        auto ctx = context(Task::binary);
        ctx.has_missing = false;
        ctx.has_categorical = false;
        const auto dims = dimensions("linear", ctx);
        const auto l2 = encode(default_config("linear", ctx), dims, ctx);
        std::size_t ratio = dims.size(), penalty = dims.size();
        for (std::size_t i = 0; i < dims.size(); ++i) {
            ratio = dims[i].name == "l1_ratio" ? i : ratio;
            penalty = dims[i].name == "penalty" ? i : penalty;
        }
        QVERIFY(ratio < dims.size() && penalty < dims.size());
        Point a = l2, b = l2;
        a[ratio] = 0.1;
        b[ratio] = 0.9;
        QCOMPARE(decode("linear", a, dims, ctx).key(), decode("linear", b, dims, ctx).key());
        a[penalty] = b[penalty] = 1;  // elasticnet: now l1_ratio acts
        QVERIFY(decode("linear", a, dims, ctx).key() != decode("linear", b, dims, ctx).key());
    }

    void rowCapsAreSearchedOnlyBelowTheRows()
    {
        auto ctx = context(Task::binary);
        ctx.n_rows = 300;
        QCOMPARE(count_named(dimensions("svm", ctx), "max_rows"), 0);
        ctx.n_rows = 3000;
        for (const auto& d : dimensions("svm", ctx))
            if (d.name == "max_rows")
                QCOMPARE(d.high, 3000.0);
        QCOMPARE(count_named(dimensions("svm", ctx), "max_rows"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchSpace)
#include "test_search_space.moc"
