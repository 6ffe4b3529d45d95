// Helpers shared by the subcommands.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/store/paths.h"
#include "engine/store/store.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <system_error>

namespace tern::cli {

void print_json(const nlohmann::json& j)
{
    std::cout << j.dump(2) << '\n';
}

std::string resolve_database_path(const std::string& db_option)
{
    if (!db_option.empty())
        return db_option;
    return store::default_database_path();
}

CLI::Validator database_option()
{
    return CLI::Validator(
        [](const std::string& value) {
            return value.empty() ? std::string("an empty path; leave --db out for the default store") : std::string();
        },
        "PATH");
}

CLI::Validator record_id()
{
    return CLI::Validator(
        [](const std::string& value) {
            const bool digits = !value.empty() && value.size() <= 18 &&
                                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            return digits ? std::string() : "'" + value + "' is not an id; ids are whole numbers such as 12";
        },
        "ID");
}

std::string signal_name(int signal)
{
    switch (signal) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case SIGPIPE: return "SIGPIPE";
    default: return fmt::format("signal {}", signal);
    }
}

std::string existing_database_path(const std::string& db_option)
{
    const std::string path = resolve_database_path(db_option);
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw InputError(fmt::format("{}: no Tern database here (no such file); `tern-cli automl` creates one", path));
    return path;
}

void compact_after_delete(store::Store& store, const std::string& deleted)
{
    try {
        store.compact_if_mostly_free();
    } catch (const std::exception& e) {
        std::cerr << fmt::format("warning: {} is deleted, but the store could not be compacted: {}\n", deleted,
                                 e.what());
    }
}

void remove_if_no_runs(const std::string& path)
{
    try {
        if (!store::Store::open(path, store::OpenMode::read_only).list_runs().empty())
            return;
    } catch (const std::exception&) {
        return; // not a database this command can judge: left as it is
    }
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ignored);
}

}  // namespace tern::cli
