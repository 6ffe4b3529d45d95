#include "engine/search/run_data.h"

#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/store/content_hash.h"

#include <fmt/format.h>

namespace tern::search {

void refuse_changed_data(const store::Store& store, const store::RunRecord& run)
{
    if (!run.dataset_id)
        return;  // the run could not hash its data when it started: nothing to compare with
    for (const auto& dataset : store.datasets()) {
        if (dataset.id != *run.dataset_id)
            continue;
        const std::string& path = run.dataset_path;
        const bool images = data::is_image_folder(path);
        const std::string now = images ? store::content_hash_of_image_folder(path) : store::content_hash_of_file(path);
        if (now != dataset.content_hash &&
            !(images && store::content_hash_of_image_folder(path, store::FolderWalk::legacy) == dataset.content_hash))
            throw InputError(fmt::format("{}: changed since run {} started (its candidates were scored on the "
                                         "earlier content); start a new run on it",
                                         path, run.id));
        return;
    }
}

}  // namespace tern::search
