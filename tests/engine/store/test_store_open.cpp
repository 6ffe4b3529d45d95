// Opening the run store: creation, migration, and refusing (without touching) files that are not Tern databases.
#include "engine/core/error.h"
#include "engine/store/migrations.h"
#include "engine/store/store.h"
#include "store_test_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tern;
using namespace tern::store;
using namespace tern::store::testing;

class TestStoreOpen : public QObject {
    Q_OBJECT

    std::string pathIn(const QTemporaryDir& dir, const char* name) { return dir.filePath(name).toStdString(); }

    // A real database with enough rows and blob pages that a truncation cuts through data.
    void makeDatabase(const std::string& path)
    {
        Store store = Store::open(path);
        for (int r = 0; r < 3; ++r) {
            RunRecord run = make_run();
            store.create_run(run);
            CandidateRecord candidate;
            candidate.run_id = run.id;
            candidate.family = "mlp";
            candidate.status = "ok";
            store.add_candidate(candidate, {make_artifact("model", random_bytes(64 * 1024, r))});
        }
    }

    void expectRefused(const std::string& path, const std::string& message)
    {
        const FileSnapshot before = FileSnapshot::of(path);
        for (OpenMode mode : {OpenMode::read_write, OpenMode::read_only}) {
            try {
                Store::open(path, mode);
                QFAIL("open succeeded");
            } catch (const InputError& error) {
                QCOMPARE(std::string(error.what()), message);
            }
            QVERIFY(FileSnapshot::of(path) == before); // bytes, mtime and no new -wal/-shm beside it
        }
    }

