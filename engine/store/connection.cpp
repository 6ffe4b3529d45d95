#include "engine/store/connection.h"

#include "engine/core/error.h"
#include "engine/store/store.h"

#include <algorithm>
#include <cerrno>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <utility>
#include <vector>

namespace tern::store {

namespace {

// What a failed statement was doing, for a one-line error: its verb and table ("running INSERT INTO datasets",
// "running UPDATE runs"), never the statement's text, whose column lists read as garbage in a message.
std::string describe(std::string_view sql)
{
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (words.size() < 3) {
        at = sql.find_first_not_of(" \t\r\n", at);
        if (at == std::string_view::npos)
            break;
        const auto end = std::min(sql.find_first_of(" \t\r\n(", at), sql.size());
        words.push_back(sql.substr(at, end - at));
        at = end;
    }
    if (words.empty())
        return "running an empty statement";
    const std::string_view verb = words[0];
    const std::size_t keep = verb == "INSERT" || verb == "DELETE" ? 3 : verb == "UPDATE" ? 2 : 1;
    words.resize(std::min(keep, words.size()));
    return fmt::format("running {}", fmt::join(words, " "));
}


// file: URI of `path` opened immutable; the characters a URI gives a meaning to are percent-escaped.
std::string immutable_uri(const std::string& path)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#')
            uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        else
            uri += c;
    }
    return uri + "?immutable=1";
}

} // namespace

// ---------------------------------------------------------------------------------------------------- Connection


