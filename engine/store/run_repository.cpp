// Store methods for AutoML runs. A run row is written when the search starts (status "running", owned by this
// process) and updated when it ends; candidates arrive in between (candidate_repository.cpp).
#include "engine/core/error.h"
#include "engine/store/connection.h"
#include "engine/store/interrupted.h"
#include "engine/store/retired_ids.h"
#include "engine/store/store.h"

#include <fmt/format.h>

namespace tern::store {

namespace {

constexpr const char* run_columns = R"sql(
    SELECT id, dataset_id, dataset_path, target, task, metric, metric_expr, seed, budget_s, spec_json, status,
           started_at, finished_at, elapsed_s, best_candidate, machine_json, versions_json, report_json, error,
           owner_host, owner_pid, owner_started,
           (SELECT count(*) FROM candidates WHERE candidates.run_id = runs.id),
           (SELECT family FROM candidates AS c WHERE c.run_id = runs.id AND c.ordinal = runs.best_candidate),
           (SELECT score FROM candidates AS c WHERE c.run_id = runs.id AND c.ordinal = runs.best_candidate)
    FROM runs )sql";

// `owner` is set for a "running" row; the caller settles it once the query has finished (it holds a snapshot).
RunRecord read_run(const Statement& row, ProcessIdentity& owner)
{
    RunRecord run;
    run.id = row.int64(0);
    run.dataset_id = row.optional_int64(1);
    run.dataset_path = row.text(2);
    run.target = row.text(3);
    run.task = row.text(4);
    run.metric = row.text(5);
    run.metric_expr = row.text(6);
    run.seed = row.int64(7);
    run.budget_s = row.real(8);
    run.spec = row.json(9, nlohmann::json::object());
    run.status = row.text(10);
    run.started_at = row.text(11);
    run.finished_at = row.text(12);
    run.elapsed_s = row.optional_real(13).value_or(0.0);
    run.best_candidate = row.optional_int64(14);
    run.machine = row.json(15);
    run.versions = row.json(16);
    run.report = row.json(17);
    run.error = row.text(18);
    run.candidate_count = row.int64(22);
    run.best_family = row.text(23);
    run.best_score = row.optional_real(24);
    owner = ProcessIdentity{row.text(19), row.optional_int64(20).value_or(0), row.text(21)};
    return run;
}

// A killed run never wrote its elapsed time: it is the run's time at its last finished candidate (each records it,
// counting earlier sessions of a resumed run), else the time from its start to that candidate.
void settle_elapsed(Connection& connection, bool writable, RunRecord& run)
{
    Statement last = connection.prepare(
        "SELECT max(json_extract(details_json, '$.run_elapsed_s')), "
        "       (julianday(max(finished_at)) - julianday(?2)) * 86400.0 FROM candidates WHERE run_id = ?1");
    last.bind_all(run.id, run.started_at);
    if (!last.step())
        return;
    const std::optional<double> at_last = last.optional_real(0) ? last.optional_real(0) : last.optional_real(1);
    if (!at_last || *at_last <= run.elapsed_s)
        return;
    run.elapsed_s = *at_last;
    if (!writable)
        return;
    try {
        Transaction transaction(connection);
        connection.prepare("UPDATE runs SET elapsed_s = ?2 WHERE id = ?1 AND (elapsed_s IS NULL OR elapsed_s < ?2)")
            .bind_all(run.id, run.elapsed_s)
            .run();
        transaction.commit();
    } catch (const WorkError&) {
        // Another writer holds the lock: the record read still has the time.
    }
}

void settle(Connection& connection, bool writable, RunRecord& run, const ProcessIdentity& owner)
{
    if (run.status == "running" && settle_if_orphaned(connection, writable, OwnedTable::runs, run.id, owner)) {
        run.status = "interrupted";
        settle_elapsed(connection, writable, run);
    }
}

} // namespace

std::int64_t Store::create_run(RunRecord& run)
{
    Connection& db = *m_connection;
    run.status = "running";
    if (run.started_at.empty())
        run.started_at = now_utc_iso8601();
    const ProcessIdentity owner = current_process();
    Transaction transaction(db);
    Statement insert = db.prepare(R"sql(
        INSERT INTO runs (id, dataset_id, dataset_path, target, task, metric, metric_expr, seed, budget_s, spec_json,
                          status, started_at, machine_json, versions_json, report_json,
                          owner_host, owner_pid, owner_started)
        VALUES (?18, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17))sql");
    insert.bind_all(run.dataset_id, run.dataset_path, run.target, run.task, run.metric, run.metric_expr, run.seed,
                    run.budget_s, run.spec.is_null() ? nlohmann::json::object() : run.spec, run.status, run.started_at,
                    run.machine, run.versions, run.report, owner.host, owner.pid, owner.started);
    insert.bind_text_or_null(3, run.target).bind_text_or_null(6, run.metric_expr);
    insert.bind(18, next_id(db, "runs"));
    insert.run();
    run.id = db.last_insert_rowid();
    transaction.commit();
    return run.id;
}

