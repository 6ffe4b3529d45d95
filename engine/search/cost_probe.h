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

// rows: table rows to predict (cycled for the one-row timings; up to 1000 of them form the batch).
// max_seconds bounds the whole probe (at least 20 one-row repetitions and one batch are always timed).
Costs measure_costs(const FittedCandidate& fitted, const data::Table& table, std::span<const std::size_t> rows,
                    Task task, double max_seconds = 0.5);

}  // namespace tern::search
