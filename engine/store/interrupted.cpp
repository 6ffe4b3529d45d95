#include "engine/store/interrupted.h"

#include "engine/core/error.h"
#include "engine/store/connection.h"

#include <filesystem>
#include <mutex>
#include <set>
#include <tuple>

namespace tern::store {

namespace {

struct AbandonedRows {
    std::mutex mutex;
    std::set<std::tuple<std::string, OwnedTable, std::int64_t>> rows; // database (canonical path), table, id
};

AbandonedRows& abandoned()
{
    static AbandonedRows rows;
    return rows;
}

std::string canonical(const std::string& database)
{
    std::error_code ec;
    const auto path = std::filesystem::weakly_canonical(database, ec);
    return ec ? database : path.string();
}

bool is_abandoned(const std::string& database, OwnedTable table, std::int64_t id)
{
    auto& a = abandoned();
    std::lock_guard lock(a.mutex);
    return !a.rows.empty() && a.rows.count({canonical(database), table, id}) > 0;
}

} // namespace

void abandon_row(const std::string& database, OwnedTable table, std::int64_t id)
{
    auto& a = abandoned();
    std::lock_guard lock(a.mutex);
    a.rows.insert({canonical(database), table, id});
}

bool settle_if_orphaned(Connection& connection, bool writable, OwnedTable table, std::int64_t id,
                        const ProcessIdentity& owner)
{
    const bool mine = owner.pid == current_process().pid && owner.started == current_process().started;
    if (!owner_gone(owner) && !(mine && is_abandoned(connection.path(), table, id)))
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
