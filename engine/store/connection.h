// Small RAII wrappers over SQLite's C API, used by the run store (and by its tests to reach the raw database):
// Connection (one sqlite3 handle), Statement (a prepared statement with bind/step/column helpers) and Transaction
// (rolls back unless committed). Values are always bound, never pasted into SQL. SQLite failures become InputError
// (not a database, corrupt, cannot open) or WorkError (locked, disk full, constraint), prefixed with the path.
#pragma once

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tern::store {

class Statement;

class Connection {
  public:
    // frozen: a file on a read-only filesystem, which nothing can change: opened immutable, so SQLite needs no
    // lock and no <db>-shm beside it (which a WAL database otherwise needs even to be read, and cannot create there).
    enum class Access { read_only, read_write, read_write_create, frozen };

    // Opens the file (it is not read until the first statement). busy_timeout: how long a statement waits for
    // another connection's lock before failing with "database is locked".
    Connection(std::string path, Access access, std::chrono::milliseconds busy_timeout);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements that take no values (DDL, PRAGMA, BEGIN/COMMIT).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t last_insert_rowid() const;
    int changes() const; // rows changed by the last INSERT/UPDATE/DELETE

    const std::string& path() const noexcept { return m_path; }
    bool frozen() const noexcept { return m_frozen; }
    sqlite3* handle() const noexcept { return m_db; }
    std::chrono::milliseconds busy_timeout() const noexcept { return m_busy_timeout; }
    void set_busy_timeout(std::chrono::milliseconds timeout);
    // The file now at path() is the one written from here on; file_gone() says when that stops being so.
    void remember_file();
    std::optional<std::string> file_gone() const; // removed, or replaced by another file

    // Throws the exception for SQLite result code `rc` (extended codes welcome); `doing` names the operation.
    [[noreturn]] void fail(int rc, std::string_view doing) const;

  private:
    std::string m_path;
    sqlite3* m_db = nullptr;
    std::chrono::milliseconds m_busy_timeout;
    bool m_frozen = false;
    std::uint64_t m_device = 0, m_inode = 0; // of the file remembered; 0: none yet
};

class Statement {
  public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    // Parameters are 1-based, like SQLite's ?1, ?2...
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, std::span<const std::uint8_t> blob);
    Statement& bind(int index, const nlohmann::json& json); // JSON text; a null json binds NULL
    template <class T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    Statement& bind_text_or_null(int index, std::string_view text); // "" binds NULL

    // Binds ?1..?N in order.
    template <class... Args> Statement& bind_all(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    bool step();  // true: a row is available; false: done
    void run();   // steps once, expecting no row (INSERT/UPDATE/DELETE)
    void reset(); // ready to step again with new bindings

    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const; // "" for NULL
    std::optional<std::int64_t> optional_int64(int column) const;
    std::optional<double> optional_real(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    // Parses JSON text; NULL gives `fallback`. Damaged JSON is a WorkError naming the column.
    nlohmann::json json(int column, nlohmann::json fallback = nullptr) const;

  private:
    Connection* m_connection;
    sqlite3_stmt* m_stmt = nullptr;
};

class Transaction {
  public:
    enum class Kind {
        immediate, // takes the write lock at BEGIN, so the write never fails half-way on a lock upgrade
        deferred,  // for consistent multi-statement reads
    };
    explicit Transaction(Connection& connection, Kind kind = Kind::immediate);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // A write's commit fails with WorkError when the file was removed or replaced under the connection.
    void commit();

  private:
    Connection& m_connection;
    Kind m_kind;
    bool m_open = true;
};

} // namespace tern::store
