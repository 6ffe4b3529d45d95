#include "engine/search/stored_predictions.h"

#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/search/image_table.h"
#include "engine/search/run_session.h"
#include "engine/search/run_spec.h"

#include <filesystem>
#include <fmt/format.h>

namespace tern::search {

TargetData load_run_target(const store::Store& store, std::int64_t run_id, const JobControl& job)
{
    const auto run = store.load_run(run_id);
    const RunSpec spec = RunSpec::from_json(run.spec);
    if (!std::filesystem::exists(spec.data_path))
        throw InputError(fmt::format("{}: the run's data is no longer there", spec.data_path));
    // The same reading as RunSession::prepare, so that row positions match the stored predictions.
    data::Table table;
    std::string target = spec.target;
    if (data::is_image_folder(spec.data_path)) {
        if (target.empty())
            target = image_target;
        table = image_table(spec.data_path, {}, job);
    } else {
        table = read_run_data(spec, job);
    }
    table.set_target(target);
    return prepare_target(table, target, spec.task);
}

StoredPredictions load_stored_predictions(const store::Store& store, std::int64_t run_id, std::int64_t candidate,
                                          const TargetData& target)
{
    const auto artifact = store.load_artifact(run_id, candidate, "oof_predictions");
    if (!artifact)
        throw InputError(
            fmt::format("candidate {} of run {} has no stored out-of-fold predictions", candidate, run_id));
    PredictionBlock block;
    std::vector<std::uint8_t> mask;
    read_oof_artifact(*artifact, block, mask);
    const std::size_t expected_width = is_classification(target.task) ? target.class_names.size() : 1;
    if (mask.size() != target.y.size() || block.width != expected_width)
        throw InputError(fmt::format("the stored predictions of candidate {} do not match the run's data (the file "
                                     "changed since the run)",
                                     candidate));
    StoredPredictions out;
    out.task = target.task;
    out.class_names = target.class_names;
    out.predictions.width = block.width;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        if (!mask[i])
            continue;
        out.truth.push_back(target.y[i]);
        out.predictions.values.insert(out.predictions.values.end(), block.values.begin() + i * block.width,
                                      block.values.begin() + (i + 1) * block.width);
    }
    return out;
}

} // namespace tern::search
