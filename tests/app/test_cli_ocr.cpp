// tern-cli ocr end to end: JSON as CONTRACT.md says, per-file errors with exit 0 when one image succeeded, exit 2
// when none did, exit 2 on bad usage, the readable listing, and the job kept in the store.
#include "../engine/ocr/render.h"
#include "engine/store/store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

namespace {

struct Run {
    int code = -1;
    std::string out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(TERN_CLI_PATH, args);
    p.waitForFinished(300000);
    return {p.exitCode(), p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

} // namespace

class TestCliOcr : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_label, m_bad;

  private slots:
    void initTestCase()
    {
        m_label = m_dir.filePath("label.png");
        cv::imwrite(m_label.toStdString(),
                    tern::ocr::test::turned(tern::ocr::test::render_lines({"GOLDEN TEA", "MRP Rs. 85.00"}), 270));
        m_bad = m_dir.filePath("bad.png");
        std::ofstream(m_bad.toStdString()) << "not a png";
    }

    void json_with_a_failed_file()
    {
        const Run r = cli({"ocr", m_label, m_bad, "--json", "--no-store", "--threads", "2"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        QVERIFY(j.is_array());
        QCOMPARE(j.size(), size_t(2));
        QCOMPARE(QString::fromStdString(j[0]["file"].get<std::string>()), m_label); // as given
        QVERIFY2(tern::ocr::test::cer(j[0]["text"].get<std::string>(), "GOLDEN TEA MRP Rs. 85.00") < 0.1,
                 j[0]["text"].dump().c_str());
        QCOMPARE(j[0]["orientation"].get<std::string>(), std::string("270"));
        QVERIFY(j[0]["mean_conf"].get<double>() > 50);
        QVERIFY(j[0]["ms"].get<double>() > 0);
        QVERIFY(!j[0]["words"].empty());
        for (const auto& w : j[0]["words"]) {
            QVERIFY(w.contains("text") && w.contains("conf"));
            QCOMPARE(w["box"].size(), size_t(4));
        }
        QCOMPARE(j[0]["attributes"]["price"]["value"].get<double>(), 85.0);
        // An image that could not be read carries its error and every field of the contract, empty or null: a script
        // reading r["text"] of each entry does not fail on it.
        QVERIFY(j[1].contains("error"));
        QCOMPARE(j[1]["text"].get<std::string>(), std::string());
        QVERIFY(j[1]["orientation"].is_null() && j[1]["mean_conf"].is_null());
        QVERIFY(j[1]["words"].empty() && j[1]["attributes"].empty() && j[1].contains("ms"));
    }

    // Bad input, as a bad table is: exit 2, the first file named with its reason; the JSON still lists each.
    void all_failed_exits_2()
    {
        const auto r = cli({"ocr", m_bad, "--json", "--no-store"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.find("bad.png") != std::string::npos, r.err.c_str());
    }

    // A PNG without a size or with a damaged chunk is refused in one line of Tern's: libpng's own complaints
    // ("libpng error: Invalid IHDR data") used to come first.
    void damaged_png_is_one_line()
    {
        std::vector<unsigned char> sound;
        cv::imencode(".png", cv::Mat(8, 8, CV_8UC1, cv::Scalar(200)), sound);
        std::string bad_chunk(sound.begin(), sound.end());
        bad_chunk[bad_chunk.find("IDAT") + 2] = '!';
        std::string bad_crc(sound.begin(), sound.end());
        bad_crc[bad_crc.find("IDAT") + 6] ^= 0x55; // a byte of its data: the checksum no longer matches
        std::string no_size(sound.begin(), sound.end());
        no_size.replace(16, 8, std::string(8, '\0')); // IHDR width and height 0
        const struct { const char* name; std::string bytes; const char* reason; } cases[] = {
            {"chunk.png", bad_chunk, "damaged PNG (no chunk type at byte"},
            {"crc.png", bad_crc, "damaged PNG (its IDAT chunk at byte"},
            {"nosize.png", no_size, "image header gives no size"},
        };
        for (const auto& c : cases) {
            const QString path = m_dir.filePath(c.name);
            std::ofstream(path.toStdString(), std::ios::binary) << c.bytes;
            const Run r = cli({"ocr", path, "--json", "--no-store"});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.rfind("error: ", 0) == 0 && std::count(r.err.begin(), r.err.end(), '\n') == 1,
                     r.err.c_str());
            QVERIFY2(r.err.find(c.reason) != std::string::npos, r.err.c_str());
        }
    }

    void bad_usage_exits_2()
    {
        QCOMPARE(cli({"ocr"}).code, 2);
        QCOMPARE(cli({"ocr", m_label, "--threads", "0"}).code, 2);
        const Run r = cli({"ocr", m_dir.filePath("empty-folder-does-not-exist/"), "--no-store"});
        QVERIFY(r.code != 0);
    }

    void readable_listing()
    {
        const Run r = cli({"ocr", m_label, "--no-store"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("orientation 270") != std::string::npos, r.out.c_str());
        QVERIFY(r.out.find("GOLDEN") != std::string::npos);
    }

    void job_is_stored()
    {
        const QString db = m_dir.filePath("ocr.db");
        const Run r = cli({"ocr", m_label, m_bad, "--json", "--db", db});
        QVERIFY2(r.code == 0, r.err.c_str());
        auto store = tern::store::Store::open(db.toStdString(), tern::store::OpenMode::read_only);
        const auto jobs = store.list_ocr_jobs();
        QCOMPARE(jobs.size(), size_t(1));
        QCOMPARE(jobs[0].status, std::string("finished"));
        const auto results = store.load_ocr_results(jobs[0].id);
        QCOMPARE(results.size(), size_t(2));
        QCOMPARE(results[0].status, std::string("ok"));
        QCOMPARE(results[0].orientation, std::string("270"));
        QCOMPARE(results[1].status, std::string("failed"));

        // Found again from the command line: the list, and the job's results as `ocr --json` printed them.
        const Run listed = cli({"ocr-jobs", "--db", db, "--json"});
        QVERIFY2(listed.code == 0, listed.err.c_str());
        const auto list = nlohmann::json::parse(listed.out);
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(list[0]["results"].get<int>(), 2);
        const Run shown = cli({"ocr-jobs", QString::number(jobs[0].id), "--db", db, "--json"});
        QVERIFY2(shown.code == 0, shown.err.c_str());
        const auto again = nlohmann::json::parse(shown.out), first = nlohmann::json::parse(r.out);
        QCOMPARE(again.size(), size_t(2));
        QVERIFY2(again[0] == first[0], again[0].dump().c_str()); // image size and regions too, since schema 4
        QVERIFY(again[1].contains("error"));
        QCOMPARE(cli({"ocr-jobs", "99", "--db", db}).code, 2);
        // ... and deleted with its results.
        QCOMPARE(cli({"ocr-jobs", QString::number(jobs[0].id), "--delete", "--db", db}).code, 0);
        QCOMPARE(nlohmann::json::parse(cli({"ocr-jobs", "--db", db, "--json"}).out).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCliOcr)
#include "test_cli_ocr.moc"