  private slots:
    void freshOpenCreatesFoldersAndLatestSchema()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "a/b/tern.db");
        Store store = Store::open(path);
        QCOMPARE(store.schema_version(), latest_schema_version());
        QVERIFY(std::filesystem::exists(path));
        QCOMPARE(query_text(path, "PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(query_int(path, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                 "('datasets','runs','candidates','candidate_metrics','artifacts','ocr_jobs',"
                                 "'ocr_results')"),
                 std::int64_t(7));
        QVERIFY(store.list_runs().empty());
    }

    void reopenIsANoOp()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        makeDatabase(path);
        const FileSnapshot before = FileSnapshot::of(path);
        {
            Store store = Store::open(path);
            QCOMPARE(store.schema_version(), latest_schema_version());
            QCOMPARE(store.list_runs().size(), std::size_t(3));
        }
        QVERIFY(FileSnapshot::of(path).bytes == before.bytes);
    }

    void emptyFileAndEmptyDatabaseAreMigrated()
    {
        QTemporaryDir dir;
        const std::string zero = pathIn(dir, "zero.db");
        write_file(zero, {});
        QCOMPARE(Store::open(zero).schema_version(), latest_schema_version());

        // A SQLite file at user_version 0 with no tables, as an older build would have left it before migrating.
        const std::string empty = pathIn(dir, "empty.db");
        {
            Connection raw(empty, Connection::Access::read_write_create, std::chrono::milliseconds(1000));
            raw.exec("CREATE TABLE scratch (x); DROP TABLE scratch;");
        }
        QCOMPARE(query_int(empty, "PRAGMA user_version"), std::int64_t(0));
        Store store = Store::open(empty);
        QCOMPARE(store.schema_version(), latest_schema_version());
        RunRecord run;
        run.dataset_path = "x.csv";
        run.task = "regression";
        run.metric = "r2";
        QCOMPARE(store.create_run(run), std::int64_t(1));
    }

    void olderSchemaIsMigratedKeepingData()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "v1.db");
        {
            // What a build that knew only migration 1 left behind.
            Connection raw(path, Connection::Access::read_write_create, std::chrono::milliseconds(1000));
            raw.exec("PRAGMA journal_mode = WAL");
            raw.exec(migrations()[0].sql);
            raw.exec("PRAGMA user_version = 1");
            raw.exec("INSERT INTO runs (dataset_path, task, metric, seed, budget_s, spec_json, status, started_at) "
                     "VALUES ('old.csv', 'binary', 'accuracy', 7, 10, '{}', 'finished', '2026-01-01T00:00:00.000Z')");
        }
        Store store = Store::open(path);
        QCOMPARE(store.schema_version(), latest_schema_version());
        QVERIFY(latest_schema_version() >= 2);
        QCOMPARE(query_int(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'artifacts_by_run'"),
                 std::int64_t(1));
        const RunRecord run = store.load_run(1);
        QCOMPARE(run.dataset_path, std::string("old.csv"));
        QCOMPARE(run.seed, std::int64_t(7));
    }

    void readOnlyRefusesAnOlderSchema()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "v1.db");
        {
            Connection raw(path, Connection::Access::read_write_create, std::chrono::milliseconds(1000));
            raw.exec(migrations()[0].sql);
            raw.exec("PRAGMA user_version = 1");
        }
        const FileSnapshot before = FileSnapshot::of(path);
        QVERIFY_THROWS_EXCEPTION(InputError, Store::open(path, OpenMode::read_only));
        QVERIFY(FileSnapshot::of(path).bytes == before.bytes);
    }

    // A store of the previous schema (what the last build left) reads as it is: History and the other readers of a
    // store no writer has opened since must not go blank.
    void readOnlyReadsTheLastSchema()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "v2.db");
        {
            Connection raw(path, Connection::Access::read_write_create, std::chrono::milliseconds(1000));
            raw.exec("PRAGMA journal_mode = WAL");
            for (const Migration& m : migrations())
                if (m.version <= 2)
                    raw.exec(m.sql);
            raw.exec("PRAGMA user_version = 2");
            raw.exec("INSERT INTO runs (dataset_path, task, metric, seed, budget_s, spec_json, status, started_at) "
                     "VALUES ('old.csv', 'binary', 'accuracy', 7, 10, '{}', 'finished', '2026-01-01T00:00:00.000Z')");
        }
        {
            Connection raw(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
            raw.exec("INSERT INTO ocr_jobs (id, status, sources_json, started_at) "
                     "VALUES (1, 'finished', '[]', '2026-01-01T00:00:00.000Z')");
            raw.exec("INSERT INTO ocr_results (job_id, file, status, text) VALUES (1, 'a.png', 'ok', 'NET')");
        }
        const Store store = Store::open(path, OpenMode::read_only);
        QCOMPARE(store.list_runs().size(), std::size_t(1));
        QCOMPARE(store.list_ocr_jobs().size(), std::size_t(1));
        const auto results = store.load_ocr_results(1); // stored before the image size and regions were
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results[0].text, std::string("NET"));
        QCOMPARE(results[0].width, 0);
        QVERIFY(results[0].regions.empty());
        QCOMPARE(store.schema_version(), 2); // untouched: a reader never migrates
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        makeDatabase(path);
        {
            Connection raw(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
            raw.exec("PRAGMA user_version = 99");
        }
        expectRefused(path, path + ": written by a newer Tern (schema 99, this build knows " +
                                std::to_string(latest_schema_version()) + ")");
    }

    void notADatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("random bytes") << 0;
        QTest::newRow("truncated database") << 1;
        QTest::newRow("header only") << 2;
        QTest::newRow("another application's database") << 3;
    }
    void notADatabaseIsRefusedUntouched()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        std::string reason;
        if (kind == 0) {
            const auto bytes = random_bytes(10000, 7);
            write_file(path, std::vector<char>(bytes.begin(), bytes.end()));
            reason = "file is not a database";
        } else if (kind == 3) {
            Connection raw(path, Connection::Access::read_write_create, std::chrono::milliseconds(1000));
            raw.exec("CREATE TABLE contacts (name TEXT)");
            reason = "another application's SQLite database";
        } else {
            const std::string real = pathIn(dir, "real.db");
            makeDatabase(real);
            auto bytes = FileSnapshot::of(real).bytes;
            bytes.resize(kind == 1 ? bytes.size() / 2 : 4096);
            write_file(path, bytes);
            // What was a Tern database, cut short: damaged, not the wrong file.
            expectRefused(path, path + ": the database file is damaged (database disk image is malformed); restore "
                                       "it from a backup or choose another database");
            return;
        }
        expectRefused(path, path + ": not a Tern database (" + reason + ")");
    }

    void folderAndMissingFile()
    {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        QVERIFY_THROWS_EXCEPTION(InputError, Store::open(folder));
        QVERIFY_THROWS_EXCEPTION(InputError, Store::open("/dev/null"));
        const std::string file = pathIn(dir, "file");
        write_file(file, {'x'});
        QVERIFY_THROWS_EXCEPTION(InputError, Store::open(file + "/tern.db")); // its folder would be a file
        const std::string missing = pathIn(dir, "missing.db");
        try {
            Store::open(missing, OpenMode::read_only);
            QFAIL("read-only open created a database");
        } catch (const InputError& error) {
            QCOMPARE(std::string(error.what()), missing + ": no Tern database here (no such file)");
        }
        QVERIFY(!std::filesystem::exists(missing));
    }

    void readOnlyStoreNeverWrites()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        makeDatabase(path);
        const FileSnapshot before = FileSnapshot::of(path);
        {
            Store reader = Store::open(path, OpenMode::read_only);
            QCOMPARE(reader.list_runs().size(), std::size_t(3));
            RunRecord run = make_run();
            QVERIFY_THROWS_EXCEPTION(WorkError, reader.create_run(run));
        }
        QVERIFY(FileSnapshot::of(path).bytes == before.bytes);
    }

    // A store on a read-only filesystem is opened immutable (no lock, no -shm to create): it reads, whatever its
    // name holds, and a write says where the store is.
    void frozenConnectionReadsAndRefusesWrites()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "runs ?#%20.db");
        makeDatabase(path);
        const FileSnapshot before = FileSnapshot::of(path);
        Connection frozen(path, Connection::Access::frozen, std::chrono::milliseconds(50));
        QVERIFY(frozen.frozen());
        Statement count = frozen.prepare("SELECT COUNT(*) FROM runs");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), std::int64_t(3));
        try {
            frozen.exec("DELETE FROM runs");
            QFAIL("an immutable database took a write");
        } catch (const WorkError& error) {
            QVERIFY2(std::string(error.what()).find("on a read-only filesystem") != std::string::npos, error.what());
        }
        QVERIFY(FileSnapshot::of(path).bytes == before.bytes);
    }

    // A statement written over several lines used to be pasted whole into the error: a five-line "error:".
    void failedStatementGivesOneLineError()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        makeDatabase(path);
        Connection reader(path, Connection::Access::read_only, std::chrono::milliseconds(50));
        Statement insert = reader.prepare(R"sql(
            INSERT INTO datasets (path, content_hash, kind, rows, cols, schema_json, registered_at)
            VALUES ('t.csv', '00', 'table', 1, 1, '{}', 'now'))sql");
        try {
            insert.run();
            QFAIL("wrote through a read-only connection");
        } catch (const WorkError& error) {
            QCOMPARE(std::string(error.what()), path + ": the database is read-only; check the file's permissions (running INSERT INTO datasets)");
        }
    }

    void lockedDatabaseGivesOneLineError()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        makeDatabase(path);
        Connection other(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
        Transaction writing(other); // another process in the middle of a write holds the write lock
        other.exec("UPDATE runs SET error = 'x'");
        Store store = Store::open(path, OpenMode::read_write, std::chrono::milliseconds(50));
        QCOMPARE(store.list_runs().size(), std::size_t(3)); // WAL: reading still works
        RunRecord run = make_run();
        try {
            store.create_run(run);
            QFAIL("wrote through another writer's lock");
        } catch (const WorkError& error) {
            QCOMPARE(std::string(error.what()), path + ": the database is locked by another process (waited 50 ms)");
        }
    }

    // SQLite writes on into an open file that was removed (or replaced) by name, and all of it is lost at close:
    // the store notices, so that a run or an OCR job does not end in success with nothing kept.
    void aRemovedOrReplacedFileIsNoticed()
    {
        QTemporaryDir dir;
        const std::string path = pathIn(dir, "tern.db");
        Store store = Store::open(path);
        QVERIFY(!store.file_gone());
        QVERIFY(QFile::rename(QString::fromStdString(path), QString::fromStdString(path + ".moved")));
        QCOMPARE(store.file_gone().value_or(""), std::string("the database file was removed while it was in use"));
        makeDatabase(path);
        QCOMPARE(store.file_gone().value_or(""),
                 std::string("the database file was replaced by another while it was in use"));
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "test_store_open.moc"
