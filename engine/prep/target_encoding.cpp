// Target encoding: each level becomes the smoothed mean of the label (per class for multiclass), fitted out of fold
// inside the training rows so that no training row's encoding saw its own label.
#include "engine/prep/categorical_fit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace tern::prep {

namespace {

// Without config.task, labels that are non-negative integers below this are taken as classes; anything else is a
// regression target (so an integer count of 0..500 does not become 500 per-class columns).
constexpr int max_inferred_classes = 20;

// Per-slot label sums (slots x width) and counts over a set of training positions.
struct SlotStats {
    std::vector<double> sum;
    std::vector<double> count;
    std::vector<double> total; // per output, over all counted rows
    double rows = 0.0;

    SlotStats(std::size_t slots, std::size_t width) : sum(slots * width, 0.0), count(slots, 0.0), total(width, 0.0) {}

    void add(std::uint32_t slot, float y, const TargetSpec& spec, double sign)
    {
        const std::size_t width = total.size();
        count[slot] += sign;
        rows += sign;
        for (std::size_t o = 0; o < width; ++o) {
            double v = y;
            if (spec.classification)
                v = width == 1 ? (y == 1.0f ? 1.0 : 0.0) : (y == float(o) ? 1.0 : 0.0);
            sum[slot * width + o] += sign * v;
            total[o] += sign * v;
        }
    }

    void encode(std::uint32_t slot, double smoothing, float* out) const
    {
        const std::size_t width = total.size();
        for (std::size_t o = 0; o < width; ++o) {
            const double prior = rows > 0.0 ? total[o] / rows : 0.0;
            const double denominator = count[slot] + smoothing;
            out[o] = float(denominator > 0.0 ? (sum[slot * width + o] + smoothing * prior) / denominator : prior);
        }
    }
};

} // namespace

TargetSpec target_spec(std::span<const float> y, const PipelineConfig& config)
{
    TargetSpec spec;
    float largest = 0.0f;
    bool small_integers = true;
    for (float v : y) {
        if (std::isnan(v))
            continue;
        small_integers = small_integers && v >= 0.0f && v == std::floor(v) && v < float(max_inferred_classes);
        largest = std::max(largest, v);
    }
    spec.classification = config.task ? is_classification(*config.task) : small_integers;
    if (spec.classification)
        spec.n_classes = config.task == Task::binary ? 2 : std::max(2, int(largest) + 1);
    return spec;
}

std::vector<float> fit_target_encoding(CategoricalStep& step, std::span<const std::uint32_t> slots,
                                       std::span<const float> y, const TargetSpec& spec, const PipelineConfig& config)
{
    const std::size_t n = slots.size();
    const std::size_t width = step.width;
    const double smoothing = config.target_smoothing;
    SlotStats all(step.slot_count(), width);
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(y[i]))
            all.add(slots[i], y[i], spec, 1.0);
    for (std::size_t slot = 0; slot < step.slot_count(); ++slot)
        all.encode(std::uint32_t(slot), smoothing, step.table.data() + slot * width);
    if (!step.has_missing_level) // missing cells stand for another slot: same statistics
        std::copy_n(step.table.begin() + std::ptrdiff_t(effective_missing_slot(step) * width), width,
                    step.table.begin() + std::ptrdiff_t(step.missing_slot() * width));

    // Out of fold: a seeded shuffle deals positions into folds; a fold's statistics are all minus its own rows.
    std::vector<float> oof(n * width);
    const std::size_t folds = std::min<std::size_t>(std::size_t(config.target_folds), n);
    if (folds < 2) {
        for (std::size_t i = 0; i < n; ++i)
            all.encode(slots[i], smoothing, oof.data() + i * width);
        return oof;
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(config.seed ^ 0x7a3c5e11u);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<std::size_t> fold_of(n);
    for (std::size_t i = 0; i < n; ++i)
        fold_of[order[i]] = i % folds;
    for (std::size_t f = 0; f < folds; ++f) {
        SlotStats rest = all;
        for (std::size_t i = 0; i < n; ++i)
            if (fold_of[i] == f && !std::isnan(y[i]))
                rest.add(slots[i], y[i], spec, -1.0);
        for (std::size_t i = 0; i < n; ++i)
            if (fold_of[i] == f)
                rest.encode(slots[i], smoothing, oof.data() + i * width);
    }
    return oof;
}

} // namespace tern::prep
