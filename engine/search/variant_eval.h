// The steps shared by the search's variant scoring and VariantLab: one fold's features prepared once (calibration
// rows from its training rows, scored rows from its validation rows), its float predictions, a quantised copy of
// its network, and the cost of a quantised copy as a user pays it.
#pragma once

#include "engine/quant/quantize.h"
#include "engine/search/variants.h"

namespace tern::search {

struct PreparedFold {
    const FittedCandidate* fitted = nullptr;
    Matrix calibration; // through the fold's pipeline
    Matrix validation;
    std::vector<std::size_t> validation_rows; // table rows (at most max_rows, spread evenly)
    std::vector<float> labels;
};

PreparedFold prepare_fold(const data::Table& table, const VariantFold& fold, std::size_t max_rows);
PredictionBlock float_predictions(const PreparedFold& fold, Task task);
PredictionBlock network_predictions(const quant::QuantizedNetwork& net, const Matrix& x);
quant::QuantizedNetwork quantise_fold(const PreparedFold& fold, quant::Precision precision);
// Latency (one row, pipeline included, one thread), throughput, packed size (+ pipeline), multiplies.
VariantScore variant_costs(const data::Table& table, const PreparedFold& fold, const quant::QuantizedNetwork& net,
                           Task task, double probe_seconds);

} // namespace tern::search
