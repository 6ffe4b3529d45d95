#include "engine/search/scoring.h"

#include <cmath>

namespace tern::search {

std::size_t PredictionBlock::predicted_class(std::size_t row) const
{
    const float* p = values.data() + row * width;
    // As the ONNX graph decides: ArgMax over the probabilities weighted by (t, 1 - t), the same float products.
    if (threshold && width == 2)
        return p[1] * (1.0f - *threshold) > p[0] * *threshold ? 1 : 0;
    std::size_t best = 0;
    for (std::size_t c = 1; c < width; ++c)
        if (p[c] > p[best])
            best = c;
    return best;
}

Scorer::Scorer(Task task, int n_classes, const std::string& metric, const std::string& expression, bool maximize_expr)
    : m_task(task), m_classes(n_classes)
{
    if (!expression.empty()) {
        m_metric = metrics::make_expression_metric(
            expression, maximize_expr ? metrics::Direction::maximize : metrics::Direction::minimize, task);
        m_name = "custom";
    } else {
        m_name = metric.empty() ? metrics::default_metric(task) : metric;
        m_metric = metrics::make_metric(m_name, task);
    }
    m_maximize = m_metric->direction() == metrics::Direction::maximize;
    for (const auto& name : metrics::metric_names(task))
        m_all.push_back(metrics::make_metric(name, task));
}

bool Scorer::reads_binary_classes() const
{
    return m_task == Task::binary && m_classes == 2 && !m_metric->needs_probabilities();
}

double Scorer::evaluate(const metrics::Metric& m, std::span<const float> truth, const PredictionBlock& p) const
{
    const std::size_t n = p.rows();
    if (m_task == Task::regression)
        return m.score({m_task, 0, truth.first(n), p.values, nullptr});
    std::vector<float> predicted(n);
    for (std::size_t r = 0; r < n; ++r)
        predicted[r] = static_cast<float>(p.predicted_class(r));
    if (!m.needs_probabilities())  // a threshold search scores one block many times: no copy it does not need
        return m.score({m_task, m_classes, truth.first(n), predicted, nullptr});
    Matrix proba(n, p.width, p.values);
    return m.score({m_task, m_classes, truth.first(n), predicted, &proba});
}

double Scorer::score(std::span<const float> truth, const PredictionBlock& p) const
{
    return evaluate(*m_metric, truth, p);
}

double Scorer::score(std::span<const float> truth, const PredictionBlock& p, std::span<const std::size_t> rows) const
{
    return evaluate(*m_metric, values_at(truth, rows), take_rows(p, rows));
}

nlohmann::json Scorer::all_metrics(std::span<const float> truth, const PredictionBlock& p) const
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& m : m_all) {
        try {
            const double v = evaluate(*m, truth, p);
            if (std::isfinite(v))
                out[m->name()] = v;
        } catch (const std::exception&) {
            // Not computable on these rows: the metric is simply absent.
        }
    }
    if (m_name == "custom") {
        const double v = evaluate(*m_metric, truth, p);
        if (std::isfinite(v))
            out["custom"] = v;
    }
    return out;
}

PredictionBlock take_rows(const PredictionBlock& p, std::span<const std::size_t> rows)
{
    PredictionBlock out;
    out.width = p.width;
    out.threshold = p.threshold;
    out.values.reserve(rows.size() * p.width);
    for (auto r : rows)
        out.values.insert(out.values.end(), p.values.begin() + static_cast<std::ptrdiff_t>(r * p.width),
                          p.values.begin() + static_cast<std::ptrdiff_t>((r + 1) * p.width));
    return out;
}

std::vector<float> values_at(std::span<const float> values, std::span<const std::size_t> rows)
{
    std::vector<float> out;
    out.reserve(rows.size());
    for (auto r : rows)
        out.push_back(values[r]);
    return out;
}

}  // namespace tern::search
