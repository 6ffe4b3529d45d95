// The run store: Tern's one SQLite database of datasets, AutoML runs (candidates, metrics, artifacts) and OCR jobs.
// The search, the OCR pipeline, tern-cli and the GUI all persist through this class; nothing outside engine/store
// writes SQL. One Store = one SQLite connection, used from one thread at a time; the GUI opens its own read_only
// Store for reading while the engine thread writes (WAL mode lets the reader see every committed transaction).
//
// Errors: a file that is not a Tern database, a schema newer than this build, or a missing run/job -> InputError;
// a database locked by another writer for longer than the busy timeout, a full disk, a constraint violation ->
// WorkError (Locked for the first). Every write is one transaction: a crash leaves the database as it was before that
// write.
#pragma once

#include "engine/core/error.h"
#include "engine/store/content_hash.h"
#include "engine/store/records.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tern::store {

class Connection;

enum class OpenMode {
    read_write, // creates the folders and the file if needed, migrates the schema to the latest version
    read_only,  // the file must exist at the latest schema version; nothing is ever written
};

inline constexpr std::chrono::milliseconds default_busy_timeout{5000};

// Another connection held the write lock past the busy timeout. Nothing of the write happened, so the same write
// may be tried again once the other writer is done.
class Locked : public WorkError {
  public:
    using WorkError::WorkError;
};

class Store {
  public:
    // Opens (and for read_write creates and migrates) the database at `path`. A file that is not a Tern database
    // is refused and never modified.
    static Store open(const std::string& path, OpenMode mode = OpenMode::read_write,
                      std::chrono::milliseconds busy_timeout = default_busy_timeout);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::string& path() const noexcept { return m_path; }
    OpenMode mode() const noexcept { return m_mode; }
    // Why the file at path() is no longer the one this store writes (removed, or replaced by another), if it is not:
    // SQLite goes on writing to the open file, and all of it is lost when the store closes. Every write checks it
    // and fails with WorkError then.
    std::optional<std::string> file_gone() const;
    // How long a write waits for another connection's lock before it fails with Locked.
    std::chrono::milliseconds busy_timeout() const;
    void set_busy_timeout(std::chrono::milliseconds timeout);
    int schema_version() const;
    // Changes whenever ANOTHER connection commits (PRAGMA data_version): a reader polls it cheaply and re-reads
    // only when it moved. This connection's own writes do not change it.
    std::int64_t data_version() const;

    // --- datasets (dataset_repository.cpp) ---
    // Inserts, or updates the row with the same (path, content_hash); returns its id.
    std::int64_t register_dataset(const DatasetRecord& dataset);
    std::vector<DatasetRecord> datasets() const; // newest first

    // --- runs (run_repository.cpp) ---
    // Inserts the run with status "running", owned by this process; sets run.id, run.status and (if empty)
    // run.started_at. Returns the id.
    std::int64_t create_run(RunRecord& run);
    // Writes status, finished_at, elapsed_s, best_candidate, report, error, spec (all by run.id). Setting status
    // "running" (e.g. `tern-cli resume`) makes this process the owner again. InputError while the run is "running"
    // under another live process.
    void update_run(const RunRecord& run);
    // This process stopped working on the run without being able to record it (the database stayed locked): the
    // run reads as interrupted from now on in this process too, as it does to others once the process is gone.
    void abandon_run(std::int64_t run_id);
    // Newest first. A "running" run whose owner process is gone is reported as "interrupted" (and, in read_write
    // mode, recorded so). candidate_count is filled.
    std::vector<RunRecord> list_runs() const;
    RunRecord load_run(std::int64_t run_id) const; // InputError "no run N"
    // The target of the newest run on `dataset_path` (as the run recorded it), if any: what a form opening that file
    // again preselects.
    std::optional<std::string> last_target(const std::string& dataset_path) const;
    // With its candidates, metrics and artifacts. InputError for an unknown run, or one still running under a live
    // process (an interrupted one can be deleted).
    void delete_run(std::int64_t run_id);
    // Deleted rows leave free pages inside the file until a VACUUM. When they are more than half of it (a deleted
    // run's models and predictions are most of a store), rewrites the file without them; returns whether it did.
    // It copies what is left, so a GUI calls it off its event thread.
    bool compact_if_mostly_free();

    // --- candidates and artifacts (candidate_repository.cpp) ---
    // One transaction: the candidate row, its cv/test metric rows and its artifacts. candidate.run_id must name an
    // existing run; candidate.ordinal 0 means "the next ordinal of this run". Sets candidate.id (and ordinal).
    void add_candidate(CandidateRecord& candidate, const std::vector<ArtifactRecord>& artifacts = {});
    std::vector<CandidateRecord> load_candidates(std::int64_t run_id) const; // by ordinal
    // The newest artifact of that kind and precision ("" = no precision) of candidate `ordinal`; ordinal 0 means
    // a run-level artifact (not tied to a candidate).
    std::optional<ArtifactRecord> load_artifact(std::int64_t run_id, std::int64_t ordinal, const std::string& kind,
                                                const std::string& precision = "") const;
    // Every artifact of a candidate (ordinal 0: the run-level ones), oldest first; blobs only if with_data.
    std::vector<ArtifactRecord> list_artifacts(std::int64_t run_id, std::int64_t ordinal, bool with_data = false) const;
    // Adds a later artifact (a precision variant, an export); sets nothing in `artifact`, returns its id.
    std::int64_t add_artifact(std::int64_t run_id, std::int64_t ordinal, const ArtifactRecord& artifact);
    // Sets the given top-level keys of a candidate's details and keeps the others: another process may have added
    // one meanwhile (an importance computed from the leaderboard while the run was still going).
    void update_candidate_details(std::int64_t run_id, std::int64_t ordinal, const nlohmann::json& details);
    // Test-file results computed after the candidate was committed (its refit on all training rows): the
    // test_score column and the "test" metric rows are replaced, in one transaction.
    void update_candidate_test(std::int64_t run_id, std::int64_t ordinal, std::optional<double> test_score,
                               const nlohmann::json& test_metrics);

    // --- OCR (ocr_repository.cpp) ---
    std::int64_t create_ocr_job(OcrJobRecord& job);       // status "running", owned by this process; sets job.id
    void add_ocr_result(OcrResultRecord& result);         // one transaction; sets result.id
    void update_ocr_job(const OcrJobRecord& job);         // status, finished_at, image_count, error
    void abandon_ocr_job(std::int64_t job_id);            // as abandon_run: reads as interrupted in this process too
    std::vector<OcrJobRecord> list_ocr_jobs() const;      // newest first; orphaned "running" jobs show "interrupted"
    OcrJobRecord load_ocr_job(std::int64_t job_id) const; // InputError "no OCR job N"
    std::vector<OcrResultRecord> load_ocr_results(std::int64_t job_id) const; // in insertion order
    // With its results. InputError for an unknown job, or one still running under a live process.
    void delete_ocr_job(std::int64_t job_id);

  private:
    Store(std::string path, OpenMode mode, std::unique_ptr<Connection> connection);
    void migrate();
    std::int64_t candidate_id(std::int64_t run_id, std::int64_t ordinal) const; // InputError if absent

    std::string m_path;
    OpenMode m_mode;
    std::unique_ptr<Connection> m_connection;
};

// "2026-11-28T18:09:06.123Z": sortable as text.
std::string now_utc_iso8601();

} // namespace tern::store
