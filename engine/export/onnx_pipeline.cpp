// The preprocessing pipeline (engine/prep/fitted_steps.h) as ONNX nodes, mirroring prep/transform_rows.cpp cell for
// cell: numeric fill where the input is NaN, calendar parts of dates, missing indicators, categorical slot lookup
// (kept level, "other", "missing") and the slot's encoded block, the blocks concatenated in output order, then
// (v - center) * (1 / scale) with the same float reciprocal transform uses.
#include "engine/core/error.h"
#include "engine/data/calendar.h"
#include "engine/data/readers.h"
#include "engine/export/onnx_parts.h"
#include "engine/prep/pipeline.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace tern::exporting {

namespace {

using Dims = GraphBuilder::Dims;

// The tokens the table readers read as a missing cell: a string input holding one of them is missing, as it would
// be for `tern-cli predict`.
const std::vector<std::string> missing_tokens = data::ReadOptions{}.missing_tokens;

struct Piece {
    int first = 0;
    std::int64_t width = 0;
    std::string tensor;
};

std::optional<float> parse_number(const std::string& s)
{
    float v = 0;
    const auto end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, v);
    if (s.empty() || ec != std::errc() || ptr != end || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// A categorical column whose levels are all numbers (e.g. an ARFF nominal {1,2,3}) arrives as float input: a
// caller holding that column reads it as numbers. With rare levels bucketed away we cannot know the column was
// all-numeric, so it stays a string input.
std::optional<std::vector<float>> numeric_levels(const prep::CategoricalStep& step)
{
    if (step.text || step.rare_levels > 0 || step.levels.empty())
        return std::nullopt;
    std::vector<float> out;
    for (const auto& level : step.levels) {
        const auto v = parse_number(level);
        if (!v)
            return std::nullopt;
        out.push_back(*v);
    }
    return out;
}

// slot [N, 1] int64 of a float-coded categorical input: the index of the equal level, else "other"; NaN -> missing.
std::string float_slots(GraphBuilder& g, const prep::CategoricalStep& step, const std::string& x,
                        const std::vector<float>& keys)
{
    const auto L = std::int64_t(keys.size());
    const std::string eq = g.op("Cast", {g.op("Equal", {x, g.floats("levels", {1, L}, keys)})},
                                {Attr::of("to", int(onnx::TensorProto::INT64))});
    std::vector<std::int64_t> shift(keys.size());
    for (std::size_t l = 0; l < keys.size(); ++l)
        shift[l] = std::int64_t(l) - std::int64_t(step.other_slot());
    // other + sum(eq * (l - other)): at most one level is equal (levels are distinct numbers).
    const std::string found =
        g.op("ReduceSum",
             {g.op("Mul", {eq, g.int64s("shift", {1, L}, shift)}), g.int64s("axes", {1}, std::vector<std::int64_t>{1})},
             {Attr::of("keepdims", 1)});
    const std::int64_t other = std::int64_t(step.other_slot()), missing = std::int64_t(step.missing_slot());
    const std::string slot = g.op("Add", {found, g.int64s("other", {}, std::span(&other, 1))});
    return g.op("Where", {g.op("IsNaN", {x}), g.int64s("missing", {}, std::span(&missing, 1)), slot});
}

// slot [N, 1] int64 of a string input through ai.onnx.ml LabelEncoder: kept levels to their index, missing tokens
// to the missing slot, anything else to "other".
std::string string_slots(GraphBuilder& g, const prep::CategoricalStep& step, const std::string& x)
{
    std::vector<std::string> keys = step.levels;
    std::vector<std::int64_t> values(keys.size());
    for (std::size_t l = 0; l < keys.size(); ++l)
        values[l] = std::int64_t(l);
    for (const auto& token : missing_tokens)
        if (std::find(keys.begin(), keys.end(), token) == keys.end()) {
            keys.push_back(token);
            values.push_back(std::int64_t(step.missing_slot()));
        }
    return g.op("LabelEncoder", {x},
                {Attr::of("keys_strings", keys), Attr::of("values_int64s", values),
                 Attr::of("default_int64", std::int64_t(step.other_slot()))},
                ml_domain);
}

void categorical_pieces(GraphBuilder& g, const prep::CategoricalStep& step, std::vector<Piece>& pieces)
{
    const auto keys = numeric_levels(step);
    g.input(step.column, keys ? onnx::TensorProto::FLOAT : onnx::TensorProto::STRING, {1});
    const std::string slot = keys ? float_slots(g, step, step.column, *keys) : string_slots(g, step, step.column);
    if (step.width > 0) {
        const auto W = std::int64_t(step.width);
        const std::string table = g.floats("table", {std::int64_t(step.slot_count()), W}, step.table);
        const std::string block = g.op("Gather", {table, slot}, {Attr::of("axis", 0)}); // [N, 1, W]
        pieces.push_back({step.first_feature, W, g.op("Reshape", {block, g.shape({-1, W})})});
    }
    if (step.indicator >= 0) {
        const std::int64_t missing = std::int64_t(step.missing_slot());
        const std::string is_missing = g.op("Equal", {slot, g.int64s("missing", {}, std::span(&missing, 1))});
        pieces.push_back(
            {step.indicator, 1, g.op("Cast", {is_missing}, {Attr::of("to", int(onnx::TensorProto::FLOAT))})});
    }
}

// Month, day of month and weekday of a [N, 1] tensor of days since 1970-01-01, as data::calendar_parts computes
// them (Hinnant's civil_from_days): [N, 3]. Every step is on whole numbers below 2^24, exact in float32, and
// floor(a / b) of such numbers is exact too.
std::string calendar_graph(GraphBuilder& g, const std::string& days)
{
    auto c = [&](float v) { return g.scalar(v); };
    auto add = [&](const std::string& a, const std::string& b) { return g.op("Add", {a, b}); };
    auto sub = [&](const std::string& a, const std::string& b) { return g.op("Sub", {a, b}); };
    auto mul = [&](const std::string& a, float k) { return g.op("Mul", {a, c(k)}); };
    auto floor_div = [&](const std::string& a, float k) { return g.op("Floor", {g.op("Div", {a, c(k)})}); };
    const std::string whole = g.op("Floor", {days});
    const std::string z = add(whole, c(719468));
    const std::string era = floor_div(z, 146097);
    const std::string doe = sub(z, mul(era, 146097));
    const std::string yoe =
        floor_div(sub(add(sub(doe, floor_div(doe, 1460)), floor_div(doe, 36524)), floor_div(doe, 146096)), 365);
    const std::string doy = sub(doe, sub(add(mul(yoe, 365), floor_div(yoe, 4)), floor_div(yoe, 100)));
    const std::string mp = floor_div(add(mul(doy, 5), c(2)), 153);
    const std::string day = add(sub(doy, floor_div(add(mul(mp, 153), c(2)), 5)), c(1));
    const std::string month = g.op("Where", {g.op("Less", {mp, c(10)}), add(mp, c(3)), sub(mp, c(9))});
    const std::string shifted = add(whole, c(3)); // 1970-01-01 was a Thursday
    const std::string weekday = sub(shifted, mul(floor_div(shifted, 7), 7));
    return g.op("Concat", {month, day, weekday}, {Attr::of("axis", 1)});
}

void numeric_pieces(GraphBuilder& g, const prep::FittedSteps& f, std::vector<Piece>& pieces)
{
    std::vector<std::string> raw;
    for (const auto& step : f.numeric) {
        g.input(step.column, onnx::TensorProto::FLOAT, {1});
        // An infinite cell is missing, as the table readers read it (data::numeric_cell).
        raw.push_back(g.op("Where", {g.op("IsInf", {step.column}), g.scalar(std::numeric_limits<float>::quiet_NaN()),
                                     step.column}));
    }
    const bool any_iterative = f.iterative && std::any_of(f.numeric.begin(), f.numeric.end(), [](const auto& s) {
                                   return s.imputation == prep::Imputation::iterative;
                               });
    const bool any_knn = f.knn && std::any_of(f.numeric.begin(), f.numeric.end(),
                                              [](const auto& s) { return s.imputation == prep::Imputation::knn; });
    const std::vector<std::string> iterative = any_iterative ? iterative_graph(g, f, raw) : std::vector<std::string>{};
    const std::vector<std::string> knn = any_knn ? knn_graph(g, f, raw) : std::vector<std::string>{};
    for (std::size_t j = 0; j < f.numeric.size(); ++j) {
        const prep::NumericStep& step = f.numeric[j];
        const std::string missing = g.op("IsNaN", {raw[j]});
        std::string fill;
        if (step.imputation == prep::Imputation::iterative && any_iterative)
            fill = iterative[j];
        else if (step.imputation == prep::Imputation::knn && any_knn)
            fill = knn[j]; // already falls back to step.fill where no donor has the column
        else
            fill = g.scalar(step.fill); // NaN for `none`: the cell stays missing
        const std::string value = g.op("Where", {missing, fill, raw[j]});
        pieces.push_back({step.feature, 1, value});
        if (step.calendar >= 0)
            pieces.push_back({step.calendar, data::calendar_part_count, calendar_graph(g, value)});
        if (step.hour >= 0) { // data::hour_of_day
            const std::string fraction = g.op("Sub", {value, g.op("Floor", {value})});
            pieces.push_back({step.hour, 1, g.op("Mul", {fraction, g.scalar(24.0f)})});
        }
        if (step.indicator >= 0)
            pieces.push_back(
                {step.indicator, 1, g.op("Cast", {missing}, {Attr::of("to", int(onnx::TensorProto::FLOAT))})});
    }
}

} // namespace

std::string pipeline_graph(GraphBuilder& g, const prep::Pipeline& pipeline)
{
    const prep::FittedSteps& f = pipeline.steps();
    const auto F = std::int64_t(f.n_features());
    if (F == 0)
        throw InputError("the pipeline has no features; nothing to export to ONNX");
    std::vector<Piece> pieces;
    numeric_pieces(g, f, pieces);
    for (const auto& step : f.categorical)
        categorical_pieces(g, step, pieces);
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.first < b.first; });
    std::int64_t at = 0;
    std::vector<std::string> parts;
    for (const Piece& p : pieces) {
        if (p.first != at)
            throw InputError(fmt::format("the pipeline's feature layout has a gap at feature {}", at));
        at += p.width;
        parts.push_back(p.tensor);
    }
    if (at != F || f.center.size() != std::size_t(F) || f.scale.size() != std::size_t(F))
        throw InputError(fmt::format("the pipeline's steps produce {} features, it declares {}", at, F));
    const std::string features = parts.size() == 1 ? parts.front() : g.op("Concat", parts, {Attr::of("axis", 1)});
    std::vector<float> inv_scale(f.scale.size());
    for (std::size_t i = 0; i < f.scale.size(); ++i)
        inv_scale[i] = 1.0f / f.scale[i];
    const std::string centered = g.op("Sub", {features, g.floats("center", {1, F}, f.center)});
    return g.op("Mul", {centered, g.floats("inv_scale", {1, F}, inv_scale)});
}

} // namespace tern::exporting
