#include "engine/export/file_score.h"

#include "engine/core/error.h"
#include "engine/search/scoring.h"
#include "engine/search/target.h"

#include <fmt/format.h>

#include <cmath>

namespace tern::exporting {

std::string first_names(const std::vector<std::string>& names, std::size_t most)
{
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < most; ++i)
        out += (i ? ", " : "") + names[i];
    return names.size() > most ? out + ", …" : out;
}

std::optional<FileScore> score_on_file(const ExportedModel& model, const data::Table& table,
                                       const Predictions& predictions)
{
    const nlohmann::json& card = model.card();
    const std::string target = card.value("target", std::string());
    const nlohmann::json metrics = card.value("metrics", nlohmann::json::object());
    if (target.empty() || !table.find(target) || !metrics.is_object() || !metrics.contains("metric"))
        return std::nullopt;
    FileScore score;
    score.metric = metrics["metric"].get<std::string>();
    search::TargetData known; // the model's classes, in its order
    known.task = model.task();
    known.class_names = model.class_names();
    search::TargetData truth;
    try {
        truth = search::encode_target_like(table, target, known);
    } catch (const InputError& e) {
        score.note = e.what(); // a target column the model cannot read (text for a regression): predictions only
        score.unreadable = table.rows();
        return score;
    }
    score.rows = truth.rows.size();
    score.missing = truth.missing;
    score.unknown = truth.unknown;
    score.unknown_classes = truth.unknown_classes;
    if (truth.rows.empty()) {
        score.note = truth.unknown == 0
                         ? fmt::format("no row has a value in '{}'", target)
                         : fmt::format("no row's '{}' is a class the model knows ({}; it knows {})", target,
                                       first_names(truth.unknown_classes), first_names(known.class_names));
        return score;
    }
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
    try {
        const search::Scorer scorer(known.task, static_cast<int>(known.class_names.size()), score.metric,
                                    metrics.value("metric_expr", std::string()), true);
        const double value = scorer.score(truth.y, block);
        if (std::isfinite(value))
            score.value = value;
        else
            score.note = fmt::format("{} is undefined on these {} row(s)", score.metric, truth.rows.size());
    } catch (const InputError& e) {
        score.note = e.what(); // a metric this build cannot score, or one undefined on these rows
    }
    return score;
}

}  // namespace tern::exporting
