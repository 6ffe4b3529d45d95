// The cost of a fitted candidate as a user will pay it: one-row latency (preprocessing + prediction of ONE row,
// single thread, after a warm-up; p50 and p99 over ~200 repetitions or a time bound), batch throughput in rows/s,
// and serialised size (pipeline + model bytes).
#pragma once

#include "engine/search/fitted.h"

#include <cstdint>
#include <span>

namespace tern::search {

struct Costs {
    double latency_us_p50 = 0;
    double latency_us_p99 = 0;
    double throughput_rows_s = 0;
    std::int64_t size_bytes = 0;
};

// An ensemble's costs from its members': each member predicts every row, so latencies and sizes add up and
// throughputs add as their inverses (the time per row adds up).
struct MemberCosts {
    double latency_us_p50 = 0, latency_us_p99 = 0;
    std::int64_t size_bytes = 0;

    void add(double p50, double p99, double throughput_rows_s, std::int64_t size)
    {
        latency_us_p50 += p50;
        latency_us_p99 += p99;
        m_seconds_per_row += throughput_rows_s > 0 ? 1.0 / throughput_rows_s : 0;
        size_bytes += size;
    }
    double throughput_rows_s() const { return m_seconds_per_row > 0 ? 1.0 / m_seconds_per_row : 0; }

  private:
    double m_seconds_per_row = 0;
};

// rows: table rows to predict (cycled for the one-row timings; up to 1000 of them form the batch).
// max_seconds bounds the whole probe (at least 20 one-row repetitions and one batch are always timed).
Costs measure_costs(const FittedCandidate& fitted, const data::Table& table, std::span<const std::size_t> rows,
                    Task task, double max_seconds = 0.5);

}  // namespace tern::search
