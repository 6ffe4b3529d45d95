// Pipeline::fit: screening, imputers, encoders and scaler, all fitted on the given training rows only.
#include "engine/core/error.h"
#include "engine/data/calendar.h"
#include "engine/prep/categorical_fit.h"
#include "engine/prep/column_stats.h"
#include "engine/prep/iterative_imputer.h"
#include "engine/prep/knn_imputer.h"
#include "engine/prep/screening.h"
#include "engine/prep/state.h"
#include "engine/prep/transform_rows.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace tern::prep {

namespace {

void check_inputs(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                  const PipelineConfig& config)
{
    config.validate();
    if (rows.empty())
        throw InputError("cannot fit preprocessing on zero training rows");
    for (std::size_t r : rows)
        if (r >= table.rows())
            throw InputError(fmt::format("training row {} is outside the table ({} rows)", r, table.rows()));
    if (!y.empty() && y.size() != rows.size())
        throw InputError(fmt::format("{} labels for {} training rows", y.size(), rows.size()));
    for (const auto& [column, strategy] : config.per_column_imputer.items())
        if (!table.find(column))
            throw InputError(
                fmt::format("an imputer is pinned for column '{}', which the table does not have", column));
}

NumericStep fit_numeric(const data::Column& column, std::size_t index, std::span<const std::size_t> rows,
                        Imputation imputation, const PipelineConfig& config)
{
    NumericStep s;
    s.column = column.name();
    s.source_index = index;
    s.date = column.is_date();
    s.date_format = column.date_format();
    s.thousands_dots = column.thousands_dots();
    s.decimal_commas = column.decimal_commas();
    s.imputation = imputation;
    std::vector<double> values = observed_values(column, rows);
    s.missing_in_training = rows.size() - values.size();
    // Screening keeps no all-missing column. Dates as transform_rows gives them (a median date-time at 23:59 stays
    // on its day).
    s.train_min = data::model_float(*std::min_element(values.begin(), values.end()), s.date);
    s.train_max = data::model_float(*std::max_element(values.begin(), values.end()), s.date);
    const double mean = mean_of(values);
    switch (imputation) {
    case Imputation::none: s.fill = std::nanf(""); break;
    case Imputation::median: s.fill = data::model_float(quantile_of(std::move(values), 0.5), s.date); break;
    case Imputation::most_frequent:
        s.fill = data::model_float(frequent_value_or_median(std::move(values)), s.date);
        break;
    case Imputation::constant: s.fill = config.constant_value; break;
    case Imputation::mean:
    case Imputation::knn:
    case Imputation::iterative: s.fill = data::model_float(mean, s.date); break;
    }
    return s;
}

// Center and scale of one output feature from its (unscaled) training values; identity when nothing varies.
void fit_scale(const Matrix& x, std::size_t f, Scaling scaling, float& center, float& scale)
{
    center = 0.0f;
    scale = 1.0f;
    std::vector<double> values;
    values.reserve(x.rows());
    for (std::size_t i = 0; i < x.rows(); ++i)
        if (!std::isnan(x(i, f)))
            values.push_back(x(i, f));
    if (values.empty())
        return;
    double c = 0.0, s = 0.0;
    if (scaling == Scaling::standard) {
        c = mean_of(values);
        s = std_of(values, c);
    } else {
        c = quantile_of(values, 0.5);
        s = quantile_of(values, 0.75) - quantile_of(values, 0.25);
    }
    center = float(c);
    scale = s > 0.0 && std::isfinite(s) ? float(s) : 1.0f;
}

} // namespace

Pipeline Pipeline::fit(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                       const PipelineConfig& config)
{
    Matrix unused;
    return fit_transform(table, rows, y, config, unused);
}

