#include "engine/export/file_score.h"

#include "engine/core/error.h"
#include "engine/search/scoring.h"
#include "engine/search/target.h"

#include <cmath>

namespace tern::exporting {

std::optional<FileScore> score_on_file(const ExportedModel& model, const data::Table& table,
                                       const Predictions& predictions)
{
    const nlohmann::json& card = model.card();
    const std::string target = card.value("target", std::string());
    const nlohmann::json metrics = card.value("metrics", nlohmann::json::object());
    if (target.empty() || !table.find(target) || !metrics.is_object() || !metrics.contains("metric"))
        return std::nullopt;
    search::TargetData known; // the model's classes, in its order
    known.task = model.task();
    known.class_names = model.class_names();
    try {
        const search::TargetData truth = search::encode_target_like(table, target, known);
        if (truth.rows.empty())
            return std::nullopt;
        const bool classes = !known.class_names.empty();
        search::PredictionBlock block;
        block.width = classes ? known.class_names.size() : 1;
        block.values.reserve(truth.rows.size() * block.width);
        for (const std::size_t r : truth.rows) {
            if (classes) {
                const auto row = predictions.probabilities.row(r);
                block.values.insert(block.values.end(), row.begin(), row.end());
            } else {
                block.values.push_back(predictions.values[r]);
            }
        }
        const std::string metric = metrics["metric"].get<std::string>();
        const search::Scorer scorer(known.task, static_cast<int>(known.class_names.size()), metric,
                                    metrics.value("metric_expr", std::string()), true);
        const double value = scorer.score(truth.y, block);
        if (!std::isfinite(value))
            return std::nullopt; // undefined on these rows (ROC AUC over one class): no number to show
        return FileScore{metric, value, truth.rows.size(), table.rows() - truth.rows.size()};
    } catch (const InputError&) {
        return std::nullopt; // a target column the model cannot read (text for a regression): predictions only
    }
}

} // namespace tern::exporting
