#include "ui/models/feature_importance.h"

#include <algorithm>
#include <cmath>

namespace tern::ui {

std::vector<ImportanceBar> importanceBars(const nlohmann::json& importance, int limit)
{
    std::vector<ImportanceBar> bars;
    if (!importance.is_array())
        return bars;
    for (const auto& entry : importance) {
        if (!entry.is_object() || !entry.contains("feature") || !entry["feature"].is_string())
            continue;
        const auto value = entry.find("importance");
        if (value == entry.end() || !value->is_number() || !std::isfinite(value->get<double>()))
            continue;
        const auto spread = entry.find("std");
        const double std = spread != entry.end() && spread->is_number() ? spread->get<double>() : 0.0;
        bars.push_back({QString::fromStdString(entry["feature"].get<std::string>()), value->get<double>(),
                        std::isfinite(std) ? std : 0.0});
    }
    std::stable_sort(bars.begin(), bars.end(), [](auto& a, auto& b) { return a.importance > b.importance; });
    if (limit > 0 && bars.size() > static_cast<std::size_t>(limit))
        bars.resize(static_cast<std::size_t>(limit));
    return bars;
}

} // namespace tern::ui
