// Iterative (MICE) and k-NN imputation as ONNX nodes, replaying prep/iterative_imputer.cpp and
// prep/knn_imputer.cpp on whole columns instead of one row at a time.
#include "engine/core/error.h"
#include "engine/export/onnx_parts.h"
#include "engine/prep/fitted_steps.h"

#include <algorithm>
#include <limits>

namespace tern::exporting {

namespace {

std::string cast_float(GraphBuilder& g, const std::string& x)
{
    return g.op("Cast", {x}, {Attr::of("to", int(onnx::TensorProto::FLOAT))});
}

} // namespace

// Every numeric input starts at its training mean where missing; each ridge step, in order, overwrites the cells
// of its target that were missing in the row with the clipped regression on the current values.
std::vector<std::string> iterative_graph(GraphBuilder& g, const prep::FittedSteps& f,
                                         const std::vector<std::string>& raw)
{
    const prep::IterativeStep& it = *f.iterative;
    const std::size_t m = f.numeric.size();
    if (it.initial.size() != m)
        throw InputError("the iterative imputer's state does not match the numeric columns");
    std::vector<std::string> missing(m), work(m);
    for (std::size_t j = 0; j < m; ++j) {
        missing[j] = g.op("IsNaN", {raw[j]});
        work[j] = g.op("Where", {missing[j], g.scalar(it.initial[j]), raw[j]});
    }
    for (const prep::RidgeStep& step : it.steps) {
        if (step.target >= m || step.weights.size() != step.predictors.size())
            throw InputError("the iterative imputer's regression steps are malformed");
        std::string prediction = g.scalar(step.intercept);
        if (!step.predictors.empty()) {
            std::vector<std::string> columns;
            for (std::size_t p : step.predictors) {
                if (p >= m)
                    throw InputError("the iterative imputer names a column it does not have");
                columns.push_back(work[p]);
            }
            const std::string x =
                columns.size() == 1 ? columns.front() : g.op("Concat", columns, {Attr::of("axis", 1)});
            const auto P = std::int64_t(step.weights.size());
            const std::string dot = g.op("MatMul", {x, g.floats("ridge_w", {P, 1}, step.weights)});
            prediction = g.op("Add", {dot, prediction});
        }
        const std::string clipped = g.op("Clip", {prediction, g.scalar(step.low), g.scalar(step.high)});
        work[step.target] = g.op("Where", {missing[step.target], clipped, work[step.target]});
    }
    std::vector<std::string> out(m);
    for (std::size_t j = 0; j < m; ++j)
        if (f.numeric[j].imputation == prep::Imputation::iterative)
            out[j] = work[j];
    return out;
}

// nan-Euclidean distance from each row to every donor on the standardised inputs present on both sides (scaled by
// m / present; donors sharing no input are never neighbours), then per imputed column the k nearest donors that
// have that column, averaged and unstandardised. TopK keeps the lower index on ties, as the insertion in
// knn_impute does.
std::vector<std::string> knn_graph(GraphBuilder& g, const prep::FittedSteps& f, const std::vector<std::string>& raw)
{
    const prep::KnnStep& knn = *f.knn;
    const std::size_t m = f.numeric.size();
    const std::size_t d = knn.donors.rows();
    if (knn.center.size() != m || knn.scale.size() != m || knn.donors.cols() != m)
        throw InputError("the k-NN imputer's state does not match the numeric columns");
    const auto M = std::int64_t(m), D = std::int64_t(d);
    std::vector<std::string> out(m);
    if (d == 0 || knn.k == 0) {
        for (std::size_t j = 0; j < m; ++j)
            if (f.numeric[j].imputation == prep::Imputation::knn)
                out[j] = g.scalar(f.numeric[j].fill);
        return out;
    }
    const float inf = std::numeric_limits<float>::infinity();
    // Donors as [1, D, M] values (missing zeroed) and mask; [1, M, D] transposed copies for the per-column gather.
    std::vector<float> values(d * m), mask(d * m), values_t(m * d), exclude_t(m * d);
    for (std::size_t r = 0; r < d; ++r)
        for (std::size_t j = 0; j < m; ++j) {
            const float v = knn.donors(r, j);
            const bool present = !std::isnan(v);
            values[r * m + j] = values_t[j * d + r] = present ? v : 0.0f;
            mask[r * m + j] = present ? 1.0f : 0.0f;
            exclude_t[j * d + r] = present ? 0.0f : inf;
        }
    const std::string x = raw.size() == 1 ? raw.front() : g.op("Concat", raw, {Attr::of("axis", 1)}); // [N, M]
    const std::string x_missing = g.op("IsNaN", {x});
    const std::string z_raw = g.op("Div", {g.op("Sub", {x, g.floats("knn_center", {1, M}, knn.center)}),
                                           g.floats("knn_scale", {1, M}, knn.scale)});
    const std::string z = g.op("Where", {x_missing, g.scalar(0.0f), z_raw});
    const std::string zmask = g.op("Where", {x_missing, g.scalar(0.0f), g.scalar(1.0f)});
    const std::string z3 = g.op("Unsqueeze", {z, g.int64s("axes", {1}, std::vector<std::int64_t>{1})}); // [N,1,M]
    const std::string zmask3 =
        g.op("Unsqueeze", {zmask, g.int64s("axes", {1}, std::vector<std::int64_t>{1})}); // [N,1,M]
    const std::string dv = g.floats("donors", {1, D, M}, values);
    const std::string both = g.op("Mul", {zmask3, g.floats("donor_mask", {1, D, M}, mask)}); // [N,D,M]
    const std::string diff = g.op("Sub", {z3, dv});
    const std::string axes2 = g.int64s("axes", {1}, std::vector<std::int64_t>{2});
    const std::string sum =
        g.op("ReduceSum", {g.op("Mul", {both, g.op("Mul", {diff, diff})}), axes2}, {Attr::of("keepdims", 0)}); // [N,D]
    const std::string present = g.op("ReduceSum", {both, axes2}, {Attr::of("keepdims", 0)});                   // [N,D]
    const std::string scaled = g.op("Div", {g.op("Mul", {sum, g.scalar(float(m))}), present});
    const std::string distance = g.op("Where", {g.op("Equal", {present, g.scalar(0.0f)}), g.scalar(inf), scaled});
    // [N, 1, D] + [1, M, D]: donors lacking column j are out of column j's race.
    const std::string per_column =
        g.op("Add", {g.op("Unsqueeze", {distance, g.int64s("axes", {1}, std::vector<std::int64_t>{1})}),
                     g.floats("donor_exclude", {1, M, D}, exclude_t)});
    const std::int64_t k = std::int64_t(std::min(knn.k, d));
    const auto top = g.op_n("TopK", {per_column, g.int64s("k", {1}, std::span(&k, 1))}, 2,
                            {Attr::of("axis", 2), Attr::of("largest", 0), Attr::of("sorted", 1)});
    const std::string found = cast_float(g, g.op("Less", {top[0], g.scalar(inf)})); // [N,M,k]
    const std::string donor_values =
        g.op("Expand", {g.floats("donor_values_t", {1, M, D}, values_t), g.op("Shape", {per_column})}); // [N,M,D]
    const std::string picked = g.op("GatherElements", {donor_values, top[1]}, {Attr::of("axis", 2)});
    const std::string total = g.op("ReduceSum", {g.op("Mul", {picked, found}), axes2}, {Attr::of("keepdims", 0)});
    const std::string count = g.op("ReduceSum", {found, axes2}, {Attr::of("keepdims", 0)}); // [N,M]
    const std::string mean = g.op("Div", {total, count}); // NaN where no donor was found
    const std::string unscaled = g.op("Add", {g.op("Mul", {mean, g.floats("knn_scale", {1, M}, knn.scale)}),
                                              g.floats("knn_center", {1, M}, knn.center)});
    std::vector<float> fills(m);
    for (std::size_t j = 0; j < m; ++j)
        fills[j] = f.numeric[j].fill;
    const std::string imputed =
        g.op("Where", {g.op("Equal", {count, g.scalar(0.0f)}), g.floats("fill", {1, M}, fills), unscaled});
    const auto parts = g.op_n("Split", {imputed}, int(m), {Attr::of("axis", 1)});
    for (std::size_t j = 0; j < m; ++j)
        if (f.numeric[j].imputation == prep::Imputation::knn)
            out[j] = parts[j];
    return out;
}

} // namespace tern::exporting
