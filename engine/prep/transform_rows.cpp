#include "engine/prep/transform_rows.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/calendar.h"
#include "engine/data/csv_fields.h"
#include "engine/data/unreadable_cell.h"
#include "engine/prep/iterative_imputer.h"
#include "engine/prep/knn_imputer.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace tern::prep {

namespace {

// Below this many rows, categorical cells are looked up by name one by one; above, a code -> slot map per column
// is built once per call.
constexpr std::size_t map_threshold = 16;

struct Scratch {
    std::vector<const data::Column*> numeric, categorical;
    std::vector<std::vector<std::uint32_t>> code_slots; // per categorical step (categorical source columns)
    std::vector<float> raw, imputed, work;
    KnnScratch knn;
};

Scratch& scratch()
{
    thread_local Scratch s;
    return s;
}

const data::Column& bind(const data::Table& table, const std::string& name, std::size_t hint, bool numeric,
                         std::optional<data::DateFormat> date = std::nullopt)
{
    const data::Column* column = nullptr;
    if (hint < table.cols() && table.column(hint).name() == name)
        column = &table.column(hint);
    else if (const auto i = table.find(name))
        column = &table.column(*i);
    else
        throw InputError(
            Message(TERN_TEXT("EngineText", "column '%1' is missing (the preprocessing was fitted with it)"), name));
    const bool is_numeric = column->type() == data::ColumnType::numeric;
    if (date && !is_numeric)
        throw InputError(Message(TERN_TEXT("EngineText", "column '%1' held dates when the preprocessing was fitted; "
                                                         "here not every value is a date (%2 then, optionally with a "
                                                         "time)%3"),
                                 name, data::date_pattern(*date), data::first_non_date(*column, *date)));
    if (is_numeric != numeric)
        throw InputError(numeric ? Message(TERN_TEXT("EngineText", "column '%1' is not numeric here but was numeric "
                                                                   "when the preprocessing was fitted%2"),
                                           name, data::first_non_number(*column))
                                 : Message(TERN_TEXT("EngineText", "column '%1' is numeric here but was categorical "
                                                                   "when the preprocessing was fitted"),
                                           name));
    return *column;
}

void bind_all(const Pipeline::State& st, const data::Table& table, std::size_t n_rows, Scratch& s)
{
    const FittedSteps& f = st.steps;
    s.numeric.resize(f.numeric.size());
    s.categorical.resize(f.categorical.size());
    s.code_slots.resize(f.categorical.size());
    for (std::size_t j = 0; j < f.numeric.size(); ++j)
        s.numeric[j] = &bind(table, f.numeric[j].column, f.numeric[j].source_index, true,
                             f.numeric[j].date ? std::optional(f.numeric[j].date_format) : std::nullopt);
    for (std::size_t c = 0; c < f.categorical.size(); ++c) {
        const data::Column& column = bind(table, f.categorical[c].column, f.categorical[c].source_index, false);
        s.categorical[c] = &column;
        s.code_slots[c].clear();
        if (n_rows >= map_threshold && column.type() == data::ColumnType::categorical)
            for (const std::string& level : column.levels())
                s.code_slots[c].push_back(st.slot_of(c, level));
    }
    const std::size_t m = f.numeric.size();
    s.raw.resize(m);
    s.imputed.resize(m);
    s.work.resize(m);
}

std::uint32_t slot_of_cell(const Pipeline::State& st, std::size_t c, const data::Column& column,
                           const std::vector<std::uint32_t>& code_slots, std::size_t r)
{
    const CategoricalStep& step = st.steps.categorical[c];
    if (column.type() == data::ColumnType::categorical) {
        const std::int32_t code = column.codes()[r];
        if (code < 0)
            return std::uint32_t(step.missing_slot());
        if (!code_slots.empty())
            return code_slots[std::size_t(code)];
        return st.slot_of(c, column.levels()[std::size_t(code)]);
    }
    if (column.is_missing(r))
        return std::uint32_t(step.missing_slot());
    return st.slot_of(c, column.texts()[r]);
}

void row_into(const Pipeline::State& st, Scratch& s, std::size_t r, float* out, bool scale)
{
    const FittedSteps& f = st.steps;
    const std::size_t m = f.numeric.size();
    bool any_missing = false;
    for (std::size_t j = 0; j < m; ++j) {
        s.raw[j] = data::model_float(s.numeric[j]->numbers()[r], f.numeric[j].date);
        any_missing = any_missing || std::isnan(s.raw[j]);
    }
    if (any_missing && st.any_knn)
        knn_impute(*f.knn, st.knn_index, s.raw, st.knn_use, s.imputed, s.knn);
    if (any_missing && st.any_iterative)
        iterative_impute(*f.iterative, s.raw, s.work);
    for (std::size_t j = 0; j < m; ++j) {
        const NumericStep& step = f.numeric[j];
        float v = s.raw[j];
        const bool missing = std::isnan(v);
        if (missing) {
            if (step.imputation == Imputation::knn)
                v = std::isnan(s.imputed[j]) ? step.fill : s.imputed[j];
            else if (step.imputation == Imputation::iterative)
                v = s.work[j];
            else
                v = step.fill; // NaN for `none`
        }
        out[step.feature] = v;
        if (step.calendar >= 0) {
            const data::CalendarParts parts = data::calendar_parts(v);
            out[step.calendar] = parts.month;
            out[step.calendar + 1] = parts.day;
            out[step.calendar + 2] = parts.weekday;
        }
        if (step.hour >= 0)
            out[step.hour] = data::hour_of_day(v);
        if (step.indicator >= 0)
            out[step.indicator] = missing ? 1.0f : 0.0f;
    }
    for (std::size_t c = 0; c < f.categorical.size(); ++c) {
        const CategoricalStep& step = f.categorical[c];
        const std::uint32_t slot = slot_of_cell(st, c, *s.categorical[c], s.code_slots[c], r);
        std::copy_n(step.table.data() + std::size_t(slot) * step.width, step.width, out + step.first_feature);
        if (step.indicator >= 0)
            out[step.indicator] = s.categorical[c]->is_missing(r) ? 1.0f : 0.0f;
    }
    if (scale)
        for (std::size_t i = 0; i < f.center.size(); ++i)
            out[i] = (out[i] - f.center[i]) * st.inv_scale[i];
}

} // namespace

void transform_rows(const Pipeline::State& st, const data::Table& table, std::span<const std::size_t> rows, Matrix& out,
                    bool scale)
{
    for (std::size_t r : rows)
        if (r >= table.rows())
            throw InputError(fmt::format("row {} is outside the table ({} rows)", r, table.rows()));
    Scratch& s = scratch();
    bind_all(st, table, rows.size(), s);
    for (std::size_t i = 0; i < rows.size(); ++i)
        row_into(st, s, rows[i], out.row(i).data(), scale);
}

void transform_one(const Pipeline::State& st, const data::Table& table, std::size_t row, float* out)
{
    if (row >= table.rows())
        throw InputError(fmt::format("row {} is outside the table ({} rows)", row, table.rows()));
    Scratch& s = scratch();
    bind_all(st, table, 1, s);
    row_into(st, s, row, out, true);
}

} // namespace tern::prep
