// The OCR pipeline on images the test draws itself: each orientation class (0, 90, 180, 270, stacked letters,
// white on dark), its reported orientation, its character error rate, and word boxes inside the original image.
#include "engine/ocr/pipeline.h"
#include "render.h"

#include <QTest>
#include <set>

using namespace tern::ocr;

class TestOcrPipeline : public QObject {
    Q_OBJECT
    std::unique_ptr<Pipeline> m_pipeline;
    const std::vector<std::string> m_lines = {"FRESH ORANGE JUICE 500 ml", "Best Before 12/2026 Batch A12"};
    std::string truth() const { return m_lines[0] + " " + m_lines[1]; }

  private slots:
    void initTestCase() { m_pipeline = std::make_unique<Pipeline>(); }

    void orientations_data()
    {
        QTest::addColumn<int>("degrees");
        QTest::addColumn<bool>("inverted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upright") << 0 << false << "0";
        QTest::newRow("rot90") << 90 << false << "90";
        QTest::newRow("rot180") << 180 << false << "180";
        QTest::newRow("rot270") << 270 << false << "270";
        QTest::newRow("white on dark") << 0 << true << "0";
        QTest::newRow("white on dark, rot180") << 180 << true << "180";
    }
    void orientations()
    {
        QFETCH(int, degrees);
        QFETCH(bool, inverted);
        QFETCH(QString, expected);
        const cv::Mat img = test::turned(test::render_lines(m_lines, inverted), degrees);
        const OcrResult r = m_pipeline->read(img);
        QVERIFY2(r.ok(), r.error.c_str());
        const double cer = test::cer(r.text, truth());
        QVERIFY2(cer < 0.05, (std::to_string(cer) + ": " + r.text).c_str());
        QCOMPARE(QString(orientation_name(r.orientation)), expected);
        QVERIFY(r.mean_conf > 60);
        for (const auto& w : r.words) { // boxes are in the ORIGINAL (turned) image
            QVERIFY(w.box.x >= 0 && w.box.y >= 0 && w.box.w > 0 && w.box.h > 0);
            QVERIFY(w.box.x + w.box.w <= img.cols && w.box.y + w.box.h <= img.rows);
        }
    }

    void word_box_lies_on_its_word()
    {
        // Upright: "FRESH" is the first word of the first line, so its box sits in the top-left part.
        const cv::Mat img = test::turned(test::render_lines(m_lines), 90);
        const OcrResult r = m_pipeline->read(img);
        QVERIFY(!r.words.empty());
        const Box b = r.words.front().box;
        // Turned 90 degrees clockwise, the first line runs down the RIGHT side from the top.
        QVERIFY2(b.x > img.cols / 2, std::to_string(b.x).c_str());
        QVERIFY(b.y < img.rows / 2);
        QVERIFY(b.h > b.w); // a word turned on its side is taller than wide
    }

    void stacked_letters()
    {
        for (const std::string word : {"SALT", "MILK50"}) {
            const OcrResult r = m_pipeline->read(test::render_stacked(word));
            QCOMPARE(QString(orientation_name(r.orientation)), QString("vertical"));
            const double cer = test::cer(r.text, word);
            QVERIFY2(cer <= 0.2, (word + " read as " + r.text).c_str());
        }
    }

    void blocks_with_different_orientations()
    {
        // A package face: an upright title, an upside-down sticker and a side panel turned 90 degrees.
        cv::Mat face(760, 1000, CV_8UC3, cv::Scalar(200, 215, 225));
        auto paste = [&](const cv::Mat& part, int x, int y) {
            part.copyTo(face(cv::Rect(x, y, part.cols, part.rows)));
        };
        paste(test::render_lines({"GOLDEN HARVEST RICE"}, false, 1.3), 40, 40);
        paste(test::turned(test::render_lines({"PRICE 4 DOLLARS", "BEST BEFORE 12 2026"}, true), 180), 60, 420);
        paste(test::turned(test::render_lines({"PRODUCT OF SPAIN", "PACKED BY SOL FOODS"}), 90), 820, 200);
        const OcrResult r = m_pipeline->read(face);
        std::string text = " " + test::fold(r.text) + " ";
        int found = 0;
        const std::vector<std::string> words = {"golden", "harvest", "rice",  "price",  "dollars", "best",
                                                "before", "product", "spain", "packed", "sol",     "foods"};
        for (const auto& w : words)
            found += text.find(w) != std::string::npos;
        QVERIFY2(found >= 10, r.text.c_str());
        std::set<std::string> orientations;
        for (const auto& g : r.regions)
            orientations.insert(orientation_name(g.orientation));
        QVERIFY(orientations.count("0") && orientations.count("180") && orientations.count("90"));
    }

    // The image's orientation is the one most of its text is read in: three short upright regions outweigh one side
    // panel longer than any one of them (a package held upright, its ingredients turned).
    void orientation_of_most_text()
    {
        auto region = [](Orientation o, std::string text) {
            Region r;
            r.orientation = o;
            r.text = std::move(text);
            return r;
        };
        std::vector<Region> regions = {region(Orientation::Up, "GOLDEN HARVEST RICE"),
                                       region(Orientation::Left270, "INGREDIENTS RICE WATER SEA SALT AND SPICES"),
                                       region(Orientation::Up, "NET WEIGHT 500 g"),
                                       region(Orientation::Down180, "LOT 7"),
                                       region(Orientation::Up, "PRODUCT OF SPAIN")};
        QCOMPARE(dominant_orientation(regions), Orientation::Up);
        regions.push_back(region(Orientation::Left270, "KEEP IN A DRY PLACE"));
        regions.push_back(region(Orientation::Vertical, "RICE"));
        QCOMPARE(dominant_orientation(regions), Orientation::Left270);
        QCOMPARE(dominant_orientation({}), Orientation::Up);
    }

    // A brand name in large letters over a busy picture: letters wider than the fine threshold window break into
    // outlines there and form no block; the coarse blocks' pass finds and reads the name.
    void large_title_over_a_picture()
    {
        const OcrResult r = m_pipeline->read_file(std::string(TERN_TEST_DATA) + "/ocr/pkg_005.jpg");
        QVERIFY2(r.ok(), r.error.c_str());
        const std::string text = " " + test::fold(r.text) + " ";
        QVERIFY2(text.find(" gold ") != std::string::npos, r.text.c_str());
    }

    void blank_image_gives_empty_text()
    {
        const cv::Mat blank(200, 300, CV_8UC3, cv::Scalar(255, 255, 255));
        const OcrResult r = m_pipeline->read(blank);
        QVERIFY(r.ok());
        QVERIFY(r.text.empty());
        QVERIFY(r.words.empty());
    }

    void alpha_and_16_bit_images()
    {
        cv::Mat bgr = test::render_lines({"NET WT 250 g"});
        cv::Mat rgba;
        cv::cvtColor(bgr, rgba, cv::COLOR_BGR2BGRA);
        cv::Mat wide;
        bgr.convertTo(wide, CV_16UC3, 257.0);
        for (const cv::Mat& img : {rgba, wide}) {
            const OcrResult r = m_pipeline->read(img);
            QVERIFY2(test::cer(r.text, "NET WT 250 g") < 0.1, r.text.c_str());
            QCOMPARE(r.attributes["net_quantity"]["value"].get<double>(), 250.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestOcrPipeline)
#include "test_ocr_pipeline.moc"
