// save/load: a round trip transforms identically for every strategy; damaged or foreign bytes are a clear
// InputError; transform finds columns by name and refuses missing or retyped ones.
#include "engine/core/error.h"
#include "engine/prep/pipeline.h"
#include "engine/prep/step_choices.h"
#include "prep_fixtures.h"

#include <QtTest/QtTest>
#include <cstring>
#include <nlohmann/json.hpp>

using namespace tern;
using namespace prep_fixtures;

namespace {

prep::Pipeline fitted(const QString& imputer, const QString& encoder, const QString& scaler)
{
    const Table t = penguins();
    prep::PipelineConfig config;
    config.imputer = imputer.toStdString();
    config.encoder = encoder.toStdString();
    config.scaler = scaler.toStdString();
    config.missing_indicators = true;
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < t.rows(); r += 2) // half the rows: the rest are "later" rows
        rows.push_back(r);
    return prep::Pipeline::fit(t, rows, pick(labels(t), rows), config);
}

bool same_bits(const Matrix& a, const Matrix& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), a.values().size() * sizeof(float)) == 0;
}

// Rewrites the payload (CBOR) through `edit` and fixes the checksum, so that only the content checks can object.
std::vector<std::uint8_t> edited(const std::vector<std::uint8_t>& bytes, void (*edit)(nlohmann::json&))
{
    nlohmann::json j = nlohmann::json::from_cbor(bytes.begin() + 24, bytes.end());
    edit(j);
    const auto payload = nlohmann::json::to_cbor(j);
    std::vector<std::uint8_t> out(bytes.begin(), bytes.begin() + 12);
    for (int i = 0; i < 8; ++i)
        out.push_back(std::uint8_t(std::uint64_t(payload.size()) >> (8 * i)));
    std::uint32_t c = 0xFFFFFFFFu; // CRC-32 (IEEE), as the format defines it
    for (std::uint8_t b : payload) {
        c ^= b;
        for (int k = 0; k < 8; ++k)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    c ^= 0xFFFFFFFFu;
    for (int i = 0; i < 4; ++i)
        out.push_back(std::uint8_t(c >> (8 * i)));
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

} // namespace

class TestPrepIo : public QObject {
    Q_OBJECT

  private slots:
    void round_trip_data()
    {
        QTest::addColumn<QString>("imputer");
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("scaler");
        for (const char* imputer : {"none", "mean", "median", "most_frequent", "constant", "knn", "iterative"})
            for (const char* encoder : {"onehot", "ordinal", "target"})
                QTest::addRow("%s/%s", imputer, encoder)
                    << imputer << encoder << (encoder[0] == 'o' ? "robust" : "standard");
    }

    void round_trip()
    {
        QFETCH(QString, imputer);
        QFETCH(QString, encoder);
        QFETCH(QString, scaler);
        const prep::Pipeline p = fitted(imputer, encoder, scaler);
        const auto bytes = p.save();
        const prep::Pipeline q = prep::Pipeline::load(bytes);
        const Table t = penguins();
        QVERIFY(same_bits(p.transform(t), q.transform(t)));
        QCOMPARE(q.feature_names(), p.feature_names());
        QCOMPARE(q.report().dump(), p.report().dump());
        QVERIFY(q.save() == bytes);
        std::vector<float> one(q.n_features());
        q.transform_row(t, 3, one); // penguins row 3 is all missing
        QVERIFY(std::memcmp(one.data(), p.transform(t, std::vector<std::size_t>{3}).data(), one.size() * 4) == 0);
    }

    void damaged_bytes_are_input_errors()
    {
        const auto bytes = fitted("knn", "target", "standard").save();
        auto expect_error = [](const std::vector<std::uint8_t>& b, const char* part) {
            try {
                prep::Pipeline::load(b);
                QFAIL("loaded damaged bytes");
            } catch (const InputError& e) {
                QVERIFY2(QString(e.what()).contains(part), e.what());
            }
        };
        expect_error({}, "not a Tern preprocessing pipeline");
        expect_error(std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + 30), "length");
        auto flipped = bytes;
        flipped[flipped.size() / 2] ^= 0x40;
        expect_error(flipped, "checksum");
        auto version = bytes;
        version[8] = 9;
        expect_error(version, "version 9");
        auto wrong_magic = bytes;
        wrong_magic[0] = 'X';
        expect_error(wrong_magic, "not a Tern");
        std::vector<std::uint8_t> garbage(bytes.begin(), bytes.begin() + 24);
        garbage.resize(24 + 500, 0xAB);
        expect_error(garbage, ""); // length or checksum
        expect_error(edited(bytes, [](nlohmann::json& j) { j["numeric"][0]["feature"] = 100000; }), "out of range");
        expect_error(edited(bytes,
                            [](nlohmann::json& j) {
                                j["center"] = nlohmann::json::binary({1, 2, 3});
                            }),
                     "center");
        expect_error(edited(bytes, [](nlohmann::json& j) { j.erase("knn"); }), "imputer");
        expect_error(edited(bytes, [](nlohmann::json& j) { j["scaling"] = "cubic"; }), "scaling");
        expect_error(edited(bytes, [](nlohmann::json& j) { j["categorical"][0]["width"] = 7; }), "categorical");
        expect_error(edited(bytes, [](nlohmann::json& j) { j.erase("numeric"); }), "numeric");
    }

    void columns_found_by_name()
    {
        const prep::Pipeline p = fitted("median", "onehot", "standard");
        const Table t = penguins();
        // The same columns in reverse order (and no target) transform the same.
        std::vector<Column> reversed;
        for (std::size_t c = t.cols(); c-- > 1;)
            reversed.push_back(t.column(c));
        const Table other(std::move(reversed));
        QVERIFY(same_bits(p.transform(t), p.transform(other)));

        std::vector<Column> without_island;
        for (const Column& c : t.columns())
            if (c.name() != "island")
                without_island.push_back(c);
        QVERIFY_THROWS_EXCEPTION(InputError, p.transform(Table(without_island)));

        std::vector<Column> retyped;
        for (const Column& c : t.columns())
            retyped.push_back(c.name() == "bill_length_mm"
                                  ? categorical("bill_length_mm", std::vector<std::string>(t.rows(), "long"))
                                  : c);
        QVERIFY_THROWS_EXCEPTION(InputError, p.transform(Table(retyped)));
        QVERIFY_THROWS_EXCEPTION(InputError, p.transform(t, std::vector<std::size_t>{t.rows()}));
        std::vector<float> wrong(p.n_features() + 1);
        QVERIFY_THROWS_EXCEPTION(InputError, p.transform_row(t, 0, wrong));
    }

    void the_saved_pipeline_remembers_thousands_dots()
    {
        Column grouped = Column::numeric("units", {1200, 2500});
        grouped.set_thousands_dots(true);
        Column comma = Column::numeric("price", {1.5f, 2});
        comma.set_decimal_commas(true);
        const Table t({grouped, comma});
        const auto q = prep::Pipeline::load(prep::Pipeline::fit(t, all_rows(t), {}, {}).save());
        QVERIFY(q.steps().numeric.at(0).thousands_dots);
        QVERIFY(!q.steps().numeric.at(1).thousands_dots);
        QVERIFY(!q.steps().numeric.at(0).decimal_commas);
        QVERIFY(q.steps().numeric.at(1).decimal_commas);
    }

    void step_choices_are_config_values()
    {
        std::size_t imputers = 0;
        for (const prep::StepChoice& c : prep::step_choices()) {
            prep::PipelineConfig config;
            if (c.kind == prep::StepKind::imputer) {
                config.imputer = c.name;
                ++imputers;
            } else if (c.kind == prep::StepKind::encoder) {
                config.encoder = c.name;
            } else {
                config.scaler = c.name;
            }
            config.validate(); // throws on a name the pipeline does not know
            QVERIFY(!c.description.empty());
        }
        QCOMPARE(imputers, std::size_t(7));
    }

    void config_json_round_trip()
    {
        prep::PipelineConfig c;
        c.imputer = "knn";
        c.per_column_imputer = {{"a", "constant"}};
        c.task = Task::multiclass;
        c.seed = 7;
        const auto back = prep::PipelineConfig::from_json(c.to_json());
        QCOMPARE(back.to_json(), c.to_json());
        QVERIFY_THROWS_EXCEPTION(InputError, prep::PipelineConfig::from_json({{"scaler", "cubic"}}));
        QVERIFY_THROWS_EXCEPTION(InputError, prep::PipelineConfig::from_json({{"knn_neighbors", "five"}}));
        QVERIFY_THROWS_EXCEPTION(InputError, prep::PipelineConfig::from_json(nlohmann::json::array()));
    }
};

QTEST_GUILESS_MAIN(TestPrepIo)
#include "test_prep_io.moc"
