// Internal to engine/store: turning a "running" row whose owner process is gone into "interrupted".
#pragma once

#include "engine/store/owner.h"

#include <cstdint>
#include <string>

namespace tern::store {

class Connection;

enum class OwnedTable { runs, ocr_jobs };

// Marks a row this process owns as no longer worked on, though its status could not be changed (the run failed
// while another process held the database locked): readers in this process then settle it as they would a dead
// owner's row, instead of showing it running until the process exits.
void abandon_row(const std::string& database, OwnedTable table, std::int64_t id);

// True if the row's owner is gone, or is this process and abandoned it. When `writable`, also records status
// "interrupted" (only if the row is still running under that owner: a resumer may have claimed it meanwhile). Recording
// is best effort: a busy database leaves the row for the next reader to settle.
bool settle_if_orphaned(Connection& connection, bool writable, OwnedTable table, std::int64_t id,
                        const ProcessIdentity& owner);

} // namespace tern::store
