// The OCR page end to end through its worker process (tern-cli): read a drawn label, show its text and boxes, export
// CSV/JSON, and a corrupt file listed with its error; zooming only while an image is shown; a multi-page TIFF shown
// with all its pages.
#include "ui/engine_controller.h"
#include "ui/ocr/ocr_export.h"
#include "ui/ocr/ocr_image_view.h"
#include "ui/pages/ocr_page.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <vector>

using tern::ui::EngineController;
using tern::ui::OcrPage;

class TestOcrPage : public QObject {
    Q_OBJECT
  private slots:
    void reads_shows_and_exports()
    {
        QTemporaryDir dir;
        QImage label(640, 160, QImage::Format_RGB32);
        label.fill(Qt::white);
        {
            QPainter p(&label);
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(40);
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(QRect(20, 0, 600, 160), Qt::AlignVCenter, QStringLiteral("NET WT 250 g"));
        }
        const QString good = dir.filePath(QStringLiteral("label.png"));
        // Upside down: the page shows what the engine decided, not what the file looks like.
        QVERIFY(label.transformed(QTransform().rotate(180)).save(good));
        const QString bad = dir.filePath(QStringLiteral("bad.jpg"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();

        qputenv("TERN_DB", dir.filePath(QStringLiteral("tern.db")).toLocal8Bit());
        EngineController engine;
        OcrPage page(nullptr, &engine);
        page.setWorkerProgram(QStringLiteral(TERN_CLI_PATH));
        auto* view = page.findChild<tern::ui::OcrImageView*>();
        QPushButton* zoomIn = nullptr;
        for (auto* b : page.findChildren<QPushButton*>())
            if (b->text() == OcrPage::tr("Zoom In"))
                zoomIn = b;
        QVERIFY(view && zoomIn);
        QVERIFY(!view->hasImage()); // the empty page shows a drop hint; there is nothing to zoom
        QVERIFY(!zoomIn->isEnabled());
        QSignalSpy done(&page, &OcrPage::finished);
        page.readPaths({good, bad});
        QVERIFY(page.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
        QCOMPARE(done.at(0).at(0).toInt(), 2);
        QCOMPARE(done.at(0).at(1).toInt(), 1);
        QVERIFY(!page.isRunning());
        QCOMPARE(page.results().size(), size_t(2));
        const auto& r = page.results()[0];
        QVERIFY2(QString::fromStdString(r.text).contains(QStringLiteral("250")), r.text.c_str());
        QCOMPARE(QString::fromLatin1(tern::ocr::orientation_name(r.orientation)), QStringLiteral("180"));
        QVERIFY(!page.results()[1].ok());

        auto* list = page.findChild<QListWidget*>();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 0);
        // How many were read and how many could not be, apart; the failed file says why, with a warning sign.
        bool counted = false;
        for (auto* label : page.findChildren<QLabel*>())
            counted |=
                label->text().endsWith(QStringLiteral(" · 1 could not be read")) && label->text().startsWith("Read 1 ");
        QVERIFY(counted);
        QVERIFY(list->item(1)->toolTip().startsWith(QStringLiteral("Could not be read: ")));
        QVERIFY(!list->item(1)->icon().isNull());
        bool textShown = false;
        for (auto* edit : page.findChildren<QPlainTextEdit*>())
            textShown |= edit->toPlainText().contains(QStringLiteral("WT"));
        QVERIFY(textShown);
        QVERIFY(view->hasImage());
        QVERIFY(zoomIn->isEnabled());
        list->setCurrentRow(1); // the corrupt file: its error, no image, no zoom
        QVERIFY(!view->hasImage());
        QVERIFY(!zoomIn->isEnabled());
        list->setCurrentRow(0);

        const QString csv = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(tern::ui::exportOcrCsv(csv, page.results()).isEmpty());
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(c.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("file,status,orientation")));
        QVERIFY(lines[1].contains(QStringLiteral(",ok,180,")));
        QVERIFY(lines[2].contains(QStringLiteral(",failed,")));

        const QString json = dir.filePath(QStringLiteral("results.json"));
        QVERIFY(tern::ui::exportOcrJson(json, page.results()).isEmpty());
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const auto parsed = nlohmann::json::parse(j.readAll().toStdString());
        QCOMPARE(parsed.size(), size_t(2));
        QVERIFY(parsed[1].contains("error"));
        QVERIFY(!tern::ui::exportOcrJson(dir.filePath(QStringLiteral("no/such/dir/x.json")), page.results()).isEmpty());
    }

    // A multi-page TIFF is shown as the engine read it, its pages stacked top to bottom, so that a word box on the
    // second page lies on that page.
    void a_multi_page_tiff_shows_every_page()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sheet.tif"));
        const std::vector<cv::Mat> pages{cv::Mat(40, 120, CV_8UC1, cv::Scalar(255)),
                                         cv::Mat(60, 200, CV_8UC1, cv::Scalar(0))};
        QVERIFY(cv::imwritemulti(file.toStdString(), pages));
        tern::ui::OcrImageView view;
        tern::ocr::Word word;
        word.text = "SPAIN";
        word.box = {10, 50, 80, 20}; // on the second page
        view.showResult(file, {word});
        QVERIFY(view.hasImage());
        QCOMPARE(view.scene()->sceneRect(), QRectF(0, 0, 200, 100));
    }
};

QTEST_MAIN(TestOcrPage)
#include "test_ocr_page.moc"
