// The OCR page reads through its worker process (tern-cli ocr --jsonl): dropped images are listed with their words
// and thumbnails and the job is in the store; Cancel ends the worker within a second and keeps what was read (in the page and in
// the store), a worker that ignores the request is killed within the second too; a missing, failing or crashing
// worker gives one line in the page and keeps the results it sent.
#include "engine/store/store.h"
#include "ui/pages/ocr_page.h"
#include "ui_test_support.h"

#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using tern::ui::OcrPage;

namespace {

void drop(QWidget& target, const QStringList& files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const auto& f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &dropped);
    QVERIFY(dropped.isAccepted());
}

// A page of small print that takes Tesseract seconds: the worker is surely inside it when Cancel comes.
QString writeSlowPage(const QString& path)
{
    QImage page(2400, 3200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(26);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int line = 0; line < 95; ++line)
        p.drawText(40, 40 + line * 33,
                   QStringLiteral("LINE %1 NET WT %2 g BATCH A%3 MRP Rs. %4.00 SUGAR SALT COCOA MILK SOLIDS EMULSIFIER")
                       .arg(line)
                       .arg(line * 7)
                       .arg(line * 131, 5, 10, QLatin1Char('0'))
                       .arg(line * 3));
    p.end();
    return page.save(path) ? path : QString();
}

// An executable shell script with `body` after its #! line (a stand-in worker); empty if it cannot be written.
QString writeScript(const QString& path, const char* body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n");
    f.write(body);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ? path : QString();
}

std::vector<tern::store::OcrJobRecord> jobsIn(const QString& db)
{
    return tern::store::Store::open(db.toStdString(), tern::store::OpenMode::read_only).list_ocr_jobs();
}

} // namespace

