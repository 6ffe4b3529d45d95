#include "engine/store/retired_ids.h"

#include <fmt/format.h>

namespace tern::store {

std::int64_t next_id(Connection& db, std::string_view table)
{
    Statement query = db.prepare(fmt::format("SELECT max(IFNULL((SELECT max(id) FROM {}), 0), "
                                             "IFNULL((SELECT max_id FROM retired_ids WHERE tbl = ?1), 0)) + 1",
                                             table));
    query.bind(1, std::string(table));
    return query.step() ? query.int64(0) : 1;
}

void retire_id(Connection& db, std::string_view table, std::int64_t id)
{
    db.prepare("INSERT INTO retired_ids (tbl, max_id) VALUES (?1, ?2) "
               "ON CONFLICT (tbl) DO UPDATE SET max_id = max(max_id, excluded.max_id)")
        .bind_all(std::string(table), id)
        .run();
}

}  // namespace tern::store
