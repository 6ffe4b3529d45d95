#include "engine/prep/unfamiliar_inputs.h"

#include "engine/data/calendar.h"
#include "engine/prep/pipeline.h"

#include <cmath>
#include <fmt/format.h>
#include <set>
#include <unordered_set>

namespace tern::prep {

namespace {

struct Unfamiliar {
    std::size_t unlearned = 0; // rows whose level the model did not learn
    std::string example;       // the first such level
    std::size_t missing = 0;   // rows missing a value that training never missed
};

// What the model does with a missing value of a numeric column, in words.
std::string filled_how(const NumericStep& step)
{
    switch (step.imputation) {
    case Imputation::none: return "passed to the model as missing";
    case Imputation::knn:
    case Imputation::iterative: return "imputed from the row's other columns";
    default:
        if (!step.date)
            return fmt::format("filled with {}", step.fill);
        // A mean of dates falls between midnights: a column of dates alone is filled with a day, not "12:00".
        return fmt::format("filled with {}", data::format_date(step.hour < 0 ? std::floor(step.fill) : step.fill));
    }
}

struct FarValues {
    std::size_t count = 0;
    double example = 0;
};

// Values beyond half the training range past either end: a tree predicts them as its edge, a linear model extends
// its line, and either may be far off. Later dates are the usual case (a forecast), so a date is far only beyond
// ten years or twice the training range after it, whichever is longer: a placeholder such as 2199-12-31, not next
// quarter; an earlier date is far as any value is. A column of one value has no range to be far from. Compared as
// the model sees them, as floats (days, for dates).
FarValues far_values(const NumericStep& step, const data::Column& column)
{
    FarValues far;
    const float span = step.train_max - step.train_min;
    if (!(span > 0))
        return far;
    const float after = step.date ? std::max(2.0f * span, 3652.5f) : 0.5f * span;
    const float low = step.train_min - 0.5f * span, high = step.train_max + after;
    for (double v : column.numbers())
        if (const auto seen = float(v); seen < low || seen > high)
            if (far.count++ == 0)
                far.example = v;
    return far;
}

} // namespace

std::vector<std::string> unfamiliar_inputs(std::span<const Pipeline* const> pipelines, const data::Table& table)
{
    std::vector<std::string> notes;
    std::set<std::string> seen; // an ensemble's members share their input columns
    for (const Pipeline* pipeline : pipelines) {
        const auto& steps = pipeline->steps();
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
                notes.push_back(
                    fmt::format("{}: {} row(s) miss a value, which training never did", step.column, u.missing));
        }
        for (const auto& step : steps.numeric) {
            const auto index = table.find(step.column);
            if (!index || !seen.insert(step.column).second)
                continue;
            const data::Column& column = table.column(*index);
            if (column.type() != data::ColumnType::numeric)
                continue;
            const data::UnreadCells& unread = column.unread_cells();
            if (unread.count > 0) {
                const std::string expected =
                    step.date ? fmt::format("dates written {}", data::date_pattern(step.date_format)) : "numbers";
                notes.push_back(fmt::format("{}: {} cell(s) are not {} and are read as missing, {} (first: data row {} "
                                            "holds '{}')",
                                            step.column, unread.count, expected, filled_how(step), unread.first_row + 1,
                                            unread.first_text));
            }
            const FarValues far = far_values(step, column);
            // As the model holds it: the training range in float (32.1, not 32.099998474121094), the file's value as
            // written; a date as a date.
            const auto shown = [&step](auto v) { return step.date ? data::format_date(v) : fmt::format("{}", v); };
            if (far.count > 0)
                notes.push_back(fmt::format("{}: {} row(s) lie far outside the training range {} to {} (e.g. {}); "
                                            "the model extrapolates there",
                                            step.column, far.count, shown(step.train_min), shown(step.train_max),
                                            shown(far.example)));
            const std::size_t missing = column.missing_count() - unread.count;
            if (step.missing_in_training == 0 && missing > 0)
                notes.push_back(fmt::format("{}: {} row(s) miss a value, which training never did ({})", step.column,
                                            missing, filled_how(step)));
        }
    }
    return notes;
}

} // namespace tern::prep