class TestOcrPageWorker : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

  private slots:
    void initTestCase()
    {
        tern::ui::test::prepareUiTest();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // The page keeps its jobs in the default store; each test gets its own.
        m_db = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        qputenv("TERN_DB", m_db.toLocal8Bit());
    }

    void droppedImagesAreReadAndStored()
    {
        const QString folder = QStringLiteral(TERN_TEST_DATA "/ui/ocr/");
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.png"));
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG but not really");
        f.close();

        OcrPage page;
        page.setWorkerProgram(QStringLiteral(TERN_CLI_PATH));
        QSignalSpy finished(&page, &OcrPage::finished);
        drop(page, {folder + QStringLiteral("img_005.jpg"), folder + QStringLiteral("img_010.jpg"), corrupt,
                    folder + QStringLiteral("img_013.jpg")});
        QVERIFY(page.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY(!page.isRunning());
        QCOMPARE(finished.at(0).at(0).toInt(), 4);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);

        const auto& results = page.results();
        QCOMPARE(results.size(), std::size_t(4)); // in the order given
        const QString first = QString::fromStdString(results[0].text);
        QVERIFY2(first.contains(QStringLiteral("WOUWELL")) && first.contains(QStringLiteral("Gummies")),
                 results[0].text.c_str());
        QVERIFY2(QString::fromStdString(results[1].text).contains(QStringLiteral("Butter Cookies")),
                 results[1].text.c_str());
        QVERIFY(!results[1].words.empty());
        QCOMPARE(results[1].attributes["batch"].get<std::string>(), std::string("D63T265"));
        QVERIFY(!results[2].ok());
        QVERIFY(results[2].error.size() > 0);
        QVERIFY2(QString::fromStdString(results[3].text).contains(QStringLiteral("Paneer")), results[3].text.c_str());
        QCOMPARE(results[3].orientation, tern::ocr::Orientation::Down180);
        QVERIFY(!results[3].regions.empty());

        auto* list = page.findChild<QListWidget*>();
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->currentRow(), 0);
        // Thumbnails are decoded off the GUI thread and arrive a moment later; the corrupt file has none, but a warning
        // sign and why.
        for (int row : {0, 1, 3})
            QTRY_VERIFY_WITH_TIMEOUT(!list->item(row)->icon().isNull(), 5000);
        QVERIFY(list->item(2)->toolTip().startsWith(QStringLiteral("Could not be read: ")));
        QVERIFY2(page.statusText().contains(QStringLiteral("3")) &&
                     page.statusText().endsWith(QStringLiteral(" · 1 could not be read")),
                 qPrintable(page.statusText()));

        const auto jobs = jobsIn(m_db);
        QCOMPARE(jobs.size(), std::size_t(1));
        QCOMPARE(jobs[0].status, std::string("finished"));
        QCOMPARE(jobs[0].image_count, 4);
        const auto stored =
            tern::store::Store::open(m_db.toStdString(), tern::store::OpenMode::read_only).load_ocr_results(jobs[0].id);
        QCOMPARE(stored.size(), std::size_t(4));
        for (std::size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].file, results[i].file);
            QCOMPARE(stored[i].text, results[i].text);
            QCOMPARE(stored[i].status, std::string(results[i].ok() ? "ok" : "failed"));
        }
    }

    void cancelEndsTheWorkerAndKeepsWhatWasRead()
    {
        const QString slow = writeSlowPage(m_dir.filePath(QStringLiteral("slow.png")));
        QVERIFY(!slow.isEmpty());
        OcrPage page;
        page.setWorkerProgram(QStringLiteral(TERN_CLI_PATH));
        QSignalSpy finished(&page, &OcrPage::finished);
        // The label comes first and is delivered while the slow pages are still being read.
        page.readPaths({QStringLiteral(TERN_TEST_DATA "/ui/ocr/img_010.jpg"), slow, slow});
        auto* list = page.findChild<QListWidget*>();
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 60000);
        QVERIFY2(page.isRunning(), "the slow page was read before Cancel: make it slower");
        QElapsedTimer clock;
        clock.start();
        page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 5000);
        const qint64 ms = clock.elapsed();
        qInfo("cancel took %lld ms: %s", ms, qPrintable(page.statusText()));
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
        QCOMPARE(finished.count(), 1);
        const int kept = finished.at(0).at(0).toInt();
        QVERIFY(kept >= 1 && kept < 3);
        QVERIFY(QString::fromStdString(page.results()[0].text).contains(QStringLiteral("METESH")));
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(page.statusText()));

        const auto jobs = jobsIn(m_db);
        QCOMPARE(jobs.size(), std::size_t(1));
        QCOMPARE(jobs[0].status, std::string("cancelled"));
        QCOMPARE(jobs[0].image_count, kept);
    }

    void aWorkerThatIgnoresCancelIsKilled()
    {
        // A stand-in worker that sends one result and then ignores SIGTERM, as a worker stuck in a library might.
        const QString script = writeScript(m_dir.filePath(QStringLiteral("stubborn-worker.sh")),
                                           "trap '' TERM\necho '{\"file\": \"/images/a.png\", \"error\": \"cannot decode\"}'\n"
                                           "while :; do :; done\n");
        QVERIFY(!script.isEmpty());
        OcrPage page;
        page.setWorkerProgram(script);
        QSignalSpy finished(&page, &OcrPage::finished);
        page.readPaths({QStringLiteral("/images/a.png")});
        QTRY_COMPARE_WITH_TIMEOUT(page.results().size(), std::size_t(1), 30000);
        QElapsedTimer clock;
        clock.start();
        page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 5000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("kill took %1 ms").arg(clock.elapsed())));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(page.results().size(), std::size_t(1));
    }

    void aMissingWorkerIsOneLine()
    {
        OcrPage page;
        page.setWorkerProgram(m_dir.filePath(QStringLiteral("no-such-tern-cli")));
        page.readPaths({QStringLiteral(TERN_TEST_DATA "/ui/ocr/img_010.jpg")});
        QTRY_VERIFY(!page.isRunning());
        QVERIFY2(page.statusText().contains(QStringLiteral("no-such-tern-cli")), qPrintable(page.statusText()));
        QVERIFY(!page.statusText().contains(QLatin1Char('\n')));
        QVERIFY(page.results().empty());
    }

    void aFailingWorkerGivesItsError()
    {
        QTemporaryDir empty;
        OcrPage page;
        page.setWorkerProgram(QStringLiteral(TERN_CLI_PATH));
        page.readPaths({empty.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY2(page.statusText().contains(QStringLiteral("no image files found")), qPrintable(page.statusText()));
    }

    void aCrashingWorkerKeepsItsResults()
    {
        // A stand-in worker that sends one result, then dies of a signal, as a crashing tern-cli would.
        const QString script =
            writeScript(m_dir.filePath(QStringLiteral("crashing-worker.sh")),
                        "echo '{\"file\": \"/images/a.png\", \"error\": \"cannot decode\", \"index\": 0}'\n"
                        "kill -SEGV $$\n");
        QVERIFY(!script.isEmpty());
        OcrPage page;
        page.setWorkerProgram(script);
        page.readPaths({QStringLiteral("/images/a.png")});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY2(page.statusText().contains(QStringLiteral("crashed")), qPrintable(page.statusText()));
        QCOMPARE(page.results().size(), std::size_t(1));
        QCOMPARE(page.results()[0].error, std::string("cannot decode"));
    }
};

QTEST_MAIN(TestOcrPageWorker)
#include "test_ocr_page_worker.moc"
