#include "engine/search/cost_probe.h"

#include "engine/kernels/context.h"

#include <algorithm>
#include <chrono>
#include <vector>

namespace tern::search {

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t)
{
    return std::chrono::duration<double>(clock_type::now() - t).count();
}

// One prediction of the kind the user asked for: probabilities for classification, values for regression.
void predict_once(const FittedCandidate& f, const data::Table& table, std::span<const std::size_t> rows, Task task)
{
    const Matrix x = f.pipeline.transform(table, rows);
    if (is_classification(task))
        (void)f.model->predict_proba(x);
    else
        (void)f.model->predict(x);
}

// The one-row path a serving loop would take: the pipeline's allocation-free row transform, then the model.
void predict_row(const FittedCandidate& f, const data::Table& table, std::size_t row, Matrix& x, Task task)
{
    f.pipeline.transform_row(table, row, x.row(0));
    if (is_classification(task))
        (void)f.model->predict_proba(x);
    else
        (void)f.model->predict(x);
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

}  // namespace

Costs measure_costs(const FittedCandidate& fitted, const data::Table& table, std::span<const std::size_t> rows,
                    Task task, double max_seconds)
{
    Costs c;
    c.size_bytes = static_cast<std::int64_t>(fitted.pipeline.save().size() + fitted.model->save().size());
    if (rows.empty())
        return c;
    const kernels::ScopedThreads one_thread(1);
    const auto start = clock_type::now();
    Matrix x(1, fitted.pipeline.n_features());
    for (std::size_t i = 0; i < 5; ++i)  // warm-up: caches, lazy allocations
        predict_row(fitted, table, rows[i % rows.size()], x, task);
    std::vector<double> us;
    const double one_row_share = max_seconds * 0.6;
    for (std::size_t i = 0; i < 200; ++i) {
        if (i >= 20 && seconds_since(start) > one_row_share)
            break;
        const auto t = clock_type::now();
        predict_row(fitted, table, rows[i % rows.size()], x, task);
        us.push_back(seconds_since(t) * 1e6);
    }
    c.latency_us_p50 = percentile(us, 0.50);
    c.latency_us_p99 = percentile(us, 0.99);

    // 20 ms of batch predictions give a steady rate; timing the batch for the rest of max_seconds gave the same
    // figure and, on small tables, cost more than fitting the candidate on every fold.
    constexpr double batch_seconds = 0.02;
    const auto batch = rows.first(std::min<std::size_t>(rows.size(), 1000));
    std::size_t predicted = 0;
    double spent = 0;
    do {
        const auto t = clock_type::now();
        predict_once(fitted, table, batch, task);
        spent += seconds_since(t);
        predicted += batch.size();
    } while (seconds_since(start) < max_seconds && spent < batch_seconds);
    c.throughput_rows_s = spent > 0 ? static_cast<double>(predicted) / spent : 0;
    return c;
}

}  // namespace tern::search
