// Calibration uses at most 2048 training rows (evenly spaced): activation ranges settle long before that, and the
// pipeline transform of a large fold would otherwise dominate the variant's cost.
#include "engine/search/variant_eval.h"

#include "engine/core/error.h"
#include "engine/quant/quantized_model.h"
#include "engine/search/cost_probe.h"

namespace tern::search {

namespace {

template <typename T> std::vector<T> spread(const std::vector<T>& v, std::size_t max_n)
{
    if (v.size() <= max_n)
        return v;
    std::vector<T> out;
    out.reserve(max_n);
    for (std::size_t i = 0; i < max_n; ++i)
        out.push_back(v[i * v.size() / max_n]);
    return out;
}

} // namespace

PreparedFold prepare_fold(const data::Table& table, const VariantFold& fold, std::size_t max_rows)
{
    if (!fold.fitted || !fold.fitted->model)
        throw InputError("precision variants: no fitted model");
    if (fold.validation_rows.size() != fold.validation_labels.size())
        throw InputError("precision variants: validation rows and labels differ in number");
    PreparedFold p;
    p.fitted = fold.fitted;
    if (quant::has_dense_stack(*fold.fitted->model)) // an ensemble's other members are only read, never quantised
        p.calibration = fold.fitted->pipeline.transform(table, spread(fold.train_rows, 2048));
    p.validation_rows = spread(fold.validation_rows, std::max<std::size_t>(1, max_rows));
    p.labels = spread(fold.validation_labels, std::max<std::size_t>(1, max_rows));
    p.validation = fold.fitted->pipeline.transform(table, p.validation_rows);
    return p;
}

PredictionBlock float_predictions(const PreparedFold& fold, Task task)
{
    PredictionBlock b;
    if (is_classification(task)) {
        Matrix p = fold.fitted->model->predict_proba(fold.validation);
        b.width = p.cols();
        b.values = std::move(p.values());
    } else {
        b.width = 1;
        b.values = fold.fitted->model->predict(fold.validation);
    }
    return b;
}

PredictionBlock network_predictions(const quant::QuantizedNetwork& net, const Matrix& x)
{
    Matrix out = net.forward(x);
    PredictionBlock b;
    b.width = out.cols();
    b.values = std::move(out.values());
    return b;
}

quant::QuantizedNetwork quantise_fold(const PreparedFold& fold, quant::Precision precision)
{
    quant::QuantOptions o;
    o.precision = precision;
    return quant::quantize(quant::dense_stack(*fold.fitted->model), fold.calibration, o);
}

VariantScore variant_costs(const data::Table& table, const PreparedFold& fold, const quant::QuantizedNetwork& net,
                           Task task, double probe_seconds)
{
    FittedCandidate copy;
    copy.family = fold.fitted->family;
    copy.pipeline = fold.fitted->pipeline;
    copy.model = quant::quantized_model(fold.fitted->model->family(), fold.fitted->model->params(), net);
    const Costs c = measure_costs(copy, table, fold.validation_rows, task, probe_seconds);
    VariantScore v;
    v.precision = net.precision();
    if (v.precision == quant::Precision::ternary)
        v.residual_fraction = net.residual_fraction();
    v.latency_us_p50 = c.latency_us_p50;
    v.throughput_rows_s = c.throughput_rows_s;
    v.size_bytes = net.size_bytes() + std::int64_t(copy.pipeline.save().size());
    v.multiplies = net.multiplies_per_row();
    return v;
}

} // namespace tern::search
