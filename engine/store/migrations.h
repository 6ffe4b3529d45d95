// The run store's schema, as an ordered list of migrations. Migration N brings a database from
// PRAGMA user_version N-1 to N. Never edit a migration that has shipped: append a new one.
#pragma once

#include <span>
#include <string_view>

namespace tern::store {

struct Migration {
    int version;
    std::string_view sql;
};

std::span<const Migration> migrations();
int latest_schema_version();
// The oldest schema a read-only open can read as it is: later migrations add only what writers use (3: the ids
// deleted runs retire). A read-only open cannot migrate, and refusing it would blank the GUI's History and every
// other reader of a store no writer has opened since this build came.
int oldest_readable_schema_version();

} // namespace tern::store
