#include "engine/export/test_score.h"

#include "engine/core/error.h"
#include "engine/export/package_predict.h"
#include "engine/search/image_table.h"
#include "engine/search/run_spec.h"
#include "engine/search/scoring.h"
#include "engine/search/target.h"
#include "engine/search/test_table.h"

namespace tern::exporting {

std::optional<double> test_score(const PackagedModel& model, const ExportSource& src, const data::Table& train,
                                 const JobControl& job)
{
    const search::RunSpec spec = search::RunSpec::from_json(src.run.spec);
    if (spec.test_path.empty())
        return std::nullopt;
    search::TargetData classes; // the training classes, in the run's order
    classes.task = src.task;
    classes.class_names = src.class_names;
    const JobControl quiet{job.stop, {}}; // the export's progress is its own, not these steps'
    try {
        const data::Table test = src.images ? search::image_table(spec.test_path, src.class_names, quiet)
                                            : search::read_test_table(spec.test_path, train, src.run.target, quiet);
        const search::TargetData target = search::encode_target_like(test, src.run.target, classes);
        if (target.rows.empty())
            return std::nullopt;
        const search::Scorer scorer(src.task, static_cast<int>(src.class_names.size()), spec.metric,
                                    spec.metric_expr, spec.metric_direction == "max");
        return scorer.score(target.y, predict_package(model, test, target.rows, quiet));
    } catch (const InputError&) {
        return std::nullopt; // the test file moved or changed: the card says the score is not known
    }
}

} // namespace tern::exporting
