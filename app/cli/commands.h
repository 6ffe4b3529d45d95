// Each tern-cli subcommand lives in its own file and registers its options and action here.
// A command reports failure by throwing: tern::InputError (exit 2) or anything else (exit 1).
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace tern::store {
class Store;
}

namespace tern::cli {

void add_inspect_command(CLI::App& app);
void add_automl_commands(CLI::App& app);  // automl, resume, runs, show
void add_ocr_command(CLI::App& app);
void add_export_commands(CLI::App& app);  // export, predict
void add_bench_command(CLI::App& app);
void add_delete_command(CLI::App& app);   // delete
void add_ocr_jobs_command(CLI::App& app); // ocr-jobs

// Prints JSON to stdout, pretty or compact, followed by a newline.
void print_json(const nlohmann::json& j);

// The database a command uses: --db if given, else TERN_DB, else the XDG default.
std::string resolve_database_path(const std::string& db_option);

// Every --db option's check: an empty path (a script's unset variable, `--db "$DB"`) is refused instead of
// writing to the user's own store.
CLI::Validator database_option();

// Every run, candidate and job id's check: decimal digits only. CLI11 alone reads "0x1" as 1 and "1e1" as 10, so a
// mistyped id would silently show another run.
CLI::Validator record_id();

// A command ended early by SIGINT or SIGTERM after keeping what it finished: tern-cli prints the message and exits
// 128 + signal, as a shell reports a process the signal ended.
// "SIGINT", "SIGTERM", "SIGPIPE" (the signals a command stops on), else "signal N".
std::string signal_name(int signal);

class StoppedBySignal : public std::runtime_error {
public:
    StoppedBySignal(int signal, const std::string& what) : std::runtime_error(what), m_signal(signal) {}
    int signal() const noexcept { return m_signal; }

private:
    int m_signal;
};

// The database of a command that reads runs (show, resume, export): refused with one line when there is no file
// at the path, instead of creating an empty database (and its folders) at a mistyped --db.
std::string existing_database_path(const std::string& db_option);

// Removes the database at `path` (with its -wal and -shm files) when it holds no run: a command that created it
// and then failed before storing a run leaves nothing behind.
void remove_if_no_runs(const std::string& path);

// After a delete: gives the freed pages back when most of the file is free. The delete is done either way, so a
// store that cannot be compacted (damaged pages elsewhere in the file) is a warning on stderr, not the command's
// error; `deleted` names what was deleted ("run 3").
void compact_after_delete(store::Store& store, const std::string& deleted);

}  // namespace tern::cli
