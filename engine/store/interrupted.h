// Internal to engine/store: turning a "running" row whose owner process is gone into "interrupted".
#pragma once

#include "engine/store/owner.h"

#include <cstdint>

namespace tern::store {

class Connection;

enum class OwnedTable { runs, ocr_jobs };

// True if the row's owner is gone. When `writable`, also records status "interrupted" (only if the row is still
// running under that owner: a resumer may have claimed it meanwhile). Recording is best effort: a busy database
// leaves the row for the next reader to settle.
bool settle_if_orphaned(Connection& connection, bool writable, OwnedTable table, std::int64_t id,
                        const ProcessIdentity& owner);

} // namespace tern::store
