// Batch OCR: per-file errors for corrupt, empty and non-image files while the batch goes on; results in input
// order; folders walked recursively by extension; Cancel mid-batch keeps the finished results.
#include "engine/data/file_walker.h"
#include "engine/ocr/batch.h"
#include "engine/ocr/image_io.h"
#include "render.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <stop_token>

using namespace tern::ocr;

namespace {

std::string write_text(const QTemporaryDir& dir, const char* name, const std::string& content)
{
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string write_label(const QTemporaryDir& dir, const char* name, const std::string& text, int degrees = 0)
{
    const std::string path = dir.filePath(name).toStdString();
    cv::imwrite(path, test::turned(test::render_lines({text}), degrees));
    return path;
}

} // namespace

class TestOcrBatch : public QObject {
    Q_OBJECT
  private slots:
    // Refused with their reason before any decoding: a huge image (a 1.6 MB PNG of 30000 x 30000 pixels took 8 GB),
    // a PDF, a download that broke off.
    void oversized_pdf_and_truncated_files_say_so()
    {
        QTemporaryDir dir;
        // A PNG that declares 20000 x 20000 pixels: signature, IHDR, an empty IDAT, IEND (CRCs are not checked
        // before the size is).
        std::string png("\x89PNG\r\n\x1a\n", 8);
        const auto chunk = [&png](const char* type, const std::string& data) {
            const std::uint32_t n = std::uint32_t(data.size());
            png +=
                std::string{char(n >> 24), char(n >> 16), char(n >> 8), char(n)} + type + data + std::string(4, '\0');
        };
        chunk("IHDR", std::string("\0\0\x4e\x20\0\0\x4e\x20\x08\0\0\0\0", 13));
        chunk("IDAT", "");
        chunk("IEND", "");
        const std::string huge = write_text(dir, "huge.png", png);
        const std::string pdf = write_text(dir, "scan.png", "%PDF-1.4\n1 0 obj\n");
        const std::string good = write_label(dir, "good.png", "SUNNY HONEY 250 g");
        std::string cut;
        {
            std::ifstream in(good, std::ios::binary);
            cut.assign(std::istreambuf_iterator<char>(in), {});
        }
        const std::string truncated = write_text(dir, "cut.png", cut.substr(0, cut.size() / 2));
        // A phone's motion photo: a whole JPEG with a video after its end marker. It reads.
        std::string photo;
        {
            std::ifstream in(write_label(dir, "photo.jpg", "MADE IN SPAIN"), std::ios::binary);
            photo.assign(std::istreambuf_iterator<char>(in), {});
        }
        const std::string motion = write_text(dir, "motion.jpg", photo + std::string(200'000, '\x42'));
        // A valid PNG of one pixel: too small, not "corrupt".
        std::vector<unsigned char> dot;
        cv::imencode(".png", cv::Mat(1, 1, CV_8UC1, cv::Scalar(255)), dot);
        const std::string pixel = write_text(dir, "dot.png", std::string(dot.begin(), dot.end()));
        std::vector<OcrResult> got;
        run_batch({huge, pdf, truncated, motion, pixel}, {}, {}, [&](size_t, OcrResult&& r) { got.push_back(r); });
        QCOMPARE(got.size(), size_t(5));
        QVERIFY2(got[4].error.find("1 x 1 pixels is too small") != std::string::npos, got[4].error.c_str());
        QVERIFY2(got[3].ok() && got[3].text.find("SPAIN") != std::string::npos, got[3].error.c_str());
        QVERIFY2(got[0].error.find("too large (20000 x 20000 pixels") != std::string::npos, got[0].error.c_str());
        QVERIFY2(got[1].error.find("a PDF") != std::string::npos, got[1].error.c_str());
        QVERIFY2(got[2].error.find("truncated PNG") != std::string::npos, got[2].error.c_str());
    }

    void bad_files_fail_alone()
    {
        QTemporaryDir dir;
        const std::string good1 = write_label(dir, "a.png", "SUNNY HONEY 250 g");
        const std::string empty = write_text(dir, "empty.png", "");
        const std::string corrupt = write_text(dir, "corrupt.jpg", std::string("\xff\xd8\xff\xe0 not really", 16));
        const std::string text = write_text(dir, "notes.txt", "hello, I am not an image\n");
        const std::string missing = dir.filePath("missing.png").toStdString();
        const std::string good2 = write_label(dir, "b.jpg", "MADE IN SPAIN", 180);
        const std::vector<std::string> inputs = {good1, empty, corrupt, text, missing, good2};

        std::vector<std::pair<size_t, OcrResult>> got;
        BatchOptions opt;
        opt.threads = 2;
        const BatchSummary s = run_batch(inputs, opt, {}, [&](size_t i, OcrResult&& r) { got.emplace_back(i, r); });
        QCOMPARE(s.images, inputs.size());
        QCOMPARE(s.failed, size_t(4));
        QVERIFY(!s.cancelled);
        QCOMPARE(got.size(), inputs.size());
        for (size_t i = 0; i < got.size(); ++i) { // input order, file names as given
            QCOMPARE(got[i].first, i);
            QCOMPARE(got[i].second.file, inputs[i]);
        }
        QVERIFY(got[0].second.ok());
        QVERIFY2(test::cer(got[0].second.text, "SUNNY HONEY 250 g") < 0.1, got[0].second.text.c_str());
        QCOMPARE(got[1].second.error, std::string("empty file"));
        QVERIFY2(got[2].second.error.find("damaged JPEG") != std::string::npos, got[2].second.error.c_str());
        QVERIFY(got[3].second.error.find("not a readable image") != std::string::npos);
        QCOMPARE(got[4].second.error, std::string("no such image file"));
        QVERIFY(got[5].second.ok());
        QCOMPARE(std::string(orientation_name(got[5].second.orientation)), std::string("180"));
    }

    // Every page of a multi-page TIFF is read (OpenCV's decode gave the first page only), each in its own
    // orientation (an upside-down second page read as noise when the pages were read as one image); boxes are in
    // the pages stacked top to bottom.
    void a_multi_page_tiff_reads_every_page()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("sheet.tif").toStdString();
        cv::Mat upside_down;
        cv::rotate(test::render_lines({"MADE IN SPAIN"}), upside_down, cv::ROTATE_180);
        const std::vector<cv::Mat> pages{test::render_lines({"SUNNY HONEY 250 g"}), upside_down};
        QVERIFY(cv::imwritemulti(path, pages));
        std::vector<OcrResult> got;
        run_batch({path}, {}, {}, [&](size_t, OcrResult&& r) { got.push_back(r); });
        QCOMPARE(got.size(), size_t(1));
        QVERIFY2(got[0].ok(), got[0].error.c_str());
        QVERIFY2(test::cer(got[0].text, "SUNNY HONEY 250 g MADE IN SPAIN") < 0.1, got[0].text.c_str());
        QCOMPARE(got[0].height, pages[0].rows + pages[1].rows);
        const auto spain =
            std::find_if(got[0].words.begin(), got[0].words.end(), [](const Word& w) { return w.text == "SPAIN"; });
        QVERIFY(spain != got[0].words.end());
        QVERIFY(spain->box.y >= pages[0].rows && spain->box.y + spain->box.h <= got[0].height);
    }

    void folders_are_walked_by_extension()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("sub/deeper"));
        write_label(dir, "one.png", "ONE");
        write_label(dir, "sub/two.jpg", "TWO");
        QVERIFY(QFile::rename(dir.filePath("sub/two.jpg"), dir.filePath("sub/two.JPG"))); // extensions: any case
        write_label(dir, "sub/deeper/three.bmp", "THREE");
        write_text(dir, "sub/readme.txt", "skip me");
        write_label(dir, "img_10.png", "TEN");
        write_label(dir, "img_2.png", "TWO");
        QVERIFY(QFile::link(dir.path(), dir.filePath("sub/loop"))); // a link back up: not followed
        QVERIFY(QFile::link(dir.filePath("gone.png"), dir.filePath("sub/moved.png"))); // to a missing file: listed
        tern::data::FileWalker walker({dir.path().toStdString()}, has_image_extension);
        std::vector<std::string> found;
        while (auto p = walker.next())
            found.push_back(QDir(dir.path()).relativeFilePath(QString::fromStdString(*p)).toStdString());
        // Each folder in natural order, as a file manager lists it: img_2 before img_10.
        QCOMPARE(found, (std::vector<std::string>{"img_2.png", "img_10.png", "one.png", "sub/deeper/three.bmp",
                                                  "sub/moved.png", "sub/two.JPG"}));
        std::vector<OcrResult> got;
        run_batch({dir.filePath("sub/moved.png").toStdString()}, {}, {},
                  [&](size_t, OcrResult&& r) { got.push_back(r); });
        QCOMPARE(got.size(), size_t(1));
        QVERIFY2(got[0].error.starts_with("a symbolic link to a missing file ("), got[0].error.c_str());
    }

