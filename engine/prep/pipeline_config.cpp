// PipelineConfig <-> JSON and its validation, plus the step names (the search space reads these strings).
#include "engine/core/error.h"
#include "engine/prep/pipeline.h"

#include <array>
#include <cmath>
#include <fmt/format.h>
#include <utility>

namespace tern::prep {

namespace {

constexpr std::array<std::pair<Imputation, std::string_view>, 7> imputation_names{{
    {Imputation::none, "none"},
    {Imputation::mean, "mean"},
    {Imputation::median, "median"},
    {Imputation::most_frequent, "most_frequent"},
    {Imputation::constant, "constant"},
    {Imputation::knn, "knn"},
    {Imputation::iterative, "iterative"},
}};
constexpr std::array<std::pair<Encoding, std::string_view>, 3> encoding_names{
    {{Encoding::onehot, "onehot"}, {Encoding::ordinal, "ordinal"}, {Encoding::target, "target"}}};
constexpr std::array<std::pair<Scaling, std::string_view>, 3> scaling_names{
    {{Scaling::standard, "standard"}, {Scaling::robust, "robust"}, {Scaling::none, "none"}}};

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E v)
{
    for (const auto& [value, name] : names)
        if (value == v)
            return name;
    return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view s)
{
    for (const auto& [value, name] : names)
        if (name == s)
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N> std::string choices(const std::array<std::pair<E, std::string_view>, N>& names)
{
    std::string out;
    for (const auto& [value, name] : names)
        out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

} // namespace

std::string_view to_string(Imputation v)
{
    return name_of(imputation_names, v);
}
std::string_view to_string(Encoding v)
{
    return name_of(encoding_names, v);
}
std::string_view to_string(Scaling v)
{
    return name_of(scaling_names, v);
}
std::optional<Imputation> imputation_from_string(std::string_view s)
{
    return value_of(imputation_names, s);
}
std::optional<Encoding> encoding_from_string(std::string_view s)
{
    return value_of(encoding_names, s);
}
std::optional<Scaling> scaling_from_string(std::string_view s)
{
    return value_of(scaling_names, s);
}

void PipelineConfig::validate() const
{
    if (!imputation_from_string(imputer))
        throw InputError(fmt::format("unknown imputer '{}' (choose one of: {})", imputer, choices(imputation_names)));
    if (!encoding_from_string(encoder))
        throw InputError(fmt::format("unknown encoder '{}' (choose one of: {})", encoder, choices(encoding_names)));
    if (!scaling_from_string(scaler))
        throw InputError(fmt::format("unknown scaler '{}' (choose one of: {})", scaler, choices(scaling_names)));
    if (!per_column_imputer.is_object())
        throw InputError("per-column imputers must be an object of column name -> strategy");
    for (const auto& [column, strategy] : per_column_imputer.items())
        if (!strategy.is_string() || !imputation_from_string(strategy.get<std::string>()))
            throw InputError(fmt::format("column '{}': unknown imputer {} (choose one of: {})", column, strategy.dump(),
                                         choices(imputation_names)));
    auto require = [](bool ok, const char* field, auto value) {
        if (!ok)
            throw InputError(fmt::format("preprocessing setting {} = {} is out of range", field, value));
    };
    require(std::isfinite(constant_value), "constant_value", constant_value);
    require(min_level_count >= 1 && min_level_count <= 1000000, "min_level_count", min_level_count);
    require(max_levels >= 1 && max_levels <= 100000, "max_levels", max_levels);
    require(target_folds >= 2 && target_folds <= 100, "target_folds", target_folds);
    require(target_smoothing >= 0 && target_smoothing <= 1e6, "target_smoothing", target_smoothing);
    require(knn_neighbors >= 1 && knn_neighbors <= 100, "knn_neighbors", knn_neighbors);
    require(knn_max_donors >= 1 && knn_max_donors <= 1000000, "knn_max_donors", knn_max_donors);
    require(iterative_rounds >= 1 && iterative_rounds <= 100, "iterative_rounds", iterative_rounds);
}

nlohmann::json PipelineConfig::to_json() const
{
    nlohmann::json j{{"imputer", imputer},
                     {"missing_indicators", missing_indicators},
                     {"encoder", encoder},
                     {"scaler", scaler},
                     {"per_column_imputer", per_column_imputer},
                     {"constant_value", constant_value},
                     {"min_level_count", min_level_count},
                     {"max_levels", max_levels},
                     {"target_folds", target_folds},
                     {"target_smoothing", target_smoothing},
                     {"knn_neighbors", knn_neighbors},
                     {"knn_max_donors", knn_max_donors},
                     {"iterative_rounds", iterative_rounds},
                     {"seed", seed}};
    if (task)
        j["task"] = std::string(tern::to_string(*task));
    return j;
}

// Absent keys keep their defaults, so configs stored by older versions still load.
PipelineConfig PipelineConfig::from_json(const nlohmann::json& j)
{
    if (!j.is_object())
        throw InputError("a preprocessing configuration must be a JSON object");
    PipelineConfig c;
    try {
        c.imputer = j.value("imputer", c.imputer);
        c.missing_indicators = j.value("missing_indicators", c.missing_indicators);
        c.encoder = j.value("encoder", c.encoder);
        c.scaler = j.value("scaler", c.scaler);
        c.per_column_imputer = j.value("per_column_imputer", c.per_column_imputer);
        c.constant_value = j.value("constant_value", c.constant_value);
        c.min_level_count = j.value("min_level_count", c.min_level_count);
        c.max_levels = j.value("max_levels", c.max_levels);
        c.target_folds = j.value("target_folds", c.target_folds);
        c.target_smoothing = j.value("target_smoothing", c.target_smoothing);
        c.knn_neighbors = j.value("knn_neighbors", c.knn_neighbors);
        c.knn_max_donors = j.value("knn_max_donors", c.knn_max_donors);
        c.iterative_rounds = j.value("iterative_rounds", c.iterative_rounds);
        c.seed = j.value("seed", c.seed);
        if (j.contains("task")) {
            c.task = task_from_string(j.at("task").get<std::string>());
            if (!c.task)
                throw InputError(fmt::format("unknown task {} in preprocessing configuration", j.at("task").dump()));
        }
    } catch (const nlohmann::json::exception& e) {
        throw InputError(fmt::format("bad preprocessing configuration: {}", e.what()));
    }
    c.validate();
    return c;
}

} // namespace tern::prep
