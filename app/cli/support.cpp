// Helpers shared by the subcommands.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/store/paths.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <iostream>

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

std::string existing_database_path(const std::string& db_option)
{
    const std::string path = resolve_database_path(db_option);
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw InputError(fmt::format("{}: no Tern database here (no such file); `tern-cli automl` creates one", path));
    return path;
}

void not_implemented(const std::string& command)
{
    throw InputError("not implemented: " + command);
}

}  // namespace tern::cli
