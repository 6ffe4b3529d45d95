// Opening the run store: refuse anything that is not a Tern database without touching it, then (read_write)
// switch to WAL and apply the pending migrations, each in its own transaction.
#include "engine/store/store.h"

#include "engine/core/error.h"
#include "engine/store/connection.h"
#include "engine/store/migrations.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fmt/format.h>
#include <sys/statvfs.h>
#include <system_error>

namespace tern::store {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t tern_application_id = 0x5465726E; // "Tern"; set by migration 1

bool on_read_only_filesystem(const std::string& path)
{
    struct statvfs info {};
    return statvfs(path.c_str(), &info) == 0 && (info.f_flag & ST_RDONLY) != 0;
}

std::int64_t pragma_int(Connection& connection, const char* pragma)
{
    Statement statement = connection.prepare(fmt::format("PRAGMA {}", pragma));
    return statement.step() ? statement.int64(0) : 0;
}

// Reads only: the header (a file that is not SQLite fails here with "file is not a database"; a truncated one
// with "database disk image is malformed") and the schema table. Returns the schema version.
int check_is_tern_database(Connection& connection)
{
    const std::int64_t version = pragma_int(connection, "user_version");
    const std::int64_t application = pragma_int(connection, "application_id");
    Statement tables = connection.prepare("SELECT count(*) FROM sqlite_schema");
    const std::int64_t table_count = tables.step() ? tables.int64(0) : 0;
    const bool empty = application == 0 && version == 0 && table_count == 0;
    if (application != tern_application_id && !empty)
        throw InputError(
            fmt::format("{}: not a Tern database (another application's SQLite database)", connection.path()));
    if (version > latest_schema_version())
        throw InputError(fmt::format("{}: written by a newer Tern (schema {}, this build knows {})", connection.path(),
                                     version, latest_schema_version()));
    return static_cast<int>(version);
}

// SQLite creates <db>-wal and <db>-shm beside a WAL database even when it then finds the file damaged. A refused
// file must be left as it was, so remove the companions this attempt created (never ones that existed before).
class CompanionFiles {
  public:
    explicit CompanionFiles(const std::string& path)
    {
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            fs::path companion = path + suffix;
            std::error_code error;
            if (!fs::exists(companion, error))
                m_new.push_back(std::move(companion));
        }
    }
    void remove_created()
    {
        for (const fs::path& companion : m_new) {
            std::error_code error;
            fs::remove(companion, error);
        }
    }

  private:
    std::vector<fs::path> m_new;
};

} // namespace

Store::Store(std::string path, OpenMode mode, std::unique_ptr<Connection> connection)
    : m_path(std::move(path)), m_mode(mode), m_connection(std::move(connection))
{
}

std::optional<std::string> Store::file_gone() const
{
    return m_connection->file_gone();
}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::string& path, OpenMode mode, std::chrono::milliseconds busy_timeout)
{
    if (path.empty())
        throw InputError("no database path given");
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    const bool exists = fs::exists(status);
    if (exists && fs::is_directory(status))
        throw InputError(fmt::format("{}: is a folder, not a Tern database", path));
    if (exists && !fs::is_regular_file(status)) // e.g. /dev/null, which SQLite would take for an empty database
        throw InputError(fmt::format("{}: not a Tern database (not a regular file)", path));
    if (!exists && mode == OpenMode::read_only)
        throw InputError(fmt::format("{}: no Tern database here (no such file)", path));
    if (!exists) {
        const fs::path parent = fs::path(path).parent_path();
        if (!parent.empty() && !fs::create_directories(parent, error) && error)
            throw InputError(
                fmt::format("{}: cannot create the folder {} ({})", path, parent.string(), error.message()));
    }

    // On a read-only filesystem a store can only be read, whatever the caller asked for: reading commands work
    // (runs, show, export), writes fail with a message that says where the store is.
    const bool frozen = exists && on_read_only_filesystem(path);
    if (frozen)
        mode = OpenMode::read_only;
    const auto access = frozen                      ? Connection::Access::frozen
                        : mode == OpenMode::read_only ? Connection::Access::read_only
                        : exists                    ? Connection::Access::read_write
                                                    : Connection::Access::read_write_create;
    CompanionFiles companions(path);
    auto connection = std::make_unique<Connection>(path, access, busy_timeout);
    int version = 0;
    try {
        version = check_is_tern_database(*connection);
    } catch (const InputError&) {
        connection.reset(); // close first: SQLite keeps the companions open
        if (exists)
            companions.remove_created();
        throw;
    }

    Store store(path, mode, std::move(connection));
    Connection& db = *store.m_connection;
    if (mode == OpenMode::read_only) {
        if (version < oldest_readable_schema_version())
            throw InputError(fmt::format("{}: schema {} is older than this build's {}; open it once read-write "
                                         "to upgrade it",
                                         path, version, latest_schema_version()));
        db.exec("PRAGMA query_only = ON");
        return store;
    }
    // WAL: readers (the GUI) never block the writer (the engine) and see every committed transaction.
    db.exec("PRAGMA journal_mode = WAL");
    // NORMAL in WAL mode: a commit survives the process being killed (the case that matters: crashes, Cancel,
    // kill -9); only a power cut may lose the last commits, never corrupt the file. FULL would fsync every
    // commit, ~8 ms here, which caps per-image OCR results at ~120/s.
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = ON");
    if (version < latest_schema_version())
        store.migrate();
    store.m_connection->remember_file(); // a new database exists from its first write (the migration) on
    return store;
}

void Store::migrate()
{
    Connection& db = *m_connection;
    for (const Migration& migration : migrations()) {
        // Read the version inside the write transaction: another process may have migrated meanwhile.
        Transaction transaction(db);
        const std::int64_t current = pragma_int(db, "user_version");
        if (current >= migration.version)
            continue;
        db.exec(migration.sql);
        // PRAGMA takes no bound parameters; the version is our own constant, not a value from outside.
        db.exec(fmt::format("PRAGMA user_version = {}", migration.version));
        transaction.commit();
    }
}

int Store::schema_version() const
{
    return static_cast<int>(pragma_int(*m_connection, "user_version"));
}

std::int64_t Store::data_version() const
{
    return pragma_int(*m_connection, "data_version");
}

std::chrono::milliseconds Store::busy_timeout() const
{
    return m_connection->busy_timeout();
}

void Store::set_busy_timeout(std::chrono::milliseconds timeout)
{
    m_connection->set_busy_timeout(timeout);
}

std::string now_utc_iso8601()
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
    return fmt::format("{}.{:03}Z", buffer, millis);
}

} // namespace tern::store
