// tern-cli ocr --jsonl, the OCR page's worker protocol: one JSON object per line in input order with "index" and
// "progress", each line out as soon as its image is read, per-file errors as lines; --json and --jsonl together
// are bad usage; SIGTERM ends the command at once with the job stored as cancelled and the lines already printed
// matching the stored results.
#include "../engine/ocr/render.h"
#include "engine/store/store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

namespace {

std::vector<nlohmann::json> lines_of(const QByteArray& out)
{
    std::vector<nlohmann::json> lines;
    for (const QByteArray& line : out.split('\n'))
        if (!line.isEmpty())
            lines.push_back(nlohmann::json::parse(line.toStdString()));
    return lines;
}

} // namespace

class TestCliOcrJsonl : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_label, m_label2, m_bad, m_slow;

  private slots:
    void initTestCase()
    {
        using namespace tern::ocr::test;
        m_label = m_dir.filePath("label.png");
        cv::imwrite(m_label.toStdString(), render_lines({"GOLDEN TEA", "MRP Rs. 85.00"}));
        m_label2 = m_dir.filePath("label2.png");
        cv::imwrite(m_label2.toStdString(), turned(render_lines({"NET WT 250 g"}), 180));
        m_bad = m_dir.filePath("bad.png");
        std::ofstream(m_bad.toStdString()) << "not a png";
        // Many lines of small print: Tesseract needs seconds for it, so a signal surely arrives inside it.
        std::vector<std::string> lines;
        for (int i = 0; i < 90; ++i)
            lines.push_back("LINE " + std::to_string(i) + " NET WT " + std::to_string(7 * i) + " g BATCH A" +
                            std::to_string(131 * i) + " SUGAR SALT COCOA MILK SOLIDS");
        m_slow = m_dir.filePath("slow.png");
        cv::imwrite(m_slow.toStdString(), render_lines(lines, false, 0.8));
    }

    void one_line_per_image_in_order()
    {
        QProcess p;
        p.start(TERN_CLI_PATH, {"ocr", "--jsonl", "--no-store", "--threads", "2", m_label, m_bad, m_label2});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const auto lines = lines_of(p.readAllStandardOutput());
        QCOMPARE(lines.size(), std::size_t(3));
        double progress = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i]["index"].get<std::size_t>(), i);
            QVERIFY(lines[i]["progress"].get<double>() >= progress);
            progress = lines[i]["progress"].get<double>();
        }
        QCOMPARE(progress, 1.0);
        QCOMPARE(QString::fromStdString(lines[0]["file"].get<std::string>()), m_label);
        QVERIFY2(tern::ocr::test::cer(lines[0]["text"].get<std::string>(), "GOLDEN TEA MRP Rs. 85.00") < 0.1,
                 lines[0].dump().c_str());
        for (const char* field : {"orientation", "mean_conf", "words", "attributes", "ms", "regions"})
            QVERIFY2(lines[0].contains(field), field);
        QVERIFY(lines[1].contains("error"));
        QCOMPARE(lines[2]["orientation"].get<std::string>(), std::string("180"));
    }

    void every_image_failed_still_prints_lines()
    {
        QProcess p;
        p.start(TERN_CLI_PATH, {"ocr", "--jsonl", "--no-store", m_bad});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2); // bad input
        const auto lines = lines_of(p.readAllStandardOutput());
        QCOMPARE(lines.size(), std::size_t(1));
        QVERIFY(lines[0].contains("error"));
    }

    void json_and_jsonl_together_is_bad_usage()
    {
        QProcess p;
        p.start(TERN_CLI_PATH, {"ocr", "--jsonl", "--json", "--no-store", m_label});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.startsWith("error: ") && err.count('\n') == 1, err.constData());
    }

    void streams_and_stops_on_sigterm()
    {
        const QString db = m_dir.filePath("jsonl.db");
        QProcess p;
        p.start(TERN_CLI_PATH, {"ocr", "--jsonl", "--threads", "1", "--db", db, m_label, m_slow, m_slow});
        // The label's line arrives while the worker is still inside the slow page.
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.waitForReadyRead(100), 60000);
        QCOMPARE(p.state(), QProcess::Running);
        QElapsedTimer clock;
        clock.start();
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QVERIFY2(clock.elapsed() < 1000, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + 15);
        const auto lines = lines_of(p.readAllStandardOutput());
        QCOMPARE(lines.size(), std::size_t(1));

        auto store = tern::store::Store::open(db.toStdString(), tern::store::OpenMode::read_only);
        const auto jobs = store.list_ocr_jobs();
        QCOMPARE(jobs.size(), std::size_t(1));
        QCOMPARE(jobs[0].status, std::string("cancelled"));
        const auto results = store.load_ocr_results(jobs[0].id);
        QCOMPARE(results.size(), lines.size());
        QCOMPARE(results[0].text, lines[0]["text"].get<std::string>());
    }
};

QTEST_GUILESS_MAIN(TestCliOcrJsonl)
#include "test_cli_ocr_jsonl.moc"
