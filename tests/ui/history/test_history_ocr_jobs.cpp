// History lists the store's OCR jobs and reopens one on the OCR page from its stored rows (no image is re-read).
#include "engine/store/store.h"
#include "ui/engine_controller.h"
#include "ui/pages/history_page.h"
#include "ui/pages/ocr_page.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;

class TestHistoryOcrJobs : public QObject {
    Q_OBJECT
  private slots:
    void listsAndReopensAStoredJob()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tern.db"));
        qint64 jobId = 0;
        {
            auto store = store::Store::open(db.toStdString());
            store::OcrJobRecord job;
            job.sources = {"/images/label.png"};
            store.create_ocr_job(job);
            store::OcrResultRecord read;
            read.job_id = job.id;
            read.file = "/images/label.png";
            read.status = "ok";
            read.text = "NET WT 500 g";
            read.orientation = "180";
            read.mean_conf = 91.5;
            read.words = {{{"text", "NET"}, {"conf", 93.0}, {"box", {1, 2, 30, 12}}},
                          {{"text", "WT"}, {"conf", 90.0}, {"box", {35, 2, 20, 12}}}};
            read.attributes = {{"net_quantity", "500 g"}};
            store.add_ocr_result(read);
            store::OcrResultRecord failed;
            failed.job_id = job.id;
            failed.file = "/images/broken.jpg";
            failed.status = "failed";
            failed.error = "not an image";
            store.add_ocr_result(failed);
            job.status = "finished";
            job.image_count = 2;
            job.finished_at = store::now_utc_iso8601();
            store.update_ocr_job(job);
            jobId = job.id;
        }

        ui::HistoryPage history;
        history.setDatabasePath(db);
        history.refresh();
        QCOMPARE(history.ocrJobCount(), 1);
        QSignalSpy opened(&history, &ui::HistoryPage::openOcrJob);
        history.openOcrJobRow(0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(1).toLongLong(), jobId);

        ui::EngineController engine;
        ui::OcrPage page(nullptr, &engine);
        QSignalSpy finished(&page, &ui::OcrPage::finished);
        page.openStoredJob(db, jobId);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(page.results().size(), std::size_t(2));
        const auto& first = page.results()[0];
        QCOMPARE(first.text, std::string("NET WT 500 g"));
        QCOMPARE(first.words.size(), std::size_t(2));
        QCOMPARE(first.words[1].box.x, 35);
        QCOMPARE(first.orientation, ocr::Orientation::Down180);
        QCOMPARE(first.attributes["net_quantity"].get<std::string>(), std::string("500 g"));
        QVERIFY(!page.results()[1].ok());

        // The tab says what the job read, and the job can go, with its results.
        auto* jobs = history.findChild<QTabWidget*>();
        QVERIFY(jobs);
        jobs->setCurrentIndex(jobs->count() - 1);
        auto* table = history.findChild<QTableWidget*>();
        QVERIFY(table && table->item(0, 4));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("images/label.png")); // with its folder: many are "images"
        QVERIFY2(history.deleteOcrJob(jobId, false).isEmpty(), "deleting a finished OCR job");
        QCOMPARE(history.ocrJobCount(), 0);
        QCOMPARE(store::Store::open(db.toStdString(), store::OpenMode::read_only).list_ocr_jobs().size(),
                 std::size_t(0));
    }

    // Jobs list newest first, sort by a header (job 10 after job 9, not after 1), and filter by any file they read.
    void jobsSortAndFilter()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("tern.db"));
        {
            auto store = store::Store::open(db.toStdString());
            for (int i = 1; i <= 10; ++i) {
                store::OcrJobRecord job;
                job.sources = i == 9 ? nlohmann::json{"/shelf/a.png", "/shelf/honey.png"}
                                     : nlohmann::json{QStringLiteral("/scans/img_%1.png").arg(i).toStdString()};
                store.create_ocr_job(job);
                job.status = "finished";
                job.image_count = i;
                store.update_ocr_job(job);
            }
        }
        ui::HistoryPage history;
        history.setDatabasePath(db);
        history.refresh();
        auto* filter = history.findChild<QLineEdit*>(QStringLiteral("ocrFilter"));
        auto* table = history.findChild<QTableWidget*>();
        QVERIFY(filter && table);
        QCOMPARE(table->rowCount(), 10);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("10"));
        QCOMPARE(table->item(9, 0)->text(), QStringLiteral("1"));
        table->sortByColumn(3, Qt::AscendingOrder); // images, as numbers
        QCOMPARE(table->item(9, 3)->text(), QStringLiteral("10"));
        filter->setText(QStringLiteral("HONEY")); // the second file of job 9, in its tooltip
        int shown = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            if (!table->isRowHidden(row)) {
                ++shown;
                QCOMPARE(table->item(row, 0)->text(), QStringLiteral("9"));
            }
        QCOMPARE(shown, 1);
        history.refresh(); // the filter holds over a reload
        QCOMPARE(table->isRowHidden(0), table->item(0, 0)->text() != QStringLiteral("9"));
    }

    void aMissingStoreListsNothing()
    {
        ui::HistoryPage history;
        history.setDatabasePath(QStringLiteral("/nonexistent/tern.db"));
        history.refresh();
        QCOMPARE(history.ocrJobCount(), 0);
    }
};

QTEST_MAIN(TestHistoryOcrJobs)
#include "test_history_ocr_jobs.moc"
