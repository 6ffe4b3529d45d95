#include "engine/export/package_predict.h"

#include "engine/core/error.h"
#include "engine/search/fitted.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace tern::exporting {

void check_input_columns(const PackagedModel& model, const data::Table& table, const std::string& source)
{
    std::vector<std::string> missing, all;
    for (const auto& c : model.inputs) {
        all.push_back(c.name);
        if (!table.find(c.name))
            missing.push_back(c.name);
    }
    if (!missing.empty())
        throw InputError(fmt::format("{}missing column{} {} (the model reads {})", source.empty() ? "" : source + ": ",
                                     missing.size() > 1 ? "s" : "", fmt::join(missing, ", "), fmt::join(all, ", ")));
}

search::PredictionBlock predict_package(const PackagedModel& model, const data::Table& table,
                                        std::span<const std::size_t> rows, const JobControl& job)
{
    const bool classes = is_classification(model.task);
    const std::size_t width = classes ? model.class_names.size() : 1;
    search::PredictionBlock out;
    out.width = width;
    out.threshold = model.decision_threshold;
    out.values.assign(rows.size() * width, 0.0f);
    constexpr std::size_t chunk = 4096; // bounds the memory of one transform and the delay of a stop request
    for (std::size_t begin = 0; begin < rows.size(); begin += chunk) {
        if (job.stop_requested())
            throw Cancelled();
        const auto part = rows.subspan(begin, std::min(chunk, rows.size() - begin));
        for (const auto& m : model.members) {
            const Matrix x = m.fitted.pipeline.transform(table, part);
            std::vector<float> p;
            if (classes) {
                Matrix proba = m.fitted.model->predict_proba(x);
                if (proba.cols() != width)
                    throw WorkError(fmt::format("the {} model gives {} probabilities for {} classes", m.fitted.family,
                                                proba.cols(), width));
                p = std::move(proba.values());
            } else {
                p = m.fitted.model->predict(x);
            }
            float* dst = out.values.data() + begin * width;
            const auto w = static_cast<float>(m.weight);
            for (std::size_t i = 0; i < p.size(); ++i)
                dst[i] += model.members.size() == 1 ? p[i] : w * p[i];
        }
        job.report(static_cast<double>(begin + part.size()) / static_cast<double>(rows.size()));
    }
    search::throw_unless_finite(out, rows);
    return out;
}

} // namespace tern::exporting
