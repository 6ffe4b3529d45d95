#include "engine/store/paths.h"

#include <cstdlib>
#include <filesystem>

namespace tern::store {

std::string default_database_path()
{
    if (const char* db = std::getenv("TERN_DB"); db && *db)
        return db;
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::temp_directory_path();
    return (base / "tern" / "tern.db").string();
}

} // namespace tern::store
