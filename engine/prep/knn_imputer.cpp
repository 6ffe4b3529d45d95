#include "engine/prep/knn_imputer.h"

#include "engine/data/calendar.h"
#include "engine/prep/column_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace tern::prep {

KnnStep fit_knn(const std::vector<const data::Column*>& columns, std::span<const std::size_t> rows,
                const PipelineConfig& config)
{
    KnnStep knn;
    knn.k = std::size_t(config.knn_neighbors);
    const std::size_t m = columns.size();
    for (const data::Column* column : columns) {
        const std::vector<double> values = observed_values(*column, rows);
        const double mean = mean_of(values);
        const double sd = std_of(values, mean);
        knn.center.push_back(std::isfinite(mean) ? float(mean) : 0.0f);
        knn.scale.push_back(std::isfinite(sd) && sd > 0.0 ? float(sd) : 1.0f);
    }
    std::vector<std::size_t> donors(rows.begin(), rows.end());
    if (donors.size() > std::size_t(config.knn_max_donors)) {
        std::mt19937_64 rng(config.seed ^ 0x5eedd0u);
        std::shuffle(donors.begin(), donors.end(), rng);
        donors.resize(std::size_t(config.knn_max_donors));
        std::sort(donors.begin(), donors.end());
    }
    knn.donors = Matrix(donors.size(), m);
    for (std::size_t d = 0; d < donors.size(); ++d)
        for (std::size_t j = 0; j < m; ++j)
            knn.donors(d, j) =
                (data::model_float(columns[j]->numbers()[donors[d]], columns[j]->is_date()) - knn.center[j]) /
                knn.scale[j];
    return knn;
}

KnnIndex make_knn_index(const KnnStep& knn)
{
    KnnIndex index;
    const auto& donors = knn.donors.values();
    index.values.resize(donors.size());
    index.mask.resize(donors.size());
    for (std::size_t i = 0; i < donors.size(); ++i) {
        const bool present = !std::isnan(donors[i]);
        index.values[i] = present ? donors[i] : 0.0f;
        index.mask[i] = present ? 1.0f : 0.0f;
    }
    return index;
}

void knn_impute(const KnnStep& knn, const KnnIndex& index, std::span<const float> raw,
                std::span<const std::uint8_t> use, std::span<float> out, KnnScratch& s)
{
    const std::size_t m = raw.size();
    s.targets.clear();
    for (std::size_t j = 0; j < m; ++j)
        if (use[j] && std::isnan(raw[j]))
            s.targets.push_back(j);
    if (s.targets.empty())
        return;
    s.z.resize(m);
    s.zmask.resize(m);
    for (std::size_t j = 0; j < m; ++j) {
        const bool present = !std::isnan(raw[j]);
        s.z[j] = present ? (raw[j] - knn.center[j]) / knn.scale[j] : 0.0f;
        s.zmask[j] = present ? 1.0f : 0.0f;
    }
    const std::size_t k = knn.k;
    const float infinity = std::numeric_limits<float>::infinity();
    s.best_distance.assign(s.targets.size() * k, infinity);
    s.best_value.assign(s.targets.size() * k, 0.0f);
    const float* z = s.z.data();
    const float* zmask = s.zmask.data();

    for (std::size_t d = 0; d < knn.donors.rows(); ++d) {
        const float* values = index.values.data() + d * m;
        const float* mask = index.mask.data() + d * m;
        // Branch-free over the coordinates present on both sides (the compiler vectorises this loop).
        float sum = 0.0f, present = 0.0f;
        for (std::size_t j = 0; j < m; ++j) {
            const float both = zmask[j] * mask[j];
            const float diff = z[j] - values[j];
            sum += both * diff * diff;
            present += both;
        }
        if (present == 0.0f)
            continue;
        const float distance = sum * float(m) / present; // squared; the ranking is the same
        for (std::size_t t = 0; t < s.targets.size(); ++t) {
            float* best = s.best_distance.data() + t * k;
            if (!(distance < best[k - 1]) || mask[s.targets[t]] == 0.0f)
                continue;
            float* kept = s.best_value.data() + t * k;
            std::size_t at = k - 1; // insertion into the sorted k-best list
            while (at > 0 && best[at - 1] > distance) {
                best[at] = best[at - 1];
                kept[at] = kept[at - 1];
                --at;
            }
            best[at] = distance;
            kept[at] = values[s.targets[t]];
        }
    }
    for (std::size_t t = 0; t < s.targets.size(); ++t) {
        const std::size_t j = s.targets[t];
        double sum = 0.0;
        std::size_t found = 0;
        for (std::size_t i = 0; i < k; ++i)
            if (s.best_distance[t * k + i] < infinity) {
                sum += s.best_value[t * k + i];
                ++found;
            }
        out[j] = found == 0 ? std::numeric_limits<float>::quiet_NaN()
                            : float(sum / double(found)) * knn.scale[j] + knn.center[j];
    }
}

} // namespace tern::prep
