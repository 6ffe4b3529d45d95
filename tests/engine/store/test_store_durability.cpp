// Crash safety and concurrency of the run store: a writer killed in the middle of a transaction leaves only
// committed data, and a reader connection sees committed data while another connection is writing (WAL).
#include "engine/core/error.h"
#include "engine/store/store.h"
#include "store_test_support.h"

#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tern;
using namespace tern::store;
using namespace tern::store::testing;

class TestStoreDurability : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string dbPath(const char* name) { return m_dir.filePath(name).toStdString(); }

    static std::int64_t addRunWithCandidate(Store& store, unsigned seed)
    {
        RunRecord run = make_run();
        store.create_run(run);
        CandidateRecord c;
        c.run_id = run.id;
        c.family = "mlp";
        c.status = "ok";
        c.cv_metrics = {{"accuracy", 0.75}};
        store.add_candidate(c, {make_artifact("model", random_bytes(200 * 1024, seed))});
        return run.id;
    }

    // In a forked child: open a raw connection, begin a write transaction, write far more than the page cache
    // holds (so uncommitted pages spill into the WAL file), report 'w' and wait to be killed.
    [[noreturn]] static void writeAndWait(const std::string& path, std::int64_t run_id, int report)
    {
        prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive a failed test
        char outcome = 'e';
        try {
            Connection connection(path, Connection::Access::read_write, std::chrono::milliseconds(5000));
            connection.exec("PRAGMA cache_size = 8");
            Transaction transaction(connection);
            connection.prepare("UPDATE runs SET status = 'failed', error = 'never committed'").run();
            Statement candidate =
                connection.prepare("INSERT INTO candidates (run_id, ordinal, family, params_json, status, finished_at) "
                                   "VALUES (?1, ?2, 'uncommitted', '{}', 'ok', 'now')");
            Statement artifact = connection.prepare(
                "INSERT INTO artifacts (run_id, candidate_id, kind, data, created_at) VALUES (?1, ?2, 'model', ?3, "
                "'now')");
            const auto blob = random_bytes(64 * 1024, 99);
            for (int i = 0; i < 64; ++i) {
                candidate.reset();
                candidate.bind_all(run_id, 100 + i).run();
                artifact.reset();
                artifact.bind_all(run_id, connection.last_insert_rowid(), std::span<const std::uint8_t>(blob)).run();
            }
            outcome = 'w';
            (void)!write(report, &outcome, 1);
            for (;;)
                pause(); // SIGKILL arrives here: the transaction and the connection are still open
        } catch (...) {
        }
        (void)!write(report, &outcome, 1);
        _exit(1);
    }

  private slots:
    void writerKilledMidTransactionLeavesCommittedDataOnly()
    {
        const std::string path = dbPath("killed.db");
        std::int64_t run_id = 0;
        {
            Store store = Store::open(path);
            run_id = addRunWithCandidate(store, 1);
        }
        const auto committedModel = random_bytes(200 * 1024, 1);
        int channel[2];
        QCOMPARE(pipe(channel), 0);
        const pid_t child = fork();
        if (child == 0)
            writeAndWait(path, run_id, channel[1]);
        char outcome = 0;
        QCOMPARE(read(channel[0], &outcome, 1), ssize_t(1));
        QCOMPARE(outcome, 'w');
        std::error_code error;
        const auto walBytes = std::filesystem::file_size(path + "-wal", error);
        QCOMPARE(kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QVERIFY(!error && walBytes > 1024 * 1024); // uncommitted pages had reached the disk

        Store store = Store::open(path);
        const RunRecord run = store.load_run(run_id);
        QVERIFY(run.error.empty());
        QCOMPARE(run.candidate_count, std::int64_t(1));
        const auto candidates = store.load_candidates(run_id);
        QCOMPARE(candidates.size(), std::size_t(1));
        QCOMPARE(candidates[0].cv_metrics, nlohmann::json({{"accuracy", 0.75}}));
        QVERIFY(store.load_artifact(run_id, 1, "model")->data == committedModel);
        QCOMPARE(query_int(path, "SELECT count(*) FROM artifacts"), std::int64_t(1));
        QCOMPARE(query_text(path, "PRAGMA integrity_check"), std::string("ok"));
        addRunWithCandidate(store, 2); // and the database takes new writes
        QCOMPARE(store.list_runs().size(), std::size_t(2));
    }

    void readerSeesCommittedDataWhileAWriterWrites()
    {
        const std::string path = dbPath("concurrent.db");
        Store writer = Store::open(path);
        addRunWithCandidate(writer, 1);
        Store reader = Store::open(path, OpenMode::read_only, std::chrono::milliseconds(0));

        // Another connection is half-way through a candidate: the reader neither waits nor sees it.
        Connection engine(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
        {
            Transaction transaction(engine);
            engine
                .prepare("INSERT INTO runs (dataset_path, task, metric, seed, budget_s, spec_json, status, "
                         "started_at) VALUES ('b.csv', 'binary', 'accuracy', 0, 1, '{}', 'finished', "
                         "'2000-01-01T00:00:00.000Z')")
                .run();
            QCOMPARE(reader.list_runs().size(), std::size_t(1));
            transaction.commit();
        }
        QCOMPARE(reader.list_runs().size(), std::size_t(2));
        const std::int64_t seen = reader.data_version();
        QCOMPARE(reader.data_version(), seen); // nothing committed since

        // The reader holds a consistent snapshot while reading candidates; writes from the writer go through.
        addRunWithCandidate(writer, 2);
        QVERIFY(reader.data_version() != seen); // the GUI's cue to refresh
        const auto runs = reader.list_runs();
        QCOMPARE(runs.size(), std::size_t(3));
        QCOMPARE(reader.load_candidates(runs.front().id).size(), std::size_t(1));
        QVERIFY(reader.load_artifact(runs.front().id, 1, "model")->data == random_bytes(200 * 1024, 2));
    }
};

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "test_store_durability.moc"
