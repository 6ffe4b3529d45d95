// Runs, candidates, metrics and artifacts through the store: round trips, one transaction per candidate, and
// runs whose owner process died showing as interrupted (with the time to their last candidate as elapsed), and a run another live process claimed left to it.
#include "engine/core/error.h"
#include "engine/store/owner.h"
#include "engine/store/store.h"
#include "store_test_support.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sys/wait.h>
#include <unistd.h>

using namespace tern;
using namespace tern::store;
using namespace tern::store::testing;

class TestStoreRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string dbPath(const char* name) { return m_dir.filePath(name).toStdString(); }

    static CandidateRecord candidate(std::int64_t run_id, const std::string& family, const std::string& status)
    {
        CandidateRecord c;
        c.run_id = run_id;
        c.family = family;
        c.status = status;
        return c;
    }

  private slots:
    void datasetsAreUpsertedByPathAndContent()
    {
        Store store = Store::open(dbPath("datasets.db"));
        DatasetRecord dataset{.path = "/data/iris.csv",
                              .content_hash = "abc",
                              .kind = "table",
                              .rows = 150,
                              .cols = 5,
                              .schema = {{"columns", nlohmann::json::array()}},
                              .registered_at = {}};
        const std::int64_t first = store.register_dataset(dataset);
        dataset.rows = 151; // same bytes registered again: same row, refreshed facts
        QCOMPARE(store.register_dataset(dataset), first);
        dataset.content_hash = "def"; // the file changed: a new dataset row
        const std::int64_t second = store.register_dataset(dataset);
        QVERIFY(second != first);
        const auto all = store.datasets();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all.back().id, first);
        QCOMPARE(all.back().rows, std::int64_t(151));
        QCOMPARE(all.back().schema, dataset.schema);
        QVERIFY(!all.back().registered_at.empty());
    }

    // Opening a file again preselects the target of its newest run; another file's runs say nothing about it.
    void lastTargetIsTheNewestRunsOnThatFile()
    {
        Store store = Store::open(dbPath("targets.db"));
        QCOMPARE(store.last_target("/data/air.csv"), std::optional<std::string>());
        for (const char* target : {"Day", "Ozone"}) {
            RunRecord run = make_run("/data/air.csv");
            run.target = target;
            store.create_run(run);
        }
        RunRecord other = make_run("/data/iris.csv");
        other.target = "species";
        store.create_run(other);
        QCOMPARE(store.last_target("/data/air.csv"), std::optional<std::string>("Ozone"));
        QCOMPARE(store.last_target("/data/iris.csv"), std::optional<std::string>("species"));
    }

    void runRoundTripWithCandidatesMetricsAndArtifacts()
    {
        Store store = Store::open(dbPath("runs.db"));
        RunRecord run = make_run("/data/adult.csv");
        run.target = "income";
        run.seed = 42;
        run.budget_s = 30;
        run.spec = {{"folds", 5}, {"families", {"xgboost", "mlp"}}};
        run.machine = {{"cpu", "EPYC"}, {"cores", 2}};
        const std::int64_t id = store.create_run(run);
        QCOMPARE(run.status, std::string("running"));

        CandidateRecord ok = candidate(id, "xgboost", "ok");
        ok.params = {{"max_depth", 6}, {"eta", 0.3}};
        ok.score = 0.87;
        ok.score_std = 0.01;
        ok.test_score = 0.86;
        ok.fold_scores = {0.86, 0.88, std::nan("")};
        ok.fit_s = 1.5;
        ok.latency_us_p50 = 12.5;
        ok.size_bytes = 123456;
        ok.cv_metrics = {{"accuracy", 0.9}, {"roc_auc", 0.93}, {"log_loss", nullptr}};
        ok.test_metrics = {{"accuracy", 0.89}};
        const auto model = random_bytes(3 * 1024 * 1024 + 7, 1); // larger than a page, not a multiple of one
        const auto oof = random_bytes(1000, 2);
        store.add_candidate(
            ok, {make_artifact("model", model), make_artifact("oof_predictions", oof), make_artifact("empty", {})});
        QCOMPARE(ok.ordinal, std::int64_t(1));
        QVERIFY(ok.id > 0);
        CandidateRecord failed = candidate(id, "knn", "failed");
        failed.error = "out of memory";
        store.add_candidate(failed);
        QCOMPARE(failed.ordinal, std::int64_t(2));

        run.status = "finished";
        run.finished_at = now_utc_iso8601();
        run.elapsed_s = 29.5;
        run.best_candidate = 1;
        run.report = {{"rows_dropped", 3}};
        store.update_run(run);

        const RunRecord loaded = store.load_run(id);
        QCOMPARE(loaded.status, std::string("finished"));
        QCOMPARE(loaded.target, std::string("income"));
        QCOMPARE(loaded.seed, std::int64_t(42));
        QCOMPARE(loaded.spec, run.spec);
        QCOMPARE(loaded.machine, run.machine);
        QCOMPARE(loaded.report, run.report);
        QCOMPARE(loaded.best_candidate, std::optional<std::int64_t>(1));
        QCOMPARE(loaded.elapsed_s, 29.5);
        QCOMPARE(loaded.candidate_count, std::int64_t(2));
        QCOMPARE(loaded.best_family, ok.family); // the best's family and score come with the run, for History
        QCOMPARE(loaded.best_score, ok.score);
        QCOMPARE(store.list_runs().front().best_score, ok.score);
        QVERIFY(loaded.metric_expr.empty());

        const auto candidates = store.load_candidates(id);
        QCOMPARE(candidates.size(), std::size_t(2));
        const CandidateRecord& back = candidates[0];
        QCOMPARE(back.family, std::string("xgboost"));
        QCOMPARE(back.params, ok.params);
        QCOMPARE(back.score, ok.score);
        QCOMPARE(back.test_score, ok.test_score);
        QCOMPARE(back.fold_scores.size(), std::size_t(3));
        QVERIFY(std::isnan(back.fold_scores[2]));
        QCOMPARE(back.size_bytes, ok.size_bytes);
        QVERIFY(!back.latency_us_p99);
        QCOMPARE(back.cv_metrics, ok.cv_metrics);
        QCOMPARE(back.test_metrics, ok.test_metrics);
        QCOMPARE(candidates[1].error, std::string("out of memory"));
        QVERIFY(!candidates[1].score);

        const auto loadedModel = store.load_artifact(id, 1, "model");
        QVERIFY(loadedModel);
        QVERIFY(loadedModel->data == model);
        QCOMPARE(loadedModel->size_bytes, std::int64_t(model.size()));
        QVERIFY(store.load_artifact(id, 1, "oof_predictions")->data == oof);
        QVERIFY(store.load_artifact(id, 1, "empty")->data.empty());
        QVERIFY(!store.load_artifact(id, 1, "model", "int8"));
        QVERIFY(!store.load_artifact(id, 2, "model"));
        QVERIFY_THROWS_EXCEPTION(InputError, store.load_artifact(id, 9, "model"));
    }

    void variantsAndDetailsAddedLater()
    {
        Store store = Store::open(dbPath("variants.db"));
        RunRecord run = make_run();
        store.create_run(run);
        CandidateRecord c = candidate(run.id, "mlp", "ok");
        store.add_candidate(c, {make_artifact("model", random_bytes(100, 3), "fp32")});
        const auto int8 = random_bytes(40, 4);
        store.add_artifact(run.id, 1, make_artifact("model", int8, "int8"));
        store.add_artifact(run.id, 0, make_artifact("pipeline", random_bytes(10, 5))); // run-level
        store.update_candidate_details(run.id, 1, {{"variants", {{{"precision", "int8"}, {"score", 0.8}}}}});

        QVERIFY(store.load_artifact(run.id, 1, "model", "int8")->data == int8);
        QCOMPARE(store.load_artifact(run.id, 1, "model", "fp32")->precision, std::string("fp32"));
        QVERIFY(store.load_artifact(run.id, 0, "pipeline"));
        const auto listed = store.list_artifacts(run.id, 1);
        QCOMPARE(listed.size(), std::size_t(2));
        QVERIFY(listed[1].data.empty()); // metadata only unless asked
        QCOMPARE(listed[1].size_bytes, std::int64_t(40));
        QCOMPARE(store.load_candidates(run.id)[0].details["variants"][0]["precision"], nlohmann::json("int8"));
        QVERIFY_THROWS_EXCEPTION(InputError, store.update_candidate_details(run.id, 5, {}));

        // Another writer's key survives an update that does not name it; a key named again is replaced.
        store.update_candidate_details(run.id, 1, {{"importance", {{{"feature", "x"}, {"importance", 0.1}}}}});
        store.update_candidate_details(run.id, 1, {{"variants", nlohmann::json::array()}, {"test", {{"rows", 3}}}});
        const auto details = store.load_candidates(run.id)[0].details;
        QCOMPARE(details["importance"][0]["feature"], nlohmann::json("x"));
        QCOMPARE(details["variants"], nlohmann::json::array());
        QCOMPARE(details["test"]["rows"], nlohmann::json(3));
    }

    void failedWritesLeaveNothing()
    {
        const std::string path = dbPath("failed.db");
        Store store = Store::open(path);
        CandidateRecord orphan = candidate(999, "mlp", "ok"); // the foreign key refuses a missing run
        try {
            store.add_candidate(orphan, {make_artifact("model", random_bytes(10, 1))});
            QFAIL("candidate for a missing run was written");
        } catch (const InputError& error) {
            QCOMPARE(std::string(error.what()), std::string("no run 999"));
        }
        QCOMPARE(orphan.id, std::int64_t(0));

        // A failure after the candidate row (its second artifact is invalid) rolls back the row and its metrics.
        RunRecord run = make_run();
        store.create_run(run);
        CandidateRecord c = candidate(run.id, "mlp", "ok");
        c.cv_metrics = {{"accuracy", 0.5}};
        QVERIFY_THROWS_EXCEPTION(
            InputError, store.add_candidate(c, {make_artifact("model", random_bytes(10, 1)), make_artifact("", {})}));
        CandidateRecord bad_status = candidate(run.id, "mlp", "exploded"); // refused by the CHECK constraint
        QVERIFY_THROWS_EXCEPTION(WorkError, store.add_candidate(bad_status));
        QCOMPARE(query_int(path, "SELECT count(*) FROM candidates"), std::int64_t(0));
        QCOMPARE(query_int(path, "SELECT count(*) FROM candidate_metrics"), std::int64_t(0));
        QCOMPARE(query_int(path, "SELECT count(*) FROM artifacts"), std::int64_t(0));
        QVERIFY_THROWS_EXCEPTION(InputError, store.load_run(12345));
        RunRecord missing = make_run();
        missing.id = 777;
        QVERIFY_THROWS_EXCEPTION(InputError, store.update_run(missing));
    }

    void listIsNewestFirstAndDeleteCascades()
    {
        const std::string path = dbPath("list.db");
        Store store = Store::open(path);
        std::vector<std::int64_t> ids;
        for (int i = 0; i < 3; ++i) {
            RunRecord run = make_run();
            run.started_at = "2026-01-0" + std::to_string(3 - i) + "T00:00:00.000Z"; // inserted oldest last
            ids.push_back(store.create_run(run));
            CandidateRecord c = candidate(run.id, "mlp", "ok");
            c.cv_metrics = {{"accuracy", 0.5}};
            store.add_candidate(c, {make_artifact("model", random_bytes(10, i))});
        }
        const auto runs = store.list_runs();
        QCOMPARE(runs.size(), std::size_t(3));
        QCOMPARE(runs[0].id, ids[0]);
        QCOMPARE(runs[2].id, ids[2]);
        // A run still going (this live process owns them all) is refused; a finished one goes with all it holds.
        QVERIFY_THROWS_EXCEPTION(InputError, store.delete_run(ids[1]));
        RunRecord finished = store.load_run(ids[1]);
        finished.status = "finished";
        store.update_run(finished);
        store.delete_run(ids[1]);
        QCOMPARE(store.list_runs().size(), std::size_t(2));
        QCOMPARE(query_int(path, "SELECT count(*) FROM candidates"), std::int64_t(2));
        QCOMPARE(query_int(path, "SELECT count(*) FROM candidate_metrics"), std::int64_t(2));
        QCOMPARE(query_int(path, "SELECT count(*) FROM artifacts"), std::int64_t(2));
        QVERIFY_THROWS_EXCEPTION(InputError, store.delete_run(ids[1]));

        // A deleted id is never given again, not even the highest one: an export's card names its run by id.
        RunRecord last = store.load_run(ids[2]);
        last.status = "finished";
        store.update_run(last);
        store.delete_run(ids[2]);
        RunRecord next = make_run();
        QCOMPARE(store.create_run(next), ids[2] + 1);
    }

    // Deleting the run that holds most of the file gives its pages back instead of leaving them free inside it.
    void deletingMostOfTheFileShrinksIt()
    {
        const std::string path = dbPath("shrink.db");
        Store store = Store::open(path);
        RunRecord run = make_run();
        store.create_run(run);
        CandidateRecord c = candidate(run.id, "mlp", "ok");
        store.add_candidate(c, {make_artifact("model", random_bytes(4 << 20, 7))});
        run.status = "finished";
        store.update_run(run);
        const Store reader = Store::open(path, OpenMode::read_only); // as the GUI keeps one open
        QCOMPARE(reader.list_runs().size(), std::size_t(1));
        Store::open(path).list_runs(); // a checkpoint by another connection: the run's pages are in the main file
        const qint64 before = QFileInfo(QString::fromStdString(path)).size();
        QVERIFY(before > 4'000'000);
        store.delete_run(run.id);
        RunRecord live = make_run(); // a run being written: compacting would hold its writes up
        store.create_run(live);
        QVERIFY(!store.compact_if_mostly_free());
        live.status = "finished";
        store.update_run(live);
        QVERIFY(store.compact_if_mostly_free());
        const qint64 after = QFileInfo(QString::fromStdString(path)).size(),
                     wal = QFileInfo(QString::fromStdString(path + "-wal")).size();
        QVERIFY2(after * 4 < before && wal * 4 < before, qPrintable(QStringLiteral("file %1 B, WAL %2 B, before %3 B")
                                                                       .arg(after)
                                                                       .arg(wal)
                                                                       .arg(before)));
        QVERIFY(!store.compact_if_mostly_free()); // nothing left to give back
    }

    void runOfADeadProcessIsInterrupted()
    {
        const std::string path = dbPath("interrupted.db");
        Store::open(path); // create before forking: the child must not inherit an open connection
        int channel[2];
        QCOMPARE(pipe(channel), 0);
        const pid_t child = fork();
        if (child == 0) {
            std::int64_t id = -1;
            try {
                Store store = Store::open(path);
                RunRecord run = make_run();
                run.started_at = "2026-03-01T10:00:00.000Z";
                id = store.create_run(run);
                CandidateRecord c;
                c.run_id = id;
                c.family = "linear";
                c.status = "ok";
                c.finished_at = "2026-03-01T10:00:04.500Z";
                store.add_candidate(c);
            } catch (...) {
            }
            (void)!write(channel[1], &id, sizeof id);
            _exit(0); // dies without finishing the run
        }
        std::int64_t orphan = 0;
        QCOMPARE(read(channel[0], &orphan, sizeof orphan), ssize_t(sizeof orphan));
        QVERIFY(orphan > 0);
        // Exited but not yet reaped (a zombie, as after kill -9 until the parent waits): already gone.
        siginfo_t exited{};
        QCOMPARE(waitid(P_PID, static_cast<id_t>(child), &exited, WEXITED | WNOWAIT), 0);
        QCOMPARE(Store::open(path, OpenMode::read_only).load_run(orphan).status, std::string("interrupted"));
        // It never wrote its elapsed time: the time to its last finished candidate stands in.
        QVERIFY(std::abs(Store::open(path, OpenMode::read_only).load_run(orphan).elapsed_s - 4.5) < 0.01);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);

        Store store = Store::open(path);
        RunRecord mine = make_run();
        store.create_run(mine); // owned by this live process
        {
            Store reader = Store::open(path, OpenMode::read_only);
            QCOMPARE(reader.load_run(orphan).status, std::string("interrupted"));
            QCOMPARE(reader.load_run(mine.id).status, std::string("running"));
        }
        // The read-only reader reported it but did not record it; a read-write store records it.
        QCOMPARE(query_text(path, "SELECT status FROM runs WHERE id = " + std::to_string(orphan)),
                 std::string("running"));
        const auto runs = store.list_runs();
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(query_text(path, "SELECT status FROM runs WHERE id = " + std::to_string(orphan)),
                 std::string("interrupted"));
        QVERIFY(std::abs(store.load_run(orphan).elapsed_s - 4.5) < 0.01); // recorded by the read-write store
        QCOMPARE(store.load_run(mine.id).status, std::string("running"));

        // A live pid that now belongs to another process (pid reuse) counts as gone too.
        {
            Connection raw(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
            raw.prepare("UPDATE runs SET owner_started = 'another boot/1' WHERE id = ?1").bind(1, mine.id).run();
        }
        QCOMPARE(store.load_run(mine.id).status, std::string("interrupted"));

        // Resuming claims the run again.
        RunRecord resumed = store.load_run(orphan);
        resumed.status = "running";
        store.update_run(resumed);
        QCOMPARE(store.load_run(orphan).status, std::string("running"));
    }

    // Two resumes of one interrupted run both read it as interrupted: the second to claim it must be refused, not
    // search beside the first and fail later on a candidate ordinal the first took.
    void aRunAnotherLiveProcessClaimedIsNotTakenOver()
    {
        const std::string path = dbPath("claimed.db");
        Store store = Store::open(path);
        RunRecord run = make_run();
        store.create_run(run);
        run.status = "interrupted";
        store.update_run(run);
        RunRecord read_by_us = store.load_run(run.id);
        QCOMPARE(read_by_us.status, std::string("interrupted"));

        // Meanwhile a live process (our parent stands in for it) claims the run.
        const ProcessIdentity other = process_identity(getppid());
        QVERIFY(!other.started.empty());
        {
            Connection raw(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
            raw.prepare("UPDATE runs SET status = 'running', owner_host = ?2, owner_pid = ?3, owner_started = ?4 "
                        "WHERE id = ?1")
                .bind_all(run.id, other.host, other.pid, other.started)
                .run();
        }
        read_by_us.status = "running";
        try {
            store.update_run(read_by_us);
            QFAIL("took over a run another live process owns");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("is running in another process") != std::string::npos, e.what());
        }
        QCOMPARE(query_text(path, "SELECT owner_pid FROM runs WHERE id = " + std::to_string(run.id)),
                 std::to_string(other.pid));

        // Once that owner is gone (its pid names another process now), the run can be claimed.
        {
            Connection raw(path, Connection::Access::read_write, std::chrono::milliseconds(1000));
            raw.prepare("UPDATE runs SET owner_started = 'another boot/1' WHERE id = ?1").bind(1, run.id).run();
        }
        store.update_run(read_by_us);
        QCOMPARE(query_text(path, "SELECT owner_pid FROM runs WHERE id = " + std::to_string(run.id)),
                 std::to_string(getpid()));
    }
};

QTEST_GUILESS_MAIN(TestStoreRuns)
#include "test_store_runs.moc"
