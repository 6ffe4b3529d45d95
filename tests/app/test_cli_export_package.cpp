// The export in process: progress and cancellation of export_candidate (a stopped export leaves no folder), and
// model.tern's loader against tampering that keeps the checksum valid -- sizes, offsets, encodings and fields
// rewritten in the manifest, random bytes changed in the sections: always one InputError naming the file, never a
// crash or a huge allocation.
#include "engine/core/error.h"
#include "engine/export/exporter.h"
#include "engine/export/package_format.h"
#include "tests/app/process_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#define XXH_INLINE_ALL
#include <cstring>
#include <fstream>
#include <random>
#include <xxhash.h>

using namespace tern;

namespace {

std::vector<std::uint8_t> read_bytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Parts {
    std::vector<std::uint8_t> header; // magic, version, reserved (16 bytes)
    nlohmann::json manifest;
    std::vector<std::uint8_t> payload;
};

Parts split(const std::vector<std::uint8_t>& bytes)
{
    std::uint64_t n = 0;
    std::memcpy(&n, bytes.data() + 16, 8);
    Parts p;
    p.header.assign(bytes.begin(), bytes.begin() + 16);
    p.manifest = nlohmann::json::parse(bytes.begin() + 24, bytes.begin() + 24 + std::ptrdiff_t(n));
    p.payload.assign(bytes.begin() + 24 + std::ptrdiff_t(n), bytes.end() - 8);
    return p;
}

// Reassembles a package with a valid checksum, as a careless (or malicious) writer would.
std::vector<std::uint8_t> join(const Parts& p)
{
    const std::string text = p.manifest.dump();
    std::vector<std::uint8_t> out = p.header;
    const std::uint64_t n = text.size();
    out.insert(out.end(), reinterpret_cast<const std::uint8_t*>(&n), reinterpret_cast<const std::uint8_t*>(&n) + 8);
    out.insert(out.end(), text.begin(), text.end());
    out.insert(out.end(), p.payload.begin(), p.payload.end());
    const std::uint64_t sum = XXH3_64bits(out.data(), out.size());
    out.insert(out.end(), reinterpret_cast<const std::uint8_t*>(&sum), reinterpret_cast<const std::uint8_t*>(&sum) + 8);
    return out;
}

} // namespace