    // A label scanned to PDF is a likely mistake: in a folder it is listed with its reason, while other files that
    // are no images (notes, a spreadsheet) are passed over.
    void a_folders_pdf_is_listed_with_its_reason()
    {
        QTemporaryDir dir;
        write_label(dir, "label.png", "MADE IN SPAIN");
        write_text(dir, "scan.pdf", "%PDF-1.4\n1 0 obj\n");
        write_text(dir, "notes.txt", "skip me");
        std::vector<OcrResult> got;
        run_batch({dir.path().toStdString()}, {}, {}, [&](size_t, OcrResult&& r) { got.push_back(r); });
        QCOMPARE(got.size(), size_t(2));
        QVERIFY2(got[0].ok(), got[0].error.c_str());
        QVERIFY2(got[1].error.find("a PDF") != std::string::npos, got[1].error.c_str());
    }

    void cancel_keeps_finished_results()
    {
        QTemporaryDir dir;
        std::vector<std::string> inputs;
        for (int i = 0; i < 12; ++i)
            inputs.push_back(write_label(dir, ("img" + std::to_string(i) + ".png").c_str(),
                                         "BATCH NUMBER " + std::to_string(100 + i)));
        std::stop_source stop;
        tern::JobControl control{stop.get_token(), {}};
        std::vector<size_t> indices;
        BatchOptions opt;
        opt.threads = 2;
        opt.window = 4;
        const BatchSummary s = run_batch(inputs, opt, control, [&](size_t i, OcrResult&& r) {
            QVERIFY(r.ok());
            indices.push_back(i);
            if (indices.size() == 3)
                stop.request_stop();
        });
        QVERIFY(s.cancelled);
        QVERIFY(indices.size() >= 3);
        QVERIFY2(indices.size() < inputs.size(), std::to_string(indices.size()).c_str());
        for (size_t k = 1; k < indices.size(); ++k)
            QVERIFY(indices[k] > indices[k - 1]);
        QCOMPARE(s.images, indices.size());
    }

    void progress_reaches_one()
    {
        QTemporaryDir dir;
        const std::vector<std::string> inputs = {write_label(dir, "p1.png", "ALPHA"),
                                                 write_label(dir, "p2.png", "BETA")};
        double last = 0;
        tern::JobControl control{{}, [&](double f) { last = f; }};
        run_batch(inputs, {}, control, [](size_t, OcrResult&&) {});
        QCOMPARE(last, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestOcrBatch)
#include "test_ocr_batch.moc"
