// Where the run store lives: TERN_DB, else $XDG_DATA_HOME/tern/tern.db, else ~/.local/share/tern/tern.db.
#pragma once

#include <string>

namespace tern::store {

std::string default_database_path();

} // namespace tern::store