Connection::Connection(std::string path, Access access, std::chrono::milliseconds busy_timeout)
    : m_path(std::move(path)), m_busy_timeout(busy_timeout)
{
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per Store, used by one thread at a time
    switch (access) {
    case Access::read_only: flags |= SQLITE_OPEN_READONLY; break;
    case Access::read_write: flags |= SQLITE_OPEN_READWRITE; break;
    case Access::read_write_create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Access::frozen: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    m_frozen = access == Access::frozen;
    const std::string name = m_frozen ? immutable_uri(m_path) : m_path;
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        // sqlite3_open_v2 returns a handle even on failure (unless out of memory); it carries the message.
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw InputError(fmt::format("{}: cannot open the database ({})", m_path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, static_cast<int>(m_busy_timeout.count()));
}

void Connection::set_busy_timeout(std::chrono::milliseconds timeout)
{
    m_busy_timeout = timeout;
    sqlite3_busy_timeout(m_db, static_cast<int>(m_busy_timeout.count()));
}

void Connection::remember_file()
{
    struct stat st {};
    if (::stat(m_path.c_str(), &st) == 0) {
        m_device = st.st_dev;
        m_inode = st.st_ino;
    }
}

std::optional<std::string> Connection::file_gone() const
{
    if (m_inode == 0)
        return std::nullopt;
    struct stat st {};
    if (::stat(m_path.c_str(), &st) != 0)
        return errno == ENOENT ? std::optional<std::string>("the database file was removed while it was in use")
                               : std::nullopt;
    if (st.st_dev != m_device || st.st_ino != m_inode)
        return "the database file was replaced by another while it was in use";
    return std::nullopt;
}

Connection::~Connection()
{
    // close_v2 defers the close until every statement is finalised, so a leaked Statement cannot crash here.
    sqlite3_close_v2(m_db);
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error); // the connection's errmsg carries the same text
    if (rc != SQLITE_OK)
        fail(rc, describe(text));
}

Statement Connection::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

std::int64_t Connection::last_insert_rowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

void Connection::fail(int rc, std::string_view doing) const
{
    const int primary = rc & 0xff;
    const std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    switch (primary) {
    case SQLITE_NOTADB: throw InputError(fmt::format("{}: not a Tern database ({})", m_path, detail));
    // A Tern store whose file was damaged (a disk error, a copy cut short) is not the wrong file: saying so sends the
    // user looking for another one instead of to the backup.
    case SQLITE_CORRUPT:
        throw InputError(fmt::format("{}: the database file is damaged ({}); restore it from a backup or choose "
                                     "another database",
                                     m_path, detail));
    case SQLITE_CANTOPEN: throw InputError(fmt::format("{}: cannot open the database ({})", m_path, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Locked(fmt::format("{}: the database is locked by another process (waited {} ms)", m_path,
                                 m_busy_timeout.count()));
    case SQLITE_FULL: throw WorkError(fmt::format("{}: the disk is full ({})", m_path, doing));
    case SQLITE_READONLY:
        if (m_frozen)
            throw WorkError(fmt::format("{}: the database is on a read-only filesystem: it can be read, not written "
                                        "({}); copy it to a writable folder",
                                        m_path, doing));
        // A WAL database needs <db>-shm beside it, even to be read: a folder nobody may write to refuses readers.
        if (rc == SQLITE_READONLY_DIRECTORY)
            throw WorkError(fmt::format("{}: cannot be read in place: its folder is not writable (SQLite needs to "
                                        "create {}-shm there); copy the database to a writable folder",
                                        m_path, m_path));
        throw WorkError(fmt::format("{}: the database is read-only; check the file's permissions ({})", m_path,
                                    doing));
    default: throw WorkError(fmt::format("{}: {} ({})", m_path, detail, doing));
    }
}

// ----------------------------------------------------------------------------------------------------- Statement

Statement::Statement(Connection& connection, std::string_view sql) : m_connection(&connection)
{
    const int rc =
        sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()), 0, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, "preparing a statement");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

namespace {
void check_bind(Connection& connection, int rc)
{
    if (rc != SQLITE_OK)
        connection.fail(rc, "binding a value");
}
} // namespace

Statement& Statement::bind(int index, std::int64_t value)
{
    check_bind(*m_connection, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check_bind(*m_connection, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // A zero-length text must not be bound as NULL: give SQLite a valid pointer.
    check_bind(*m_connection, sqlite3_bind_text64(m_stmt, index, text.empty() ? "" : text.data(), text.size(),
                                                  SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    check_bind(*m_connection, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, std::span<const std::uint8_t> blob)
{
    check_bind(*m_connection, sqlite3_bind_blob64(m_stmt, index, blob.empty() ? "" : (const void*)blob.data(),
                                                  blob.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const nlohmann::json& json)
{
    if (json.is_null())
        return bind(index, nullptr);
    // Invalid UTF-8 (a Latin-1 file name, a garbled OCR word) is replaced rather than failing the whole write.
    return bind(index, std::string_view(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
}

Statement& Statement::bind_text_or_null(int index, std::string_view text)
{
    return text.empty() ? bind(index, nullptr) : bind(index, text);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt); // releases the statement's read lock before the exception unwinds
    m_connection->fail(rc, describe(sqlite3_sql(m_stmt)));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::is_null(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::optional<std::int64_t> Statement::optional_int64(int column) const
{
    return is_null(column) ? std::nullopt : std::optional(int64(column));
}

std::optional<double> Statement::optional_real(int column) const
{
    return is_null(column) ? std::nullopt : std::optional(real(column));
}

std::vector<std::uint8_t> Statement::blob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column));
    return data ? std::vector<std::uint8_t>(data, data + size) : std::vector<std::uint8_t>();
}

nlohmann::json Statement::json(int column, nlohmann::json fallback) const
{
    if (is_null(column))
        return fallback;
    auto parsed = nlohmann::json::parse(text(column), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
        throw WorkError(
            fmt::format("{}: damaged JSON in column {}", m_connection->path(), sqlite3_column_name(m_stmt, column)));
    return parsed;
}

// --------------------------------------------------------------------------------------------------- Transaction

Transaction::Transaction(Connection& connection, Kind kind) : m_connection(connection), m_kind(kind)
{
    connection.exec(kind == Kind::immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr); // nothing to report here
}

void Transaction::commit()
{
    m_connection.exec("COMMIT");
    m_open = false;
    // Removed under a run or an OCR job, the file takes every write with it: they would end in success with
    // nothing kept.
    if (m_kind == Kind::immediate)
        if (const auto why = m_connection.file_gone())
            throw WorkError(fmt::format("{}: {}; what is written to it is lost", m_connection.path(), *why));
}

} // namespace tern::store
