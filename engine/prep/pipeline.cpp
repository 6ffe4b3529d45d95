// Pipeline's value semantics, accessors, transform entry points and report.
#include "engine/prep/pipeline.h"

#include "engine/core/error.h"
#include "engine/data/calendar.h"
#include "engine/prep/categorical_fit.h"
#include "engine/prep/state.h"
#include "engine/prep/transform_rows.h"

#include <fmt/format.h>
#include <numeric>

namespace tern::prep {

void Pipeline::State::derive()
{
    level_index.clear();
    for (const CategoricalStep& s : steps.categorical)
        level_index.push_back(make_level_index(s));
    inv_scale.resize(steps.scale.size());
    for (std::size_t i = 0; i < steps.scale.size(); ++i)
        inv_scale[i] = 1.0f / steps.scale[i];
    knn_use.clear();
    any_iterative = false;
    for (const NumericStep& s : steps.numeric) {
        knn_use.push_back(s.imputation == Imputation::knn);
        any_iterative = any_iterative || s.imputation == Imputation::iterative;
    }
    any_knn = steps.knn.has_value() && std::find(knn_use.begin(), knn_use.end(), 1) != knn_use.end();
    knn_index = any_knn ? make_knn_index(*steps.knn) : KnnIndex{};
    any_iterative = any_iterative && steps.iterative.has_value();
}

Pipeline::Pipeline() : m_state(std::make_unique<State>()) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::Pipeline(const Pipeline& other) : m_state(std::make_unique<State>(*other.m_state)) {}
Pipeline& Pipeline::operator=(const Pipeline& other)
{
    if (this != &other)
        m_state = std::make_unique<State>(*other.m_state);
    return *this;
}

Matrix Pipeline::transform(const data::Table& table, std::span<const std::size_t> rows) const
{
    Matrix out(rows.size(), n_features());
    transform_rows(*m_state, table, rows, out, true);
    return out;
}

Matrix Pipeline::transform(const data::Table& table) const
{
    std::vector<std::size_t> rows(table.rows());
    std::iota(rows.begin(), rows.end(), 0);
    return transform(table, rows);
}

void Pipeline::transform_row(const data::Table& table, std::size_t row, std::span<float> out) const
{
    if (out.size() != n_features())
        throw InputError(fmt::format("transform_row: {} output slots for {} features", out.size(), n_features()));
    transform_one(*m_state, table, row, out.data());
}

std::size_t Pipeline::n_features() const
{
    return m_state->steps.n_features();
}
const FittedSteps& Pipeline::steps() const
{
    return m_state->steps;
}
const PipelineConfig& Pipeline::config() const
{
    return m_state->config;
}
const std::vector<std::string>& Pipeline::feature_names() const
{
    return m_state->steps.feature_names;
}

nlohmann::json Pipeline::report() const
{
    const FittedSteps& f = m_state->steps;
    nlohmann::json set_aside = nlohmann::json::array();
    for (const SetAside& s : f.set_aside)
        set_aside.push_back({{"column", s.column}, {"reason", s.reason.text()}});
    nlohmann::json numeric = nlohmann::json::array();
    for (const NumericStep& s : f.numeric) {
        nlohmann::json j{{"column", s.column},
                         {"imputation", to_string(s.imputation)},
                         {"missing_in_training", s.missing_in_training},
                         {"indicator", s.indicator >= 0}};
        if (s.calendar >= 0) {
            j["calendar"] = data::calendar_part_names;
            if (s.hour >= 0)
                j["calendar"].push_back("hour");
        }
        if (!std::isnan(s.fill))
            j["fill"] = s.fill;
        numeric.push_back(std::move(j));
    }
    nlohmann::json categorical = nlohmann::json::array();
    for (const CategoricalStep& s : f.categorical) {
        const char* missing = s.missing_in_training == 0 ? "treated as unseen"
                              : s.has_missing_level      ? "own level"
                                                         : "most frequent level";
        categorical.push_back({{"column", s.column},
                               {"encoding", to_string(s.encoding)},
                               {"levels", s.levels},
                               {"rare_levels_bucketed", s.rare_levels},
                               {"missing_in_training", s.missing_in_training},
                               {"missing_values", missing},
                               {"unseen_levels", s.has_other                       ? "other"
                                                 : s.encoding == Encoding::onehot  ? "all zero"
                                                 : s.encoding == Encoding::ordinal ? "code after the last level"
                                                                                   : "prior"},
                               {"indicator", s.indicator >= 0}});
    }
    return {{"config", m_state->config.to_json()},
            {"features", f.n_features()},
            {"feature_names", f.feature_names},
            {"set_aside", set_aside},
            {"numeric", numeric},
            {"categorical", categorical},
            {"knn_donors", f.knn ? f.knn->donors.rows() : 0},
            {"iterative_regressions", f.iterative ? f.iterative->steps.size() : 0},
            {"scaling", to_string(f.scaling)}};
}

} // namespace tern::prep
