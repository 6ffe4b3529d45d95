// OCR jobs through the run store: job and per-image results round trip, one transaction per image, and a job
// whose process died showing as interrupted.
#include "engine/core/error.h"
#include "engine/store/store.h"
#include "store_test_support.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/wait.h>
#include <unistd.h>

using namespace tern;
using namespace tern::store;
using namespace tern::store::testing;

class TestStoreOcr : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string dbPath(const char* name) { return m_dir.filePath(name).toStdString(); }

  private slots:
    void jobRoundTrip()
    {
        Store store = Store::open(dbPath("ocr.db"));
        OcrJobRecord job;
        job.sources = {"/images/a.png", "/images/folder"};
        job.options = {{"threads", 2}};
        store.create_ocr_job(job);
        QCOMPARE(job.status, std::string("running"));

        OcrResultRecord read;
        read.job_id = job.id;
        read.file = "/images/a.png";
        read.status = "ok";
        read.text = "NET WT 500 g";
        read.orientation = "180";
        read.mean_conf = 91.5;
        read.words = {{{"text", "NET"}, {"conf", 93.0}, {"box", {1, 2, 30, 12}}}};
        read.attributes = {{"weight", "500 g"}};
        read.ms = 41.25;
        read.width = 601;
        read.height = 230;
        read.regions = {{{"box", {0, 0, 601, 40}}, {"orientation", "90"}, {"text", "NET"}, {"mean_conf", 93.0}}};
        store.add_ocr_result(read);
        QVERIFY(read.id > 0);
        OcrResultRecord failed;
        failed.job_id = job.id;
        failed.file = "/images/folder/broken.jpg";
        failed.status = "failed";
        failed.error = "not an image";
        store.add_ocr_result(failed);

        job.status = "finished";
        job.finished_at = now_utc_iso8601();
        job.image_count = 2;
        store.update_ocr_job(job);

        const OcrJobRecord loaded = store.load_ocr_job(job.id);
        QCOMPARE(loaded.status, std::string("finished"));
        QCOMPARE(loaded.sources, job.sources);
        QCOMPARE(loaded.options, job.options);
        QCOMPARE(loaded.image_count, std::int64_t(2));
        QCOMPARE(loaded.result_count, std::int64_t(2));
        QCOMPARE(loaded.finished_at, job.finished_at);
        const auto results = store.load_ocr_results(job.id);
        QCOMPARE(results.size(), std::size_t(2));
        QCOMPARE(results[0].text, read.text);
        QCOMPARE(results[0].orientation, std::string("180"));
        QCOMPARE(results[0].mean_conf, 91.5);
        QCOMPARE(results[0].words, read.words);
        QCOMPARE(results[0].attributes, read.attributes);
        QCOMPARE(results[0].ms, 41.25);
        QCOMPARE(results[0].width, 601); // what `ocr` printed, so that `ocr-jobs ID` gives it back
        QCOMPARE(results[0].height, 230);
        QCOMPARE(results[0].regions, read.regions);
        QCOMPARE(results[1].error, std::string("not an image"));
        QCOMPARE(store.list_ocr_jobs().size(), std::size_t(1));

        // Not UTF-8 (a Latin-1 file name, a garbled word): stored, never a failed write.
        OcrResultRecord latin1;
        latin1.job_id = job.id;
        latin1.file = "/images/caf\xe9.png";
        latin1.status = "ok";
        latin1.text = "caf\xe9";
        latin1.words = {{{"text", "caf\xe9"}, {"conf", 50.0}, {"box", {0, 0, 1, 1}}}};
        store.add_ocr_result(latin1);
        const auto withLatin1 = store.load_ocr_results(job.id);
        QCOMPARE(withLatin1.back().file, latin1.file);
        QCOMPARE(withLatin1.back().words[0]["text"].get<std::string>(), std::string("caf\xef\xbf\xbd"));

        OcrResultRecord stray;
        stray.job_id = 4242;
        stray.file = "x.png";
        stray.status = "ok";
        try {
            store.add_ocr_result(stray);
            QFAIL("result for a missing job was written");
        } catch (const InputError& error) {
            QCOMPARE(std::string(error.what()), std::string("no OCR job 4242"));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, store.load_ocr_job(4242));
        QVERIFY(store.load_ocr_results(4242).empty());
    }

    // A job goes with its results; a running one is refused; a deleted id is never given again.
    void deletedJobsIdIsNotReused()
    {
        Store store = Store::open(dbPath("delete.db"));
        OcrJobRecord job;
        job.sources = {"/images/a.png"};
        store.create_ocr_job(job);
        OcrResultRecord read;
        read.job_id = job.id;
        read.file = "/images/a.png";
        read.status = "ok";
        store.add_ocr_result(read);
        QVERIFY_THROWS_EXCEPTION(InputError, store.delete_ocr_job(job.id)); // still running here
        job.status = "finished";
        store.update_ocr_job(job);
        store.delete_ocr_job(job.id);
        QCOMPARE(store.list_ocr_jobs().size(), std::size_t(0));
        QCOMPARE(store.load_ocr_results(job.id).size(), std::size_t(0));
        OcrJobRecord next;
        QCOMPARE(store.create_ocr_job(next), job.id + 1);
    }

    void jobOfADeadProcessIsInterrupted()
    {
        const std::string path = dbPath("interrupted.db");
        Store::open(path);
        const pid_t child = fork();
        if (child == 0) {
            try {
                Store store = Store::open(path);
                OcrJobRecord job;
                job.sources = {"a.png"};
                store.create_ocr_job(job);
                OcrResultRecord result;
                result.job_id = job.id;
                result.file = "a.png";
                result.status = "ok";
                store.add_ocr_result(result);
            } catch (...) {
                _exit(1);
            }
            _exit(0); // dies before finishing the job
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        Store store = Store::open(path);
        const auto jobs = store.list_ocr_jobs();
        QCOMPARE(jobs.size(), std::size_t(1));
        QCOMPARE(jobs[0].status, std::string("interrupted"));
        QCOMPARE(jobs[0].result_count, std::int64_t(1)); // the finished image was kept
        QCOMPARE(query_text(path, "SELECT status FROM ocr_jobs"), std::string("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestStoreOcr)
#include "test_store_ocr.moc"
