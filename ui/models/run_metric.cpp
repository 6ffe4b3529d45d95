#include "ui/models/run_metric.h"

#include "engine/core/task.h"
#include "engine/metrics/metric.h"

namespace tern::ui {

bool metricMaximizes(const store::RunRecord& run)
{
    if (run.metric == "custom" || !run.metric_expr.empty())
        return run.spec.value("metric_direction", std::string("max")) != "min";
    try {
        const Task task = task_from_string(run.task).value_or(Task::binary);
        return metrics::make_metric(run.metric, task)->direction() == metrics::Direction::maximize;
    } catch (const std::exception&) {
        return true; // an unknown name (a newer build's metric): the common case
    }
}

} // namespace tern::ui
