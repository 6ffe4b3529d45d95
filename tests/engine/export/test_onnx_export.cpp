// ONNX export without a runtime: every exportable family on small real tables builds a graph that passes
// onnx::checker (onnx_signature re-checks the bytes) with the contract's inputs and outputs; a family the exporter
// does not know and malformed requests give a clear InputError; ternary weights are packed below int8's size.
#include "engine/core/error.h"
#include "engine/export/onnx_inspect.h"
#include "engine/quant/quantized_model.h"
#include "onnx_fixtures.h"

#include <QtTest>

using namespace tern;
using namespace onnx_test;

namespace {

const exporting::OnnxTensorInfo* find(const std::vector<exporting::OnnxTensorInfo>& list, const std::string& name)
{
    for (const auto& t : list)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestOnnxExport : public QObject {
    Q_OBJECT
  private slots:
    void classificationInterfaceFollowsTheContract()
    {
        Case c = load_case("penguins", "species");
        add_member(c, "linear", nlohmann::json::object());
        const auto s = exporting::onnx_signature(exporting::onnx_model(c.request()));
        QCOMPARE(s.opsets.at(""), std::int64_t(13));
        QCOMPARE(s.opsets.at("ai.onnx.ml"), std::int64_t(3));
        QCOMPARE(s.inputs.size(), std::size_t(6)); // every column but the target
        for (const char* numeric : {"bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"}) {
            const auto* in = find(s.inputs, numeric);
            QVERIFY2(in, numeric);
            QCOMPARE(in->type, std::string("float"));
            QCOMPARE(in->dims, (std::vector<std::int64_t>{-1, 1}));
        }
        for (const char* text : {"island", "sex"}) {
            const auto* in = find(s.inputs, text);
            QVERIFY2(in, text);
            QCOMPARE(in->type, std::string("string"));
        }
        QCOMPARE(s.outputs.size(), std::size_t(2));
        const auto* label = find(s.outputs, "label");
        const auto* proba = find(s.outputs, "probabilities");
        QVERIFY(label && proba);
        QCOMPARE(label->type, std::string("string"));
        QCOMPARE(label->dims, (std::vector<std::int64_t>{-1}));
        QCOMPARE(proba->type, std::string("float"));
        QCOMPARE(proba->dims, (std::vector<std::int64_t>{-1, 3}));
        QVERIFY(s.operators.count("LabelEncoder")); // categorical levels -> slots
    }

    void numericCodedCategoricalIsAFloatInput()
    {
        Case c = load_arff_case();
        QCOMPARE(c.train.column("island").type(), data::ColumnType::categorical);
        add_member(c, "linear", nlohmann::json::object());
        const auto s = exporting::onnx_signature(exporting::onnx_model(c.request()));
        QCOMPARE(find(s.inputs, "island")->type, std::string("float"));
        QCOMPARE(find(s.inputs, "sex")->type, std::string("string"));
    }

    void regressionHasOnePredictionOutput()
    {
        Case c = load_case("airquality", "Ozone");
        add_member(c, "random_forest", {{"n_estimators", 20}});
        const auto s = exporting::onnx_signature(exporting::onnx_model(c.request()));
        QCOMPARE(s.outputs.size(), std::size_t(1));
        QCOMPARE(s.outputs[0].name, std::string("prediction"));
        QCOMPARE(s.outputs[0].type, std::string("float"));
        QCOMPARE(s.outputs[0].dims, (std::vector<std::int64_t>{-1}));
        QVERIFY(s.operators.count("TreeEnsembleRegressor"));
    }

    void everyExportableFamilyBuilds_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("op");
        QTest::newRow("mlp") << "mlp"
                             << "MatMul";
        QTest::newRow("linear") << "linear"
                                << "MatMul";
        QTest::newRow("random_forest") << "random_forest"
                                       << "TreeEnsembleRegressor";
        QTest::newRow("extra_trees") << "extra_trees"
                                     << "TreeEnsembleRegressor";
        QTest::newRow("xgboost") << "xgboost"
                                 << "TreeEnsembleRegressor";
        QTest::newRow("knn") << "knn"
                             << "TopK";
        QTest::newRow("naive_bayes") << "naive_bayes"
                                     << "Softmax";
        QTest::newRow("svm") << "svm"
                             << "Exp";
    }
    void everyExportableFamilyBuilds()
    {
        QFETCH(QString, family);
        QFETCH(QString, op);
        Case c = load_case("titanic", "Survived");
        nlohmann::json params = nlohmann::json::object();
        if (family == "mlp")
            params = {{"epochs", 10}, {"width", 32}};
        else if (family == "knn" || family == "naive_bayes" || family == "svm")
            params = nlohmann::json::object();
        else if (family != "linear")
            params = {{"n_estimators", 20}};
        add_member(c, family.toStdString(), params);
        const auto s = exporting::onnx_signature(exporting::onnx_model(c.request()));
        QVERIFY(s.operators.count(op.toStdString()));
        QVERIFY(find(s.outputs, "label") && find(s.outputs, "probabilities"));
        QCOMPARE(find(s.outputs, "probabilities")->dims, (std::vector<std::int64_t>{-1, 2}));
    }

    void ternaryWeightsTakeLessRoomThanInt8()
    {
        // Five trits per byte: two ternary levels (residual blocks) in well under one int8 tensor's bytes.
        std::map<std::string, std::size_t> bytes;
        for (const char* precision : {"int8", "ternary"}) {
            Case c = load_case("penguins", "species");
            add_member(c, "mlp", {{"epochs", 3}, {"width", 256}});
            search::FittedCandidate& f = *c.fitted.front();
            quant::QuantOptions options;
            options.precision = quant::precision_from_string(precision);
            options.residual_fraction = 1.0;
            f.model = quant::quantize_model(*f.model, f.pipeline.transform(c.train, c.target.rows), options);
            bytes[precision] = exporting::onnx_model(c.request()).size();
        }
        QVERIFY2(bytes["ternary"] < bytes["int8"] * 3 / 4,
                 qPrintable(QString("ternary %1 B, int8 %2 B").arg(bytes["ternary"]).arg(bytes["int8"])));
    }

    void unknownFamilyIsRefused()
    {
        // A model of a family the exporter does not know (a future one): refused by name, never guessed at.
        struct FutureModel final : models::Model {
            std::string family() const override { return "future_family"; }
            models::Params params() const override { return models::Params::object(); }
            void fit(const Matrix&, std::span<const float>, std::span<const float>, const models::FitContext&) override
            {
            }
            std::vector<float> predict(const Matrix& x) const override { return std::vector<float>(x.rows(), 0.0f); }
            Matrix predict_proba(const Matrix& x) const override { return Matrix(x.rows(), 3); }
            std::vector<std::uint8_t> save() const override { return {}; }
        };
        Case c = load_case("penguins", "species");
        add_member(c, "linear", nlohmann::json::object());
        c.fitted.front()->model = std::make_unique<FutureModel>();
        try {
            (void)exporting::onnx_model(c.request());
            QFAIL("expected an InputError");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()) == "future_family models cannot be exported to ONNX yet", e.what());
        }
    }

    void malformedRequestsAreRefused()
    {
        exporting::OnnxRequest empty;
        QVERIFY_THROWS_EXCEPTION(InputError, (void)exporting::onnx_model(empty));
        Case c = load_case("penguins", "species");
        add_member(c, "linear", nlohmann::json::object());
        auto wrong_names = c.request();
        wrong_names.task = Task::binary; // three class names for a binary task
        QVERIFY_THROWS_EXCEPTION(InputError, (void)exporting::onnx_model(wrong_names));
        QVERIFY_THROWS_EXCEPTION(InputError, (void)exporting::onnx_model(c.request({0.5})));
        QVERIFY_THROWS_EXCEPTION(InputError, (void)exporting::onnx_signature("not a model"));
    }

    void featureNamedLikeAnOutputIsRefused()
    {
        Case c = load_case("penguins", "species");
        std::ifstream in(data_path("penguins.train.csv"));
        std::stringstream text;
        text << in.rdbuf();
        std::string csv = text.str();
        csv.replace(csv.find("island"), 6, "label");
        const auto path = std::filesystem::temp_directory_path() / ("label-" + std::to_string(::getpid()) + ".csv");
        std::ofstream(path) << csv;
        c.train = data::read_table(path.string());
        std::filesystem::remove(path);
        c.train.set_target("species");
        add_member(c, "linear", nlohmann::json::object());
        try {
            (void)exporting::onnx_model(c.request());
            QFAIL("expected an InputError");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("'label'") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestOnnxExport)
#include "test_onnx_export.moc"
