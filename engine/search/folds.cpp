#include "engine/search/folds.h"

#include "engine/core/error.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace tern::search {

namespace {

// Groups positions into strata: one per class, or bins of ~`per_bin` consecutive values for regression.
std::vector<std::vector<std::size_t>> strata(std::span<const std::size_t> positions, std::span<const float> y,
                                             Task task, std::size_t per_bin)
{
    std::vector<std::vector<std::size_t>> groups;
    if (is_classification(task)) {
        std::map<float, std::vector<std::size_t>> by_class;
        for (auto p : positions)
            by_class[y[p]].push_back(p);
        for (auto& [label, rows] : by_class)
            groups.push_back(std::move(rows));
        return groups;
    }
    std::vector<std::size_t> sorted(positions.begin(), positions.end());
    std::stable_sort(sorted.begin(), sorted.end(), [&](auto a, auto b) { return y[a] < y[b]; });
    for (std::size_t i = 0; i < sorted.size(); i += per_bin)
        groups.emplace_back(sorted.begin() + static_cast<std::ptrdiff_t>(i),
                            sorted.begin() + static_cast<std::ptrdiff_t>(std::min(sorted.size(), i + per_bin)));
    return groups;
}

// `take` of `count` items evenly spaced, counted back from the last so that it is always kept: ascending indices.
std::vector<std::size_t> spaced_from_last(std::size_t count, std::size_t take)
{
    std::vector<std::size_t> kept(take);
    for (std::size_t i = 0; i < take; ++i)
        kept[take - 1 - i] = count - 1 - i * count / take;
    return kept;
}

}  // namespace

std::vector<Fold> make_folds(std::span<const float> y, Task task, int folds, std::uint64_t seed, bool holdout,
                             int repeats)
{
    const std::size_t n = y.size();
    if (n < 2)
        throw InputError("too few rows with a target to cross-validate");
    const int k = holdout ? 5 : std::max(2, std::min<int>(folds, static_cast<int>(n)));
    if (holdout)
        repeats = 1;
    std::mt19937_64 rng(seed ^ 0x9e3779b97f4a7c15ULL);
    std::vector<std::size_t> all(n);
    std::iota(all.begin(), all.end(), 0);
    std::vector<Fold> out;
    for (int rep = 0; rep < std::max(1, repeats); ++rep) {
        // Deal each stratum's shuffled rows round-robin over the folds, continuing where the last stratum stopped,
        // so fold sizes differ by at most one.
        std::vector<int> fold_of(n, 0);
        int next = 0;
        for (auto& group : strata(all, y, task, static_cast<std::size_t>(k))) {
            std::shuffle(group.begin(), group.end(), rng);
            for (auto p : group) {
                fold_of[p] = next;
                next = (next + 1) % k;
            }
        }
        const std::size_t count = holdout ? 1 : static_cast<std::size_t>(k);
        for (std::size_t f = 0; f < count; ++f) {
            Fold fold;
            for (std::size_t p = 0; p < n; ++p)
                (fold_of[p] == static_cast<int>(f) ? fold.valid : fold.train).push_back(p);
            out.push_back(std::move(fold));
        }
    }
    return out;
}

std::size_t folds_per_repeat(std::span<const Fold> folds, std::size_t rows)
{
    std::size_t covered = 0;
    for (std::size_t f = 0; f < folds.size(); ++f) {
        covered += folds[f].valid.size();
        if (covered >= rows)
            return f + 1;
    }
    return folds.size();
}

int repeats_for(std::size_t rows)
{
    return rows < 1000 ? 3 : rows < 3000 ? 2 : 1;
}

std::vector<std::size_t> subsample(std::span<const std::size_t> positions, std::span<const float> y, Task task,
                                   double fraction, std::size_t min_rows, std::uint64_t seed)
{
    if (fraction >= 1.0 || positions.size() <= min_rows)
        return {positions.begin(), positions.end()};
    std::mt19937_64 rng(seed ^ 0x51ed2701a3b1c4d5ULL);
    std::vector<std::size_t> kept;
    for (auto& group : strata(positions, y, task, 20)) {
        std::shuffle(group.begin(), group.end(), rng);
        // At least one row of every class survives, so no fold loses a class to subsampling.
        const auto take = std::max<std::size_t>(1, static_cast<std::size_t>(group.size() * fraction + 0.5));
        kept.insert(kept.end(), group.begin(), group.begin() + static_cast<std::ptrdiff_t>(std::min(take, group.size())));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<std::size_t> fold_training_rows(const Fold& fold, std::span<const float> y, Task task, double fidelity,
                                            std::size_t min_rows, std::uint64_t seed)
{
    if (!fold.forward)
        return subsample(fold.train, y, task, fidelity, min_rows, seed);
    const std::size_t n = fold.train.size();
    if (fidelity >= 1.0 || n <= min_rows)
        return fold.train;
    const std::size_t take = std::clamp<std::size_t>(static_cast<std::size_t>(n * fidelity + 0.5), min_rows, n);
    // Counted back from the latest row, so the rows just before the validation block are kept.
    std::vector<std::size_t> picked;  // indices into fold.train
    if (!is_classification(task)) {
        picked = spaced_from_last(n, take);
    } else {
        // Spaced within each class, at least one row of each: spacing over all rows can step over every row of a
        // rare class, and a fit that never saw a class cannot predict it.
        std::map<float, std::vector<std::size_t>> by_class;
        for (std::size_t i = 0; i < n; ++i)
            by_class[y[fold.train[i]]].push_back(i);
        for (const auto& [label, members] : by_class) {
            const double exact = static_cast<double>(members.size() * take) / static_cast<double>(n);
            const auto share = static_cast<std::size_t>(exact + 0.5);
            for (auto j : spaced_from_last(members.size(), std::clamp<std::size_t>(share, 1, members.size())))
                picked.push_back(members[j]);
        }
        std::sort(picked.begin(), picked.end());  // back to fold.train's order: untimed rows first, then by time
    }
    std::vector<std::size_t> kept;
    kept.reserve(picked.size());
    for (auto i : picked)
        kept.push_back(fold.train[i]);
    return kept;
}

double mean_training_rows(std::span<const Fold> folds)
{
    double rows = 0;
    for (const auto& f : folds)
        rows += static_cast<double>(f.train.size());
    return folds.empty() ? 0 : rows / static_cast<double>(folds.size());
}

}  // namespace tern::search