void Store::abandon_run(std::int64_t run_id)
{
    abandon_row(m_path, OwnedTable::runs, run_id);
}

void Store::update_run(const RunRecord& run)
{
    Connection& db = *m_connection;
    // Whoever updates a run owns it from now on: this is how `tern-cli resume` claims an interrupted run.
    const ProcessIdentity owner = current_process();
    Transaction transaction(db);
    // Two `tern-cli resume` of one interrupted run both read it as interrupted; the first to write owns it, and the
    // second must stop here rather than search beside it and fail later on a candidate ordinal the first took.
    {
        Statement current = db.prepare("SELECT status, owner_host, owner_pid, owner_started FROM runs WHERE id = ?1");
        current.bind(1, run.id);
        if (current.step() && current.text(0) == "running") {
            const ProcessIdentity holder{current.text(1), current.optional_int64(2).value_or(0), current.text(3)};
            const bool self = holder.host == owner.host && holder.pid == owner.pid && holder.started == owner.started;
            if (!self && !owner_gone(holder))
                throw InputError(fmt::format("run {} is running in another process (pid {} on {})", run.id,
                                             holder.pid, holder.host));
        }
    }
    Statement update = db.prepare(R"sql(
        UPDATE runs SET status = ?2, finished_at = ?3, elapsed_s = ?4, best_candidate = ?5, report_json = ?6,
                        error = ?7, spec_json = ?8, machine_json = ?9, versions_json = ?10,
                        owner_host = ?11, owner_pid = ?12, owner_started = ?13, budget_s = ?14
        WHERE id = ?1)sql");
    update.bind_all(run.id, run.status, run.finished_at, run.elapsed_s, run.best_candidate, run.report, run.error,
                    run.spec.is_null() ? nlohmann::json::object() : run.spec, run.machine, run.versions, owner.host,
                    owner.pid, owner.started, run.budget_s);
    update.bind_text_or_null(3, run.finished_at).bind_text_or_null(7, run.error);
    update.run();
    if (db.changes() == 0)
        throw InputError(fmt::format("no run {}", run.id));
    transaction.commit();
}

std::vector<RunRecord> Store::list_runs() const
{
    Connection& db = *m_connection;
    std::vector<RunRecord> runs;
    std::vector<ProcessIdentity> owners;
    {
        Statement query = db.prepare(std::string(run_columns) + "ORDER BY started_at DESC, id DESC");
        while (query.step())
            runs.push_back(read_run(query, owners.emplace_back()));
    }
    for (std::size_t i = 0; i < runs.size(); ++i)
        settle(db, m_mode == OpenMode::read_write, runs[i], owners[i]);
    return runs;
}

std::optional<std::string> Store::last_target(const std::string& dataset_path) const
{
    Statement query = m_connection->prepare("SELECT target FROM runs WHERE dataset_path = ?1 ORDER BY id DESC LIMIT 1");
    query.bind(1, dataset_path);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

RunRecord Store::load_run(std::int64_t run_id) const
{
    Connection& db = *m_connection;
    RunRecord run;
    ProcessIdentity owner;
    {
        Statement query = db.prepare(std::string(run_columns) + "WHERE id = ?1");
        query.bind(1, run_id);
        if (!query.step())
            throw InputError(fmt::format("no run {}", run_id));
        run = read_run(query, owner);
    }
    settle(db, m_mode == OpenMode::read_write, run, owner);
    return run;
}

void Store::delete_run(std::int64_t run_id)
{
    // Its owner would go on adding candidates to a run that is gone, and fail at its next write.
    if (load_run(run_id).status == "running")
        throw InputError(fmt::format("run {} is still running; cancel it before deleting it", run_id));
    Connection& db = *m_connection;
    Transaction transaction(db);
    db.prepare("DELETE FROM runs WHERE id = ?1").bind(1, run_id).run();
    if (db.changes() == 0)
        throw InputError(fmt::format("no run {}", run_id));
    retire_id(db, "runs", run_id);
    transaction.commit();
}

bool Store::compact_if_mostly_free()
{
    Connection& db = *m_connection;
    bool mostly_free = false, writing = false;
    {
        Statement pages = db.prepare("SELECT freelist_count, page_count FROM pragma_freelist_count, pragma_page_count");
        mostly_free = pages.step() && pages.int64(0) * 2 > pages.int64(1);
        // VACUUM holds the write lock while it copies the file: a run or OCR job writing now would wait, and fail
        // after the busy timeout. Their pages come back at a later delete.
        Statement running = db.prepare("SELECT (SELECT count(*) FROM runs WHERE status = 'running') + "
                                       "(SELECT count(*) FROM ocr_jobs WHERE status = 'running')");
        writing = running.step() && running.int64(0) > 0;
    }
    if (!mostly_free || writing)
        return false;
    try {
        db.exec("VACUUM");
        // VACUUM writes the new file into the WAL: the main file shrinks only at a checkpoint, which a reader left
        // open would otherwise put off until every connection closes.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const WorkError&) {
        return false; // another writer holds the file: a later delete gives the pages back
    }
    return true;
}

} // namespace tern::store
