// Every exported model.onnx runs in ONNX Runtime (onnxruntime-node through tests/app/ort_runner.js) and agrees
// with `tern-cli predict` on the same rows: labels on >= 99 % of rows in every precision, fp32 probabilities within
// 1e-4, regression values within 1e-3 (relative). Where node or onnxruntime-node is missing the whole test reports
// SKIPPED with the reason (ctest shows it as skipped, never as passed).
#include "tests/app/process_support.h"
#include "engine/data/readers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace tern;

using namespace tern::test;

namespace {

QString runner()
{
    return QString(TERN_TEST_DATA) + "/../app/ort_runner.js";
}

// The feeds ONNX Runtime gets: one [N, 1] tensor per column, float32 for numeric columns (NaN = missing), strings
// for the others -- the interface CONTRACT.md gives model.onnx.
void write_feeds(const data::Table& table, const std::string& path)
{
    nlohmann::json feeds = nlohmann::json::object();
    const auto n = table.rows();
    for (const auto& c : table.columns()) {
        nlohmann::json values = nlohmann::json::array();
        const bool numeric = c.type() == data::ColumnType::numeric;
        for (std::size_t r = 0; r < n; ++r) {
            if (numeric)
                values.push_back(c.is_missing(r) ? nlohmann::json() : nlohmann::json(c.numbers()[r]));
            else
                values.push_back(c.display(r));
        }
        feeds[c.name()] = {{"type", numeric ? "float32" : "string"}, {"dims", {n, 1}}, {"data", values}};
    }
    std::ofstream(path) << feeds.dump();
}

} // namespace

