// The data file (or image folder) of a stored run, as the run read it. Its candidates were scored, and their
// out-of-fold predictions kept, on that content: work that reads the file again for a run (resume, importance,
// quantisation's calibration rows) must not quietly use other rows or labels.
#pragma once

#include "engine/store/store.h"

namespace tern::search {

// InputError "<path>: changed since run N started ..." when the content's hash differs from the one the run
// recorded; nothing when they match or the run recorded none.
void refuse_changed_data(const store::Store& store, const store::RunRecord& run);

}  // namespace tern::search
