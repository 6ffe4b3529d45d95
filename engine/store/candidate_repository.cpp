// Store methods for candidates, their metrics and artifacts. A finished candidate is written in ONE transaction
// (row, cv/test metrics, artifacts): a crash never leaves a candidate without its model or metrics.
#include "engine/core/error.h"
#include "engine/store/connection.h"
#include "engine/store/store.h"

#include <cmath>
#include <fmt/format.h>
#include <map>

namespace tern::store {

namespace {

std::int64_t insert_artifact(Connection& db, std::int64_t run_id, std::optional<std::int64_t> candidate_id,
                             const ArtifactRecord& artifact)
{
    if (artifact.kind.empty())
        throw InputError(fmt::format("run {}: an artifact needs a kind", run_id));
    Statement insert = db.prepare(R"sql(
        INSERT INTO artifacts (run_id, candidate_id, kind, precision, meta_json, data, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    insert.bind_all(run_id, candidate_id, artifact.kind, artifact.precision, artifact.meta,
                    std::span<const std::uint8_t>(artifact.data),
                    artifact.created_at.empty() ? now_utc_iso8601() : artifact.created_at);
    insert.bind_text_or_null(4, artifact.precision);
    insert.run();
    return db.last_insert_rowid();
}

void insert_metrics(Connection& db, std::int64_t candidate_id, const char* split, const nlohmann::json& metrics)
{
    if (!metrics.is_object())
        return;
    Statement insert = db.prepare("INSERT INTO candidate_metrics (candidate_id, split, name, value) "
                                  "VALUES (?1, ?2, ?3, ?4)");
    for (const auto& [name, value] : metrics.items()) {
        insert.reset();
        insert.bind_all(candidate_id, split, name);
        // A metric that could not be computed (or NaN) is stored as NULL and read back as JSON null.
        if (value.is_number() && std::isfinite(value.get<double>()))
            insert.bind(4, value.get<double>());
        else
            insert.bind(4, nullptr);
        insert.run();
    }
}

ArtifactRecord read_artifact(const Statement& row)
{
    // Columns: id, kind, precision, meta_json, data (or NULL), length(data), created_at.
    ArtifactRecord artifact;
    artifact.id = row.int64(0);
    artifact.kind = row.text(1);
    artifact.precision = row.text(2);
    artifact.meta = row.json(3);
    artifact.data = row.blob(4);
    artifact.size_bytes = row.optional_int64(5).value_or(0);
    artifact.created_at = row.text(6);
    return artifact;
}

} // namespace

std::int64_t Store::candidate_id(std::int64_t run_id, std::int64_t ordinal) const
{
    Statement query = m_connection->prepare("SELECT id FROM candidates WHERE run_id = ?1 AND ordinal = ?2");
    query.bind_all(run_id, ordinal);
    if (!query.step())
        throw InputError(fmt::format("run {} has no candidate {}", run_id, ordinal));
    return query.int64(0);
}

void Store::add_candidate(CandidateRecord& candidate, const std::vector<ArtifactRecord>& artifacts)
{
    Connection& db = *m_connection;
    Transaction transaction(db);
    std::int64_t ordinal = candidate.ordinal;
    if (ordinal == 0) {
        Statement next = db.prepare("SELECT IFNULL(MAX(ordinal), 0) + 1 FROM candidates WHERE run_id = ?1");
        next.bind(1, candidate.run_id).step();
        ordinal = next.int64(0);
    }
    const std::string finished_at = candidate.finished_at.empty() ? now_utc_iso8601() : candidate.finished_at;
    Statement insert = db.prepare(R"sql(
        INSERT INTO candidates (run_id, ordinal, family, params_json, status, error, score, score_std,
                                fold_scores_json, test_score, fit_s, latency_us_p50, latency_us_p99,
                                throughput_rows_s, size_bytes, details_json, finished_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17))sql");
    insert.bind_all(candidate.run_id, ordinal, candidate.family,
                    candidate.params.is_null() ? nlohmann::json::object() : candidate.params, candidate.status,
                    candidate.error, candidate.score, candidate.score_std, nlohmann::json(candidate.fold_scores),
                    candidate.test_score, candidate.fit_s, candidate.latency_us_p50, candidate.latency_us_p99,
                    candidate.throughput_rows_s, candidate.size_bytes, candidate.details, finished_at);
    insert.bind_text_or_null(6, candidate.error);
    try {
        insert.run();
    } catch (const WorkError&) {
        // The foreign key refused the row: say which run is missing rather than "FOREIGN KEY constraint failed".
        Statement run = db.prepare("SELECT 1 FROM runs WHERE id = ?1");
        if (!run.bind(1, candidate.run_id).step())
            throw InputError(fmt::format("no run {}", candidate.run_id));
        throw;
    }
    const std::int64_t id = db.last_insert_rowid();
    insert_metrics(db, id, "cv", candidate.cv_metrics);
    insert_metrics(db, id, "test", candidate.test_metrics);
    for (const ArtifactRecord& artifact : artifacts)
        insert_artifact(db, candidate.run_id, id, artifact);
    transaction.commit();
    candidate.id = id;
    candidate.ordinal = ordinal;
    candidate.finished_at = finished_at;
}

std::vector<CandidateRecord> Store::load_candidates(std::int64_t run_id) const
{
    Connection& db = *m_connection;
    Transaction snapshot(db, Transaction::Kind::deferred); // candidates and metrics from the same commit
    std::vector<CandidateRecord> candidates;
    std::map<std::int64_t, std::size_t> by_id;
    Statement query = db.prepare(R"sql(
        SELECT id, ordinal, family, params_json, status, error, score, score_std, fold_scores_json, test_score,
               fit_s, latency_us_p50, latency_us_p99, throughput_rows_s, size_bytes, details_json, finished_at
        FROM candidates WHERE run_id = ?1 ORDER BY ordinal)sql");
    query.bind(1, run_id);
    while (query.step()) {
        CandidateRecord& c = candidates.emplace_back();
        c.id = query.int64(0);
        c.run_id = run_id;
        c.ordinal = query.int64(1);
        c.family = query.text(2);
        c.params = query.json(3, nlohmann::json::object());
        c.status = query.text(4);
        c.error = query.text(5);
        c.score = query.optional_real(6);
        c.score_std = query.optional_real(7);
        for (const nlohmann::json& fold : query.json(8, nlohmann::json::array())) // JSON writes NaN as null
            c.fold_scores.push_back(fold.is_number() ? fold.get<double>() : std::nan(""));
        c.test_score = query.optional_real(9);
        c.fit_s = query.optional_real(10);
        c.latency_us_p50 = query.optional_real(11);
        c.latency_us_p99 = query.optional_real(12);
        c.throughput_rows_s = query.optional_real(13);
        c.size_bytes = query.optional_int64(14);
        c.details = query.json(15, nlohmann::json::object());
        c.finished_at = query.text(16);
        by_id[c.id] = candidates.size() - 1;
    }
    Statement metrics = db.prepare(R"sql(
        SELECT m.candidate_id, m.split, m.name, m.value FROM candidate_metrics m
        JOIN candidates c ON c.id = m.candidate_id WHERE c.run_id = ?1)sql");
    metrics.bind(1, run_id);
    while (metrics.step()) {
        CandidateRecord& c = candidates[by_id.at(metrics.int64(0))];
        nlohmann::json& target = metrics.text(1) == "test" ? c.test_metrics : c.cv_metrics;
        target[metrics.text(2)] = metrics.is_null(3) ? nlohmann::json(nullptr) : nlohmann::json(metrics.real(3));
    }
    return candidates;
}

std::optional<ArtifactRecord> Store::load_artifact(std::int64_t run_id, std::int64_t ordinal, const std::string& kind,
                                                   const std::string& precision) const
{
    const std::optional<std::int64_t> owner =
        ordinal == 0 ? std::nullopt : std::optional(candidate_id(run_id, ordinal));
    Statement query = m_connection->prepare(R"sql(
        SELECT id, kind, precision, meta_json, data, length(data), created_at FROM artifacts
        WHERE run_id = ?1 AND candidate_id IS ?2 AND kind = ?3 AND IFNULL(precision, '') = ?4
        ORDER BY id DESC LIMIT 1)sql");
    query.bind_all(run_id, owner, kind, precision);
    if (!query.step())
        return std::nullopt;
    return read_artifact(query);
}

std::vector<ArtifactRecord> Store::list_artifacts(std::int64_t run_id, std::int64_t ordinal, bool with_data) const
{
    const std::optional<std::int64_t> owner =
        ordinal == 0 ? std::nullopt : std::optional(candidate_id(run_id, ordinal));
    Statement query = m_connection->prepare(R"sql(
        SELECT id, kind, precision, meta_json, CASE WHEN ?3 THEN data END, length(data), created_at FROM artifacts
        WHERE run_id = ?1 AND candidate_id IS ?2 ORDER BY id)sql");
    query.bind_all(run_id, owner, with_data ? 1 : 0);
    std::vector<ArtifactRecord> artifacts;
    while (query.step())
        artifacts.push_back(read_artifact(query));
    return artifacts;
}

std::int64_t Store::add_artifact(std::int64_t run_id, std::int64_t ordinal, const ArtifactRecord& artifact)
{
    Transaction transaction(*m_connection);
    const std::optional<std::int64_t> owner =
        ordinal == 0 ? std::nullopt : std::optional(candidate_id(run_id, ordinal));
    const std::int64_t id = insert_artifact(*m_connection, run_id, owner, artifact);
    transaction.commit();
    return id;
}

void Store::update_candidate_details(std::int64_t run_id, std::int64_t ordinal, const nlohmann::json& details)
{
    Connection& db = *m_connection;
    Transaction transaction(db);  // immediate: nobody writes between the read and the write
    Statement read = db.prepare("SELECT details_json FROM candidates WHERE run_id = ?1 AND ordinal = ?2");
    if (!read.bind_all(run_id, ordinal).step())
        throw InputError(fmt::format("run {} has no candidate {}", run_id, ordinal));
    nlohmann::json merged = read.json(0, nlohmann::json::object());
    if (!merged.is_object())
        merged = nlohmann::json::object();
    if (details.is_object())
        for (const auto& [key, value] : details.items())
            merged[key] = value;
    db.prepare("UPDATE candidates SET details_json = ?3 WHERE run_id = ?1 AND ordinal = ?2")
        .bind_all(run_id, ordinal, merged)
        .run();
    transaction.commit();
}

void Store::update_candidate_test(std::int64_t run_id, std::int64_t ordinal, std::optional<double> test_score,
                                  const nlohmann::json& test_metrics)
{
    Connection& db = *m_connection;
    Transaction transaction(db);
    const std::int64_t id = candidate_id(run_id, ordinal);
    db.prepare("UPDATE candidates SET test_score = ?2 WHERE id = ?1").bind_all(id, test_score).run();
    db.prepare("DELETE FROM candidate_metrics WHERE candidate_id = ?1 AND split = 'test'").bind(1, id).run();
    insert_metrics(db, id, "test", test_metrics);
    transaction.commit();
}

} // namespace tern::store
