// The bars of a candidate's feature-importance chart, read from its details["importance"] (what the search's
// permutation importance stores: [{"feature", "importance", "std"}]), most important first.
#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <vector>

namespace tern::ui {

struct ImportanceBar {
    QString feature;
    double importance = 0; // mean drop of the run's metric when the feature is shuffled
    double std = 0;
};

// Sorted by importance, descending (ties keep the stored order); entries without a feature name or a finite
// importance are skipped. `limit` > 0 keeps only the first `limit` bars.
std::vector<ImportanceBar> importanceBars(const nlohmann::json& importance, int limit = 0);

} // namespace tern::ui
