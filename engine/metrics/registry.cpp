// The built-in metrics by name: one table says which tasks each fits, its direction and whether it reads
// probabilities; make_metric looks names up here instead of switching on them.
#include "engine/core/error.h"
#include "engine/metrics/builtin.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <limits>

namespace tern::metrics {

namespace {

// A metric reads either the confusion counts of predicted classes (`counts`) or the rows (`rows`).
struct Entry {
    const char* name;
    Direction direction;
    bool classification; // false = regression only
    bool probabilities;
    double (*counts)(const Confusion&);
    double (*rows)(const Predictions&);
    double lowest, highest; // the values it can take
};

constexpr double unbounded = std::numeric_limits<double>::infinity();

constexpr std::array<Entry, 9> entries{{
    {"accuracy", Direction::maximize, true, false, &detail::accuracy, nullptr, 0, 1},
    {"balanced_accuracy", Direction::maximize, true, false, &detail::balanced_accuracy, nullptr, 0, 1},
    {"f1_macro", Direction::maximize, true, false, &detail::f1_macro, nullptr, 0, 1},
    {"roc_auc", Direction::maximize, true, true, nullptr, &detail::roc_auc, 0, 1},
    {"log_loss", Direction::minimize, true, true, nullptr, &detail::log_loss, 0, unbounded},
    {"mcc", Direction::maximize, true, false, &detail::mcc, nullptr, -1, 1},
    {"r2", Direction::maximize, false, false, nullptr, &detail::r2, -unbounded, 1},
    {"rmse", Direction::minimize, false, false, nullptr, &detail::rmse, 0, unbounded},
    {"mae", Direction::minimize, false, false, nullptr, &detail::mae, 0, unbounded},
}};

class BuiltinMetric final : public Metric {
  public:
    BuiltinMetric(const Entry& entry, Task task) : m_entry(entry), m_task(task) {}

    std::string name() const override { return m_entry.name; }
    Direction direction() const override { return m_entry.direction; }
    bool needs_probabilities() const override { return m_entry.probabilities; }

    double score(const Predictions& p) const override
    {
        if (is_classification(p.task) != is_classification(m_task))
            throw InputError(fmt::format("metric {} was made for a {} task, scored on a {} one", m_entry.name,
                                         to_string(m_task), to_string(p.task)));
        detail::validate(p, !m_entry.probabilities, m_entry.probabilities);
        return m_entry.counts ? m_entry.counts(detail::confusion(p)) : m_entry.rows(p);
    }

    std::optional<double> score_counts(const Confusion& c) const override
    {
        if (!m_entry.counts || c.k < 2 || c.counts.size() != c.k * c.k || !(c.total() > 0.0))
            return std::nullopt;
        return m_entry.counts(c);
    }

  private:
    const Entry& m_entry;
    Task m_task;
};

bool fits(const Entry& e, Task task)
{
    return e.classification == is_classification(task);
}

} // namespace

std::optional<Direction> builtin_direction(std::string_view name)
{
    for (const Entry& e : entries)
        if (name == e.name)
            return e.direction;
    return std::nullopt;
}

double clamp_to_range(std::string_view name, double value)
{
    for (const Entry& e : entries)
        if (name == e.name)
            return std::clamp(value, e.lowest, e.highest);
    return value;
}

std::unique_ptr<Metric> make_metric(const std::string& name, Task task)
{
    for (const Entry& e : entries) {
        if (name != e.name)
            continue;
        if (!fits(e, task))
            throw InputError(fmt::format("metric '{}' does not apply to a {} task (choose one of: {})", name,
                                         to_string(task), fmt::join(metric_names(task), ", ")));
        return std::make_unique<BuiltinMetric>(e, task);
    }
    throw InputError(fmt::format("unknown metric '{}' (choose one of: {})", name, fmt::join(metric_names(task), ", ")));
}

std::vector<std::string> metric_names(Task task)
{
    std::vector<std::string> names;
    for (const Entry& e : entries)
        if (fits(e, task))
            names.emplace_back(e.name);
    return names;
}

std::string default_metric(Task task)
{
    return is_classification(task) ? "balanced_accuracy" : "r2";
}

double worst_value(Direction direction)
{
    return direction == Direction::maximize ? -std::numeric_limits<double>::infinity()
                                            : std::numeric_limits<double>::infinity();
}

bool is_better(Direction direction, double a, double b)
{
    if (std::isnan(a))
        return false;
    if (std::isnan(b))
        return true;
    return direction == Direction::maximize ? a > b : a < b;
}

} // namespace tern::metrics