class TestCliExportPackage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.start(TERN_CLI_PATH, {"automl", test::test_data("export/penguins.train.csv"), "--target", "species",
                                "--families", "mlp,linear", "--max-candidates", "2", "--folds", "3", "--budget", "60",
                                "--seed", "3", "--db", db(), "--json"});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto run = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        m_run = run["run_id"].toInteger();
        for (const auto& v : run["candidates"].toArray())
            if (v.toObject()["family"].toString() == "mlp" && v.toObject()["status"].toString() == "ok")
                m_mlp = v.toObject()["id"].toInteger();
        QVERIFY(m_mlp > 0);
    }

    void progressRunsToOne()
    {
        auto store = store::Store::open(db().toStdString());
        std::vector<double> seen;
        JobControl job{{}, [&](double f) { seen.push_back(f); }};
        exporting::ExportOptions options;
        options.precision = quant::Precision::ternary;
        options.residual_fraction = 0.5;
        const auto out = m_dir.filePath("progress").toStdString();
        const auto r = exporting::export_candidate(store, m_run, m_mlp, options, out, job);
        QVERIFY(!seen.empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
        QCOMPARE(r.card["residual_fraction"].get<double>(), 0.5);
        // The export is recorded in the store with its precision and folder.
        const auto artifacts = store.list_artifacts(m_run, m_mlp);
        const auto found = std::find_if(artifacts.begin(), artifacts.end(), [&](const store::ArtifactRecord& a) {
            return a.kind == "export" && a.precision == "ternary" && a.meta.value("out", "") == r.out.string();
        });
        QVERIFY(found != artifacts.end());
        QVERIFY(r.store_error.empty());
    }

    // A store that cannot record the export (read-only here; a locked or write-protected file elsewhere) does not
    // undo or fail a finished export: the folder is complete and the result says why it is not recorded.
    void anExportTheStoreCannotRecordIsStillComplete()
    {
        auto store = store::Store::open(db().toStdString(), store::OpenMode::read_only);
        const auto out = m_dir.filePath("unrecorded");
        const auto r = exporting::export_candidate(store, m_run, m_mlp, {}, out.toStdString());
        QVERIFY2(r.store_error.find("read-only") != std::string::npos, r.store_error.c_str());
        for (const char* file : {"model.onnx", "model.tern", "model_card.json"})
            QVERIFY(QFileInfo::exists(out + "/" + file));
    }

    void cancellingLeavesNoFolder()
    {
        auto store = store::Store::open(db().toStdString());
        for (double at : {0.0, 0.5, 0.85}) {
            std::stop_source stop;
            JobControl job{stop.get_token(), [&](double f) {
                               if (f >= at)
                                   stop.request_stop();
                           }};
            exporting::ExportOptions options;
            options.precision = quant::Precision::int8;
            const QString out = m_dir.filePath(QString("cancelled-%1").arg(at));
            QVERIFY_THROWS_EXCEPTION(Cancelled,
                                     exporting::export_candidate(store, m_run, m_mlp, options, out.toStdString(), job));
            QVERIFY(!QFileInfo::exists(out));
        }
        for (const auto& name : QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(!name.contains(".partial-"), qPrintable(name));
    }

    void tamperedManifestsAreRefused()
    {
        const auto file = exported("fp32");
        const auto bytes = read_bytes(file);
        QVERIFY(exporting::read_package(bytes, file).members.size() == 1); // the untouched package loads
        using Edit = std::function<void(nlohmann::json&)>;
        const std::vector<std::pair<const char*, Edit>> edits = {
            {"offset past the end", [](auto& m) { m["sections"][0]["offset"] = 1ull << 62; }},
            {"length past the end", [](auto& m) { m["sections"][1]["length"] = ~0ull; }},
            {"negative offset", [](auto& m) { m["sections"][0]["offset"] = -5; }},
            {"raw length huge", [](auto& m) { m["sections"][1]["raw_length"] = 1ull << 40; }},
            {"raw length wrong", [](auto& m) { m["sections"][1]["raw_length"] = 3; }},
            {"unknown encoding", [](auto& m) { m["sections"][0]["encoding"] = "lz4"; }},
            {"missing section", [](auto& m) { m["sections"].erase(1); }},
            {"no members", [](auto& m) { m["members"] = nlohmann::json::array(); }},
            {"unknown task", [](auto& m) { m["task"] = "clustering"; }},
            {"classes for regression", [](auto& m) { m["task"] = "regression"; }},
            {"bad precision", [](auto& m) { m["precision"] = "int4"; }},
            {"threshold for three classes", [](auto& m) { m["decision_threshold"] = 0.3; }},
            {"threshold not a number", [](auto& m) { m["decision_threshold"] = "low"; }},
            {"classes not strings",
             [](auto& m) {
                 m["classes"] = {1, 2, 3};
             }},
            {"manifest not an object",
             [](auto& m) {
                 m = nlohmann::json::array({1, 2});
             }},
        };
        for (const auto& [what, edit] : edits) {
            auto parts = split(bytes);
            edit(parts.manifest);
            try {
                exporting::read_package(join(parts), file);
                QFAIL(what);
            } catch (const InputError& e) {
                QVERIFY2(std::string(e.what()).rfind(file + ": ", 0) == 0, e.what());
                QVERIFY2(!std::strchr(e.what(), '\n'), e.what());
            }
        }
    }

    // A binary model's decision threshold travels in the manifest, and only then as format version 2: a build that
    // reads version 1 would predict at one half, so it must refuse such a package instead.
    void aDecisionThresholdTravelsAsVersionTwo()
    {
        const auto file = exported("fp32");
        auto model = exporting::read_package(read_bytes(file), file);
        model.task = Task::binary;
        model.class_names = {"stays", "churns"};
        const auto version = [](const std::vector<std::uint8_t>& bytes) {
            std::uint32_t v = 0;
            std::memcpy(&v, bytes.data() + 8, 4);
            return v;
        };
        const auto plain = exporting::write_package(model);
        QCOMPARE(version(plain), 1u);
        QVERIFY(!exporting::read_package(plain, file).decision_threshold);
        model.decision_threshold = 0.137f;
        const auto tuned = exporting::write_package(model);
        QCOMPARE(version(tuned), 2u);
        QCOMPARE(exporting::read_package(tuned, file).decision_threshold, std::optional<float>(0.137f));
    }

    void changedSectionBytesNeverCrash_data()
    {
        QTest::addColumn<QString>("precision");
        for (const char* p : {"fp32", "int8", "ternary"})
            QTest::newRow(p) << p;
    }

    void changedSectionBytesNeverCrash()
    {
        QFETCH(QString, precision);
        const auto file = exported(precision);
        const auto parts = split(read_bytes(file));
        std::mt19937 rng(7);
        int refused = 0;
        for (int trial = 0; trial < 300; ++trial) {
            auto p = parts;
            const int flips = 1 + int(rng() % 4);
            for (int i = 0; i < flips; ++i)
                p.payload[rng() % p.payload.size()] ^= std::uint8_t(1 + rng() % 255);
            try {
                exporting::read_package(join(p), file);
            } catch (const InputError& e) {
                ++refused;
                QVERIFY2(std::string(e.what()).rfind(file + ": ", 0) == 0, e.what());
            }
        }
        qInfo("%s: %d of 300 damaged packages refused, the rest still decoded to a valid model", qPrintable(precision),
              refused);
        QVERIFY(refused > 200);
    }

  private:
    QString db() const { return m_dir.filePath("runs.db"); }

    std::string exported(const QString& precision)
    {
        const QString out = m_dir.filePath("pkg-" + precision);
        if (!QFileInfo::exists(out)) {
            auto store = store::Store::open(db().toStdString());
            exporting::ExportOptions options;
            options.precision = quant::precision_from_string(precision.toStdString());
            exporting::export_candidate(store, m_run, m_mlp, options, out.toStdString());
        }
        return (out + "/model.tern").toStdString();
    }

    QTemporaryDir m_dir;
    qint64 m_run = 0, m_mlp = 0;
};

QTEST_GUILESS_MAIN(TestCliExportPackage)
#include "test_cli_export_package.moc"
