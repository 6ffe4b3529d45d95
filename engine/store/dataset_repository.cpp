// Store methods for datasets: one row per (path, content) so that a run names exactly the bytes it saw.
#include "engine/store/connection.h"
#include "engine/store/store.h"

namespace tern::store {

std::int64_t Store::register_dataset(const DatasetRecord& dataset)
{
    Connection& db = *m_connection;
    Transaction transaction(db);
    // The same file with the same content: refresh what was inferred, keep the id and first registration time.
    Statement upsert = db.prepare(R"sql(
        INSERT INTO datasets (path, content_hash, kind, rows, cols, schema_json, registered_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT (path, content_hash) DO UPDATE SET
            kind = excluded.kind, rows = excluded.rows, cols = excluded.cols, schema_json = excluded.schema_json
        RETURNING id)sql");
    upsert.bind_all(dataset.path, dataset.content_hash, dataset.kind, dataset.rows, dataset.cols,
                    dataset.schema.is_null() ? nlohmann::json::object() : dataset.schema,
                    dataset.registered_at.empty() ? now_utc_iso8601() : dataset.registered_at);
    upsert.step();
    const std::int64_t id = upsert.int64(0);
    upsert.run(); // finish the statement before COMMIT
    transaction.commit();
    return id;
}

std::vector<DatasetRecord> Store::datasets() const
{
    Statement query = m_connection->prepare(R"sql(
        SELECT id, path, content_hash, kind, rows, cols, schema_json, registered_at
        FROM datasets ORDER BY registered_at DESC, id DESC)sql");
    std::vector<DatasetRecord> result;
    while (query.step()) {
        DatasetRecord& dataset = result.emplace_back();
        dataset.id = query.int64(0);
        dataset.path = query.text(1);
        dataset.content_hash = query.text(2);
        dataset.kind = query.text(3);
        dataset.rows = query.int64(4);
        dataset.cols = query.int64(5);
        dataset.schema = query.json(6, nlohmann::json::object());
        dataset.registered_at = query.text(7);
    }
    return result;
}

} // namespace tern::store
