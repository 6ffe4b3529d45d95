// What in a table to predict lies outside what an exported model learned. The model still predicts every row (an
// unlearned level takes the "other" slot, a missing cell its column's fill), but a user deciding whether to trust
// those rows needs to hear it: an island that never was in training got Adelie at p = 1.0 without a word.
#include "engine/export/package.h"
#include "engine/export/package_format.h"

#include <fmt/format.h>

#include <set>
#include <unordered_set>

namespace tern::exporting {

namespace {

struct Unfamiliar {
    std::size_t unlearned = 0; // rows whose level the model did not learn
    std::string example;       // the first such level
    std::size_t missing = 0;   // rows missing a value that training never missed
};

// What the model does with a missing value of a numeric column, in words.
std::string filled_how(const prep::NumericStep& step)
{
    switch (step.imputation) {
    case prep::Imputation::none: return "passed to the model as missing";
    case prep::Imputation::knn:
    case prep::Imputation::iterative: return "imputed from the row's other columns";
    default: return fmt::format("filled with {}", step.fill);
    }
}

} // namespace

std::vector<std::string> ExportedModel::unfamiliar_inputs(const data::Table& table) const
{
    std::vector<std::string> notes;
    std::set<std::string> seen; // an ensemble's members share their input columns
    for (const auto& member : m_model->members) {
        const auto& steps = member.fitted.pipeline.steps();
        for (const auto& step : steps.categorical) {
            const auto index = table.find(step.column);
            if (!index || !seen.insert(step.column).second)
                continue;
            const data::Column& column = table.column(*index);
            const std::unordered_set<std::string> learned(step.levels.begin(), step.levels.end());
            Unfamiliar u;
            for (std::size_t r = 0; r < column.size(); ++r) {
                if (column.is_missing(r)) {
                    u.missing += step.missing_in_training == 0;
                    continue;
                }
                if (std::string level = column.display(r); !learned.count(level) && u.unlearned++ == 0)
                    u.example = std::move(level);
            }
            if (u.unlearned > 0)
                notes.push_back(fmt::format("{}: {} row(s) hold a level the model did not learn (e.g. '{}'{}), "
                                            "predicted as its 'other' level",
                                            step.column, u.unlearned, u.example,
                                            step.rare_levels > 0 ? ", or one too rare in training to keep" : ""));
            if (u.missing > 0)
                notes.push_back(fmt::format("{}: {} row(s) miss a value, which training never did", step.column,
                                            u.missing));
        }
        for (const auto& step : steps.numeric) {
            const auto index = table.find(step.column);
            if (!index || step.missing_in_training > 0 || !seen.insert(step.column).second)
                continue;
            const data::Column& column = table.column(*index);
            std::size_t missing = 0;
            for (std::size_t r = 0; r < column.size(); ++r)
                missing += column.is_missing(r);
            if (missing > 0)
                notes.push_back(fmt::format("{}: {} row(s) miss a value, which training never did ({})", step.column,
                                            missing, filled_how(step)));
        }
    }
    return notes;
}

} // namespace tern::exporting
