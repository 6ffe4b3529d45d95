#include "engine/export/export_source.h"

#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/search/image_table.h"
#include "engine/search/run_spec.h"
#include "engine/search/target.h"

#include <algorithm>
#include <fmt/format.h>
#include <random>

namespace tern::exporting {

namespace {

PackagedMember load_member(const store::Store& store, std::int64_t run_id, std::int64_t ordinal, double weight)
{
    const auto artifact = store.load_artifact(run_id, ordinal, "model", "");
    if (!artifact || artifact->data.empty())
        throw InputError(fmt::format("candidate {} of run {} has no stored model", ordinal, run_id));
    PackagedMember m;
    m.fitted = search::deserialize_fitted(artifact->data);
    m.weight = weight;
    m.candidate = ordinal;
    return m;
}

} // namespace

ExportSource load_export_source(const store::Store& store, std::int64_t run_id, std::int64_t candidate)
{
    ExportSource src;
    src.run = store.load_run(run_id);
    const auto candidates = store.load_candidates(run_id);
    const auto found = std::find_if(candidates.begin(), candidates.end(),
                                    [&](const store::CandidateRecord& c) { return c.ordinal == candidate; });
    if (found == candidates.end())
        throw InputError(fmt::format("run {} has no candidate {}", run_id, candidate));
    src.candidate = *found;
    if (src.candidate.status != "ok")
        throw InputError(fmt::format("candidate {} of run {} did not finish ({}): nothing to export", candidate, run_id,
                                     src.candidate.status));
    const auto task = task_from_string(src.run.task);
    if (!task)
        throw InputError(fmt::format("run {} has no task recorded", run_id));
    src.task = *task;
    // Runs record it since image predictions were added; an older run's folder says it while it is there.
    src.images = src.run.report.value("images", false) || data::is_image_folder(src.run.dataset_path);
    if (is_classification(src.task)) {
        if (src.run.report.contains("classes"))
            src.class_names = src.run.report["classes"].get<std::vector<std::string>>();
        if (src.class_names.size() < 2 && !src.images) {
            // A run stored before its report kept the classes: they follow from its data, as the search read it.
            src.class_names =
                search::prepare_target(read_run_table(src.run, {}), src.run.target, src.run.task).class_names;
        }
        if (src.class_names.size() < 2)
            throw InputError(fmt::format("run {} has no class names recorded", run_id));
    }
    if (src.candidate.family == "ensemble") {
        const auto& p = src.candidate.params;
        const auto ids = p.value("members", std::vector<std::int64_t>{});
        const auto weights = p.value("weights", std::vector<double>{});
        if (ids.empty() || ids.size() != weights.size())
            throw InputError(fmt::format("ensemble {} of run {} has no members recorded", candidate, run_id));
        for (std::size_t i = 0; i < ids.size(); ++i)
            src.members.push_back(load_member(store, run_id, ids[i], weights[i]));
    } else {
        src.members.push_back(load_member(store, run_id, candidate, 1.0));
    }
    return src;
}

data::Table read_run_table(const store::RunRecord& run, const std::vector<std::string>& class_names)
{
    if (data::is_image_folder(run.dataset_path))
        return search::image_table(run.dataset_path, class_names);
    search::RunSpec spec = search::RunSpec::from_json(run.spec);
    spec.data_path = run.dataset_path;
    return search::read_run_data(spec);
}

std::vector<std::size_t> sample_target_rows(const data::Table& table, const std::string& target, std::uint64_t seed,
                                            std::size_t max_rows)
{
    std::vector<std::size_t> rows;
    const auto t = table.find(target);
    for (std::size_t r = 0; r < table.rows(); ++r)
        if (!t || !table.column(*t).is_missing(r))
            rows.push_back(r);
    if (rows.size() > max_rows) {
        std::mt19937_64 rng(seed);
        std::shuffle(rows.begin(), rows.end(), rng);
        rows.resize(max_rows);
        std::sort(rows.begin(), rows.end());
    }
    return rows;
}

} // namespace tern::exporting
