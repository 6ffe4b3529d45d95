#include "engine/search/validation_score.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace tern::search {

bool validates_forward(std::span<const Fold> folds)
{
    return std::any_of(folds.begin(), folds.end(), [](const Fold& f) { return f.forward; });
}

std::size_t count_undefined_folds(const std::vector<double>& fold_scores)
{
    return static_cast<std::size_t>(
        std::count_if(fold_scores.begin(), fold_scores.end(), [](double s) { return !std::isfinite(s); }));
}

std::string undefined_folds_basis(std::size_t undefined, std::size_t folds)
{
    return fmt::format("pooled out-of-fold rows: the metric is not finite on {} of {} validation folds", undefined,
                       folds);
}

std::optional<FoldSummary> summarize_weighted_folds(const std::vector<double>& fold_scores,
                                                    const std::vector<double>& weights)
{
    double sum = 0, total = 0;
    std::vector<double> defined;
    for (std::size_t f = 0; f < fold_scores.size() && f < weights.size(); ++f)
        if (std::isfinite(fold_scores[f])) {
            sum += weights[f] * fold_scores[f];
            total += weights[f];
            defined.push_back(fold_scores[f]);
        }
    if (defined.empty() || total <= 0)
        return std::nullopt;
    return FoldSummary{sum / total, summarize_folds(defined)->std, defined.size()};
}

std::optional<FoldSummary> summarize_validation(std::span<const Fold> folds, const std::vector<double>& fold_scores,
                                                const std::vector<std::size_t>& validated)
{
    if (!validates_forward(folds))
        return summarize_folds(fold_scores);
    std::vector<double> weights;
    for (std::size_t f = 0; f < fold_scores.size() && f < folds.size(); ++f) {
        const std::size_t rows = f < validated.size() ? validated[f] : folds[f].valid.size();
        weights.push_back(static_cast<double>(rows) * static_cast<double>(folds[f].train.size()));
    }
    return summarize_weighted_folds(fold_scores, weights);
}

}  // namespace tern::search
