// Saved models are validated on load: truncated, corrupted, empty or foreign bytes give a clear InputError (never a
// crash), and a model of one family cannot be loaded as another.
#include "engine/core/error.h"
#include "engine/models/registry.h"
#include "engine/models/xgboost_model.h"
#include "synthetic.h"

#include <QtTest>

using namespace tern;
using namespace tern::models;

namespace {

std::vector<std::uint8_t> fitted_bytes(const std::string& family)
{
    const auto data = test::blobs(120, 9);
    FitContext ctx;
    ctx.task = data.task;
    ctx.n_classes = data.n_classes;
    auto model = make_model(family, Params::object(), ctx);
    model->fit(data.x, data.y, {}, ctx);
    return model->save();
}

}  // namespace

class TestSerialisation : public QObject {
    Q_OBJECT
private slots:
    void damaged_bytes_are_input_errors_data();
    void damaged_bytes_are_input_errors();
    void foreign_bytes_are_refused();
    void xgboost_exposes_its_json_model();
};

void TestSerialisation::damaged_bytes_are_input_errors_data()
{
    QTest::addColumn<QString>("family");
    for (const auto& f : families())
        if (f.supports_classification)
            QTest::newRow(f.name.c_str()) << QString::fromStdString(f.name);
}

void TestSerialisation::damaged_bytes_are_input_errors()
{
    QFETCH(QString, family);
    const auto bytes = fitted_bytes(family.toStdString());
    QVERIFY(load(bytes) != nullptr);
    const auto expect_input_error = [](std::span<const std::uint8_t> b, const char* what) {
        try {
            load(b);
            QFAIL(qPrintable(QString("no error for %1").arg(what)));
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("load") != std::string::npos, e.what());
        }
    };
    expect_input_error({}, "empty bytes");
    // Truncation at many points, including inside the envelope and the payload.
    for (std::size_t cut : {std::size_t{1}, std::size_t{7}, std::size_t{20}, bytes.size() / 3, bytes.size() / 2,
                            bytes.size() - 9, bytes.size() - 1})
        expect_input_error(std::span(bytes).first(cut), "truncated bytes");
    // A flipped bit anywhere.
    for (std::size_t pos : {std::size_t{0}, std::size_t{12}, bytes.size() / 4, bytes.size() / 2, bytes.size() - 3}) {
        auto damaged = bytes;
        damaged[pos] ^= 0x10;
        expect_input_error(damaged, "a flipped bit");
    }
    auto longer = bytes;
    longer.push_back(0);
    expect_input_error(longer, "trailing byte");
}

void TestSerialisation::foreign_bytes_are_refused()
{
    const auto bytes = fitted_bytes("linear");
    QVERIFY_THROWS_EXCEPTION(InputError, family("xgboost").load(bytes));
    const std::string text = "TERNMODL but not really a model, just some text of moderate length.";
    QVERIFY_THROWS_EXCEPTION(InputError, load(std::vector<std::uint8_t>(text.begin(), text.end())));
    std::vector<std::uint8_t> huge_length(64, 0xff);  // sizes in the bytes are never trusted
    QVERIFY_THROWS_EXCEPTION(InputError, load(huge_length));
}

void TestSerialisation::xgboost_exposes_its_json_model()
{
    const auto model = load(fitted_bytes("xgboost"));
    const auto dump = xgboost_json_model(*model);
    const auto json = nlohmann::json::parse(dump.json);
    QVERIFY(json.contains("learner"));
    QCOMPARE(dump.n_classes, 3);
    QCOMPARE(dump.n_features, 3);
    QCOMPARE(dump.rounds, 200);
    QVERIFY_THROWS_EXCEPTION(InputError, xgboost_json_model(*load(fitted_bytes("linear"))));
}

QTEST_GUILESS_MAIN(TestSerialisation)
#include "test_serialisation.moc"
