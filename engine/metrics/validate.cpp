// Input checks shared by every metric: a metric given inconsistent vectors says what is wrong instead of reading
// out of bounds.
#include "engine/core/error.h"
#include "engine/metrics/builtin.h"

#include <cmath>
#include <fmt/format.h>

namespace tern::metrics::detail {

namespace {

void check_class(float v, int n_classes, const char* what, std::size_t row)
{
    if (!(v >= 0.0f) || v != std::floor(v) || v >= float(n_classes))
        throw InputError(
            fmt::format("metric: {} at row {} is {}, not a class index in [0, {})", what, row, v, n_classes));
}

} // namespace

void validate(const Predictions& p, bool need_labels, bool need_probabilities)
{
    const std::size_t n = p.truth.size();
    if (n == 0)
        throw InputError("metric: no rows to score");
    if (need_labels && p.predicted.size() != n)
        throw InputError(fmt::format("metric: {} predictions for {} true values", p.predicted.size(), n));
    if (p.task == Task::regression) {
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isfinite(p.truth[i]) || (need_labels && !std::isfinite(p.predicted[i])))
                throw InputError(fmt::format("metric: a non-finite value at row {}", i));
        return;
    }
    if (p.n_classes < 2)
        throw InputError(fmt::format("metric: classification needs at least 2 classes, got {}", p.n_classes));
    if (p.task == Task::binary && p.n_classes != 2)
        throw InputError(fmt::format("metric: a binary task has 2 classes, got {}", p.n_classes));
    for (std::size_t i = 0; i < n; ++i) {
        check_class(p.truth[i], p.n_classes, "true class", i);
        if (need_labels)
            check_class(p.predicted[i], p.n_classes, "predicted class", i);
    }
    if (!need_probabilities)
        return;
    if (p.probabilities == nullptr)
        throw InputError("metric: this metric needs class probabilities");
    const Matrix& m = *p.probabilities;
    if (m.rows() != n || m.cols() != std::size_t(p.n_classes))
        throw InputError(
            fmt::format("metric: probabilities are {}x{}, expected {}x{}", m.rows(), m.cols(), n, p.n_classes));
    for (float v : m.values())
        if (!std::isfinite(v) || v < 0.0f)
            throw InputError("metric: probabilities must be finite and non-negative");
}

Confusion confusion(const Predictions& p)
{
    Confusion c;
    c.k = std::size_t(p.n_classes);
    c.counts.assign(c.k * c.k, 0.0);
    for (std::size_t i = 0; i < p.truth.size(); ++i)
        c.counts[std::size_t(p.truth[i]) * c.k + std::size_t(p.predicted[i])] += 1.0;
    return c;
}

} // namespace tern::metrics::detail
