// Helpers shared by the subcommands.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/store/paths.h"

#include <cstdio>
#include <cstdlib>
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

void not_implemented(const std::string& command)
{
    throw InputError("not implemented: " + command);
}

}  // namespace tern::cli