Pipeline Pipeline::fit_transform(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                                 const PipelineConfig& config, Matrix& training_features)
{
    check_inputs(table, rows, y, config);
    Pipeline pipeline;
    State& st = *pipeline.m_state;
    st.config = config;
    FittedSteps& f = st.steps;
    const Imputation default_imputation = *imputation_from_string(config.imputer);
    const Encoding encoding = *encoding_from_string(config.encoder);
    f.scaling = *scaling_from_string(config.scaler);
    auto imputation_for = [&](const std::string& column) {
        const auto pin = config.per_column_imputer.find(column);
        return pin == config.per_column_imputer.end() ? default_imputation
                                                      : *imputation_from_string(pin->get<std::string>());
    };

    Screening screening = screen_columns(table, rows);
    f.set_aside = std::move(screening.set_aside);
    std::vector<std::size_t> kept = screening.numeric;
    kept.insert(kept.end(), screening.categorical.begin(), screening.categorical.end());
    std::sort(kept.begin(), kept.end()); // features follow the table's column order

    TargetSpec spec;
    if (encoding == Encoding::target && !screening.categorical.empty()) {
        if (y.size() != rows.size())
            throw InputError("target encoding needs the labels of the training rows");
        spec = target_spec(y, config);
    }
    std::vector<const data::Column*> numeric_columns;
    std::vector<std::vector<float>> out_of_fold(screening.categorical.size());
    for (std::size_t c : kept) {
        const data::Column& column = table.column(c);
        const bool indicators = config.missing_indicators; // when the column had missing training values
        if (column.type() == data::ColumnType::numeric) {
            NumericStep s = fit_numeric(column, c, rows, imputation_for(column.name()), config);
            s.feature = int(f.feature_names.size());
            f.feature_names.push_back(column.name());
            if (s.date) {
                s.calendar = int(f.feature_names.size());
                for (const std::string_view part : data::calendar_part_names)
                    f.feature_names.push_back(column.name() + "@" + std::string(part));
                if (data::has_time_of_day(observed_values(column, rows))) {
                    s.hour = int(f.feature_names.size());
                    f.feature_names.push_back(column.name() + "@hour");
                }
            }
            if (indicators && s.missing_in_training > 0) {
                s.indicator = int(f.feature_names.size());
                f.feature_names.push_back(column.name() + "@missing");
            }
            f.numeric.push_back(std::move(s));
            numeric_columns.push_back(&column);
            continue;
        }
        const int first = int(f.feature_names.size());
        CategoricalStep s = fit_categorical(column, c, rows, encoding, imputation_for(column.name()), config,
                                            spec.width(), f.feature_names);
        s.first_feature = first;
        if (encoding == Encoding::target) {
            const std::vector<std::uint32_t> slots = slots_of(s, make_level_index(s), column, rows);
            out_of_fold[f.categorical.size()] = fit_target_encoding(s, slots, y, spec, config);
        }
        // One-hot with its own missing level already has the indicator as a feature.
        if (indicators && s.missing_in_training > 0 && !(encoding == Encoding::onehot && s.has_missing_level)) {
            s.indicator = int(f.feature_names.size());
            f.feature_names.push_back(column.name() + "@missing");
        }
        f.categorical.push_back(std::move(s));
    }

    std::vector<std::uint8_t> knn_use, iterative_use;
    for (const NumericStep& s : f.numeric) {
        knn_use.push_back(s.imputation == Imputation::knn);
        iterative_use.push_back(s.imputation == Imputation::iterative);
    }
    if (std::count(knn_use.begin(), knn_use.end(), 1) > 0)
        f.knn = fit_knn(numeric_columns, rows, config);
    if (std::count(iterative_use.begin(), iterative_use.end(), 1) > 0)
        f.iterative = fit_iterative(numeric_columns, rows, iterative_use, config);

    // The unscaled training matrix (target encodings out of fold) is what the scaler is fitted on.
    const std::size_t n_features = f.feature_names.size();
    f.center.assign(n_features, 0.0f);
    f.scale.assign(n_features, 1.0f);
    st.derive();
    Matrix x(rows.size(), n_features);
    transform_rows(st, table, rows, x, false);
    for (std::size_t c = 0; c < f.categorical.size(); ++c) {
        const CategoricalStep& s = f.categorical[c];
        if (s.encoding != Encoding::target)
            continue;
        for (std::size_t i = 0; i < rows.size(); ++i)
            std::copy_n(out_of_fold[c].data() + i * s.width, s.width, x.row(i).data() + s.first_feature);
    }
    if (f.scaling != Scaling::none) {
        for (const NumericStep& s : f.numeric) {
            fit_scale(x, std::size_t(s.feature), f.scaling, f.center[std::size_t(s.feature)],
                      f.scale[std::size_t(s.feature)]);
            for (int k = 0; s.calendar >= 0 && k < data::calendar_part_count; ++k) {
                const std::size_t feature = std::size_t(s.calendar + k);
                fit_scale(x, feature, f.scaling, f.center[feature], f.scale[feature]);
            }
            if (s.hour >= 0)
                fit_scale(x, std::size_t(s.hour), f.scaling, f.center[std::size_t(s.hour)],
                          f.scale[std::size_t(s.hour)]);
        }
        for (const CategoricalStep& s : f.categorical)
            if (s.encoding != Encoding::onehot) // one-hot columns stay 0/1
                for (std::size_t k = 0; k < s.width; ++k) {
                    const std::size_t feature = std::size_t(s.first_feature) + k;
                    fit_scale(x, feature, f.scaling, f.center[feature], f.scale[feature]);
                }
    }
    st.derive();
    for (std::size_t i = 0; i < x.rows(); ++i) {
        float* row = x.row(i).data();
        for (std::size_t j = 0; j < n_features; ++j)
            row[j] = (row[j] - f.center[j]) * st.inv_scale[j];
    }
    training_features = std::move(x);
    return pipeline;
}

} // namespace tern::prep
