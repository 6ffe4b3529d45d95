// Store methods for OCR jobs: a job row when the batch starts (status "running", owned by this process), one
// result row per image as it is read (each its own transaction, so a crash keeps every finished image), and a
// final update of the job.
#include "engine/core/error.h"
#include "engine/store/connection.h"
#include "engine/store/interrupted.h"
#include "engine/store/retired_ids.h"
#include "engine/store/store.h"

#include <fmt/format.h>

namespace tern::store {

namespace {

constexpr const char* job_columns = R"sql(
    SELECT id, status, sources_json, options_json, image_count, started_at, finished_at, error,
           owner_host, owner_pid, owner_started,
           (SELECT count(*) FROM ocr_results WHERE ocr_results.job_id = ocr_jobs.id)
    FROM ocr_jobs )sql";

OcrJobRecord read_job(const Statement& row, ProcessIdentity& owner)
{
    OcrJobRecord job;
    job.id = row.int64(0);
    job.status = row.text(1);
    job.sources = row.json(2, nlohmann::json::array());
    job.options = row.json(3, nlohmann::json::object());
    job.image_count = row.int64(4);
    job.started_at = row.text(5);
    job.finished_at = row.text(6);
    job.error = row.text(7);
    owner = ProcessIdentity{row.text(8), row.optional_int64(9).value_or(0), row.text(10)};
    job.result_count = row.int64(11);
    return job;
}

void settle(Connection& connection, bool writable, OcrJobRecord& job, const ProcessIdentity& owner)
{
    if (job.status == "running" && settle_if_orphaned(connection, writable, OwnedTable::ocr_jobs, job.id, owner))
        job.status = "interrupted";
}

} // namespace

std::int64_t Store::create_ocr_job(OcrJobRecord& job)
{
    Connection& db = *m_connection;
    job.status = "running";
    if (job.started_at.empty())
        job.started_at = now_utc_iso8601();
    const ProcessIdentity owner = current_process();
    Transaction transaction(db);
    db.prepare(R"sql(
        INSERT INTO ocr_jobs (id, status, sources_json, options_json, image_count, started_at,
                              owner_host, owner_pid, owner_started)
        VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql")
        .bind_all(job.status, job.sources.is_null() ? nlohmann::json::array() : job.sources, job.options,
                  job.image_count, job.started_at, owner.host, owner.pid, owner.started, next_id(db, "ocr_jobs"))
        .run();
    job.id = db.last_insert_rowid();
    transaction.commit();
    return job.id;
}

void Store::add_ocr_result(OcrResultRecord& result)
{
    Connection& db = *m_connection;
    Transaction transaction(db);
    Statement insert = db.prepare(R"sql(
        INSERT INTO ocr_results (job_id, file, status, error, text, orientation, mean_conf, words_json,
                                 attributes_json, ms, width, height, regions_json)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
    insert.bind_all(result.job_id, result.file, result.status, result.error, result.text, result.orientation,
                    result.mean_conf, result.words, result.attributes, result.ms, result.width, result.height,
                    result.regions);
    insert.bind_text_or_null(4, result.error);
    try {
        insert.run();
    } catch (const WorkError&) {
        Statement job = db.prepare("SELECT 1 FROM ocr_jobs WHERE id = ?1");
        if (!job.bind(1, result.job_id).step())
            throw InputError(fmt::format("no OCR job {}", result.job_id));
        throw;
    }
    result.id = db.last_insert_rowid();
    transaction.commit();
}

void Store::abandon_ocr_job(std::int64_t job_id)
{
    abandon_row(m_path, OwnedTable::ocr_jobs, job_id);
}

void Store::update_ocr_job(const OcrJobRecord& job)
{
    Connection& db = *m_connection;
    const ProcessIdentity owner = current_process();
    Transaction transaction(db);
    db.prepare(R"sql(
        UPDATE ocr_jobs SET status = ?2, finished_at = ?3, image_count = ?4, error = ?5, options_json = ?6,
                            owner_host = ?7, owner_pid = ?8, owner_started = ?9
        WHERE id = ?1)sql")
        .bind_all(job.id, job.status, job.finished_at, job.image_count, job.error, job.options, owner.host, owner.pid,
                  owner.started)
        .bind_text_or_null(3, job.finished_at)
        .bind_text_or_null(5, job.error)
        .run();
    if (db.changes() == 0)
        throw InputError(fmt::format("no OCR job {}", job.id));
    transaction.commit();
}

std::vector<OcrJobRecord> Store::list_ocr_jobs() const
{
    Connection& db = *m_connection;
    std::vector<OcrJobRecord> jobs;
    std::vector<ProcessIdentity> owners;
    {
        Statement query = db.prepare(std::string(job_columns) + "ORDER BY started_at DESC, id DESC");
        while (query.step())
            jobs.push_back(read_job(query, owners.emplace_back()));
    }
    for (std::size_t i = 0; i < jobs.size(); ++i)
        settle(db, m_mode == OpenMode::read_write, jobs[i], owners[i]);
    return jobs;
}

OcrJobRecord Store::load_ocr_job(std::int64_t job_id) const
{
    Connection& db = *m_connection;
    OcrJobRecord job;
    ProcessIdentity owner;
    {
        Statement query = db.prepare(std::string(job_columns) + "WHERE id = ?1");
        if (!query.bind(1, job_id).step())
            throw InputError(fmt::format("no OCR job {}", job_id));
        job = read_job(query, owner);
    }
    settle(db, m_mode == OpenMode::read_write, job, owner);
    return job;
}

void Store::delete_ocr_job(std::int64_t job_id)
{
    // Its worker would go on adding results to a job that is gone.
    if (load_ocr_job(job_id).status == "running")
        throw InputError(fmt::format("OCR job {} is still running; cancel it before deleting it", job_id));
    Connection& db = *m_connection;
    Transaction transaction(db);
    db.prepare("DELETE FROM ocr_jobs WHERE id = ?1").bind(1, job_id).run(); // its results go with it (cascade)
    retire_id(db, "ocr_jobs", job_id); // never given again, as a deleted run's id is not
    transaction.commit();
}

std::vector<OcrResultRecord> Store::load_ocr_results(std::int64_t job_id) const
{
    // A store opened read-only may predate schema 4, whose columns it then lacks.
    const bool sized = schema_version() >= 4;
    Statement query = m_connection->prepare(fmt::format(R"sql(
        SELECT id, file, status, error, text, orientation, mean_conf, words_json, attributes_json, ms, {}
        FROM ocr_results WHERE job_id = ?1 ORDER BY id)sql",
                                                        sized ? "width, height, regions_json" : "0, 0, NULL"));
    query.bind(1, job_id);
    std::vector<OcrResultRecord> results;
    while (query.step()) {
        OcrResultRecord& r = results.emplace_back();
        r.id = query.int64(0);
        r.job_id = job_id;
        r.file = query.text(1);
        r.status = query.text(2);
        r.error = query.text(3);
        r.text = query.text(4);
        r.orientation = query.text(5);
        r.mean_conf = query.optional_real(6).value_or(0.0);
        r.words = query.json(7, nlohmann::json::array());
        r.attributes = query.json(8, nlohmann::json::object());
        r.ms = query.optional_real(9).value_or(0.0);
        r.width = static_cast<int>(query.int64(10));
        r.height = static_cast<int>(query.int64(11));
        r.regions = query.json(12, nlohmann::json::array());
    }
    return results;
}

} // namespace tern::store
