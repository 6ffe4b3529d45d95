#include "engine/store/interrupted.h"

#include "engine/core/error.h"
#include "engine/store/connection.h"

namespace tern::store {

bool settle_if_orphaned(Connection& connection, bool writable, OwnedTable table, std::int64_t id,
                        const ProcessIdentity& owner)
{
    if (!owner_gone(owner))
        return false;
    if (!writable)
        return true;
    // Table names cannot be bound, so each table has its own fixed statement.
    const char* sql = table == OwnedTable::runs
                          ? "UPDATE runs SET status = 'interrupted' "
                            "WHERE id = ?1 AND status = 'running' AND owner_pid = ?2 AND owner_started IS ?3"
                          : "UPDATE ocr_jobs SET status = 'interrupted' "
                            "WHERE id = ?1 AND status = 'running' AND owner_pid = ?2 AND owner_started IS ?3";
    try {
        Transaction transaction(connection);
        connection.prepare(sql).bind_all(id, owner.pid, owner.started).run();
        transaction.commit();
    } catch (const WorkError&) {
        // Another writer holds the lock: the caller still reports the row as interrupted.
    }
    return true;
}

} // namespace tern::store
