#include "engine/store/migrations.h"

#include <array>

namespace tern::store {

namespace {

// Version 1: datasets, AutoML runs with their candidates, metrics and artifacts, OCR jobs with per-image results.
// Timestamps are ISO-8601 UTC text; structured details are JSON text so that later fields need no migration.
// owner_*: the process writing a "running" run or job (host, pid, start time), to tell a crashed one (see owner.h).
// application_id 'Tern' marks the file as Tern's, so that another program's SQLite file is never migrated.
constexpr std::string_view schema_v1 = R"sql(
PRAGMA application_id = 1415934574;

CREATE TABLE datasets (
    id            INTEGER PRIMARY KEY,
    path          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('table', 'images')),
    rows          INTEGER NOT NULL,
    cols          INTEGER NOT NULL,
    schema_json   TEXT    NOT NULL,
    registered_at TEXT    NOT NULL,
    UNIQUE (path, content_hash)
);

CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    dataset_id      INTEGER REFERENCES datasets(id),
    dataset_path    TEXT    NOT NULL,
    target          TEXT,
    task            TEXT    NOT NULL,
    metric          TEXT    NOT NULL,
    metric_expr     TEXT,
    seed            INTEGER NOT NULL,
    budget_s        REAL    NOT NULL,
    spec_json       TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'cancelled', 'failed')),
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    elapsed_s       REAL,
    best_candidate  INTEGER,
    machine_json    TEXT,
    versions_json   TEXT,
    report_json     TEXT,
    error           TEXT,
    owner_host      TEXT,
    owner_pid       INTEGER,
    owner_started   TEXT
);
CREATE INDEX runs_by_start ON runs(started_at);

CREATE TABLE candidates (
    id                INTEGER PRIMARY KEY,
    run_id            INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    family            TEXT    NOT NULL,
    params_json       TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('ok', 'failed', 'timeout', 'cancelled')),
    error             TEXT,
    score             REAL,
    score_std         REAL,
    fold_scores_json  TEXT,
    test_score        REAL,
    fit_s             REAL,
    latency_us_p50    REAL,
    latency_us_p99    REAL,
    throughput_rows_s REAL,
    size_bytes        INTEGER,
    details_json      TEXT,
    finished_at       TEXT    NOT NULL,
    UNIQUE (run_id, ordinal)
);

CREATE TABLE candidate_metrics (
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    split        TEXT    NOT NULL CHECK (split IN ('cv', 'test')),
    name         TEXT    NOT NULL,
    value        REAL,
    PRIMARY KEY (candidate_id, split, name)
);

-- Serialised models (with their preprocessing), out-of-fold predictions, precision variants, exports.
CREATE TABLE artifacts (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    candidate_id INTEGER REFERENCES candidates(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    precision    TEXT,
    meta_json    TEXT,
    data         BLOB,
    created_at   TEXT    NOT NULL
);
CREATE INDEX artifacts_by_candidate ON artifacts(candidate_id, kind);

CREATE TABLE ocr_jobs (
    id           INTEGER PRIMARY KEY,
    status       TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'cancelled', 'failed')),
    sources_json TEXT    NOT NULL,
    options_json TEXT,
    image_count  INTEGER NOT NULL DEFAULT 0,
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    error        TEXT,
    owner_host    TEXT,
    owner_pid     INTEGER,
    owner_started TEXT
);
CREATE INDEX ocr_jobs_by_start ON ocr_jobs(started_at);

CREATE TABLE ocr_results (
    id              INTEGER PRIMARY KEY,
    job_id          INTEGER NOT NULL REFERENCES ocr_jobs(id) ON DELETE CASCADE,
    file            TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
    error           TEXT,
    text            TEXT,
    orientation     TEXT,
    mean_conf       REAL,
    words_json      TEXT,
    attributes_json TEXT,
    ms              REAL
);
CREATE INDEX ocr_results_by_job ON ocr_results(job_id);
)sql";

// Version 2: deleting a run (ON DELETE CASCADE) and loading run-level artifacts look artifacts up by run.
constexpr std::string_view schema_v2 = R"sql(
CREATE INDEX IF NOT EXISTS artifacts_by_run ON artifacts(run_id);
)sql";

// Version 3: a deleted run's id is never given to a later run (an export's model card and a user's notes name runs
// by id). The highest id deleted per table; a new run takes one above it and above every id still there.
constexpr std::string_view schema_v3 = R"sql(
CREATE TABLE retired_ids (
    tbl    TEXT    PRIMARY KEY,
    max_id INTEGER NOT NULL
);
)sql";

// Version 4: an OCR job reopened (History, `ocr-jobs ID`) gives what `ocr` printed: the image's size and its text
// regions too, not only words. Older rows read 0, 0 and no region.
constexpr std::string_view schema_v4 = R"sql(
ALTER TABLE ocr_results ADD COLUMN width INTEGER;
ALTER TABLE ocr_results ADD COLUMN height INTEGER;
ALTER TABLE ocr_results ADD COLUMN regions_json TEXT;
)sql";

constexpr std::array<Migration, 4> all_migrations{
    {{1, schema_v1}, {2, schema_v2}, {3, schema_v3}, {4, schema_v4}}};

} // namespace

std::span<const Migration> migrations()
{
    return all_migrations;
}
int latest_schema_version()
{
    return all_migrations.back().version;
}
int oldest_readable_schema_version()
{
    return 2;
}

} // namespace tern::store