class TestCliExportOrt : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable("node");
        if (m_node.isEmpty())
            QSKIP("node is not installed: ONNX Runtime agreement NOT verified (installer/install-deps.sh adds it)");
        m_ort =
            qEnvironmentVariable("TERN_ORT_NODE", QDir::homePath() + "/.cache/tern-ort/node_modules/onnxruntime-node");
        if (!QFileInfo::exists(m_ort + "/package.json"))
            QSKIP(qPrintable("onnxruntime-node is not at " + m_ort +
                             ": ONNX Runtime agreement NOT verified (.ci/run "
                             "installs it: npm install --prefix ~/.cache/tern-ort onnxruntime-node@1.30.0)"));
        qputenv("TERN_ORT_NODE", m_ort.toUtf8());
        QVERIFY(m_dir.isValid());
        write_feeds(data::read_table(test_data("export/penguins.test.csv").toStdString()), feeds("penguins"));
        write_feeds(data::read_table(test_data("export/airquality.test.csv").toStdString()), feeds("airquality"));
    }

    void classifiersAgreeInEveryPrecision()
    {
        const auto r =
            cli({"automl", test_data("export/penguins.train.csv"), "--target", "species", "--families", "mlp,linear",
                 "--max-candidates", "4", "--folds", "3", "--budget", "60", "--seed", "1", "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto runj = json_of(r);
        const QString run_id = QString::number(runj["run_id"].toInteger());
        QStringList exports;
        for (const auto& v : runj["candidates"].toArray()) {
            const auto c = v.toObject();
            if (c["status"].toString() != "ok")
                continue;
            const QString id = QString::number(c["id"].toInteger());
            const QString family = c["family"].toString();
            const QStringList precisions =
                family == "ensemble" ? QStringList{"fp32", "int8"} : QStringList{"fp32", "bf16", "int8", "ternary"};
            for (const auto& precision : precisions) {
                const QString out = m_dir.filePath(family + id + "-" + precision);
                const auto e = cli({"export", run_id, id, "--precision", precision, "--out", out, "--db", db()});
                QVERIFY2(e.code == 0, e.err.constData());
                exports << out;
                compare(out, "penguins", precision == "fp32");
            }
        }
        QVERIFY(exports.size() >= 4);
    }

    void regressionAgrees()
    {
        const QString rdb = m_dir.filePath("regression.db");
        const auto r =
            cli({"automl", test_data("export/airquality.train.csv"), "--target", "Ozone", "--families", "linear,mlp",
                 "--max-candidates", "2", "--folds", "3", "--budget", "60", "--seed", "0", "--db", rdb, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto runj = json_of(r);
        for (const auto& v : runj["candidates"].toArray()) {
            const auto c = v.toObject();
            if (c["status"].toString() != "ok" || c["family"].toString() == "ensemble")
                continue;
            const QString id = QString::number(c["id"].toInteger());
            for (const QString precision : {"fp32", "int8"}) {
                const QString out = m_dir.filePath("regression" + id + "-" + precision);
                const auto e = cli({"export", QString::number(runj["run_id"].toInteger()), id, "--precision", precision,
                                    "--out", out, "--db", rdb});
                QVERIFY2(e.code == 0, e.err.constData());
                compare(out, "airquality", precision == "fp32");
            }
        }
    }

  private:
    Result cli(const QStringList& args) { return run(TERN_CLI_PATH, args); }
    QString db() const { return m_dir.filePath("runs.db"); }
    std::string feeds(const char* name) const { return m_dir.filePath(QString(name) + ".feeds.json").toStdString(); }

    // ONNX Runtime on model.onnx against tern-cli predict on model.tern, same rows.
    void compare(const QString& out, const char* dataset, bool fp32)
    {
        const auto p = cli({"predict", out, test_data(QString("export/%1.test.csv").arg(dataset)), "--json"});
        QVERIFY2(p.code == 0, p.err.constData());
        const auto tern = json_of(p);
        const auto o = run(m_node, {runner(), out + "/model.onnx", QString::fromStdString(feeds(dataset))});
        QVERIFY2(o.code == 0, qPrintable(out + ": " + o.err));
        const auto ort = json_of(o);
        const auto predictions = tern["predictions"].toArray();
        const qsizetype n = predictions.size();
        QVERIFY(n > 0);
        if (tern.contains("probabilities")) {
            const auto labels = ort["label"].toObject()["data"].toArray();
            const auto probabilities = ort["probabilities"].toObject()["data"].toArray();
            QCOMPARE(labels.size(), n);
            qsizetype same = 0;
            for (qsizetype i = 0; i < n; ++i)
                same += labels[i].toVariant().toString() == predictions[i].toString();
            const auto rows = tern["probabilities"].toArray();
            const qsizetype k = rows[0].toArray().size();
            QCOMPARE(probabilities.size(), n * k);
            double worst = 0;
            for (qsizetype i = 0; i < n; ++i)
                for (qsizetype c = 0; c < k; ++c)
                    worst = std::max(worst,
                                     std::abs(rows[i].toArray()[c].toDouble() - probabilities[i * k + c].toDouble()));
            qInfo("%s: ONNX Runtime agrees on %lld/%lld labels, max |dp| %.2g", qPrintable(QFileInfo(out).fileName()),
                  qlonglong(same), qlonglong(n), worst);
            QVERIFY2(double(same) >= 0.99 * double(n), qPrintable(out));
            if (fp32)
                QVERIFY2(worst <= 1e-4, qPrintable(out + ": fp32 probabilities differ by " + QString::number(worst)));
        } else {
            const auto values = ort["prediction"].toObject()["data"].toArray();
            QCOMPARE(values.size(), n);
            double worst = 0, scale = 1;
            for (qsizetype i = 0; i < n; ++i) {
                worst = std::max(worst, std::abs(values[i].toDouble() - predictions[i].toDouble()));
                scale = std::max(scale, std::abs(predictions[i].toDouble()));
            }
            qInfo("%s: ONNX Runtime max |dy| %.3g (scale %.3g)", qPrintable(QFileInfo(out).fileName()), worst, scale);
            QVERIFY2(worst <= (fp32 ? 1e-3 : 1e-2) * scale, qPrintable(out + ": " + QString::number(worst)));
        }
    }

    QString m_node, m_ort;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliExportOrt)
#include "test_cli_export_ort.moc"
