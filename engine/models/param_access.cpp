// Parameter resolution, class weights and input checks shared by the families (see param_access.h).
#include "engine/models/param_access.h"

#include "engine/core/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace tern::models {

Params resolve_params(const std::string& family, const std::vector<ParamSpec>& space, const Params& given)
{
    Params out = Params::object();
    for (const auto& spec : space)
        out[spec.name] = spec.default_value;
    if (given.is_null())
        return out;
    if (!given.is_object())
        throw InputError(fmt::format("parameters of '{}' must be a JSON object", family));
    for (const auto& [name, value] : given.items()) {
        auto it = std::find_if(space.begin(), space.end(), [&](const ParamSpec& s) { return s.name == name; });
        if (it == space.end()) {
            std::string known;
            for (const auto& s : space)
                known += (known.empty() ? "" : ", ") + s.name;
            throw InputError(fmt::format("unknown parameter '{}' for family '{}' (known: {})", name, family, known));
        }
        const auto bad = [&](const char* expected) {
            return InputError(fmt::format("parameter '{}' of '{}' must be {}, got {}", name, family, expected,
                                          value.dump()));
        };
        switch (it->kind) {
        case ParamKind::integer:
            if (!value.is_number() || std::floor(value.get<double>()) != value.get<double>() ||
                std::abs(value.get<double>()) > 1e12)
                throw bad("an integer");
            out[name] = static_cast<long long>(value.get<double>());
            break;
        case ParamKind::real:
        case ParamKind::log_real:
            if (!value.is_number() || !std::isfinite(value.get<double>()))
                throw bad("a number");
            out[name] = value.get<double>();
            break;
        case ParamKind::boolean:
            if (!value.is_boolean())
                throw bad("true or false");
            out[name] = value;
            break;
        case ParamKind::choice: {
            if (!value.is_string() ||
                std::find(it->choices.begin(), it->choices.end(), value.get<std::string>()) == it->choices.end())
                throw bad(fmt::format("one of {}", fmt::join(it->choices, ", ")).c_str());
            out[name] = value;
            break;
        }
        }
    }
    return out;
}

ParamSpec class_weight_spec()
{
    return {"class_weight", ParamKind::choice, 0, 0, {"none", "balanced"}, "none",
            "balanced: weight each class by n / (k * class count) so a minority class is not ignored",
            ParamTask::classification};
}

bool applies_to(const ParamSpec& spec, Task task)
{
    if (spec.task == ParamTask::any)
        return true;
    return is_classification(task) ? spec.task == ParamTask::classification : spec.task == ParamTask::regression;
}

std::vector<float> fit_weights(std::span<const float> y, std::span<const float> weights, int n_classes,
                               bool balanced)
{
    std::vector<float> w(y.size(), 1.0f);
    if (!weights.empty())
        std::copy(weights.begin(), weights.end(), w.begin());
    if (!balanced || n_classes <= 0)
        return w;
    std::vector<double> per_class(n_classes, 0.0);
    double total = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        per_class[static_cast<int>(y[i])] += w[i];
        total += w[i];
    }
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double c = per_class[static_cast<int>(y[i])];
        w[i] = static_cast<float>(w[i] * total / (n_classes * c));
    }
    return w;
}

void check_fit_input(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                     const FitContext& ctx, bool allow_nan)
{
    if (x.rows() == 0 || x.cols() == 0)
        throw InputError("cannot fit a model on an empty matrix");
    if (y.size() != x.rows())
        throw InputError(fmt::format("{} labels for {} rows", y.size(), x.rows()));
    if (!weights.empty() && weights.size() != x.rows())
        throw InputError(fmt::format("{} weights for {} rows", weights.size(), x.rows()));
    for (float w : weights)
        if (!(w >= 0) || !std::isfinite(w))
            throw InputError("sample weights must be finite and non-negative");
    if (is_classification(ctx.task)) {
        if (ctx.n_classes < 2)
            throw InputError(fmt::format("classification needs at least 2 classes, got {}", ctx.n_classes));
        for (float v : y)
            if (!(v >= 0) || v >= ctx.n_classes || v != std::floor(v))
                throw InputError(fmt::format("class label {} is not an index in [0, {})", v, ctx.n_classes));
    } else {
        for (float v : y)
            if (!std::isfinite(v))
                throw InputError("regression targets must be finite");
    }
    for (float v : x.values())
        if (std::isinf(v))
            throw InputError("features contain infinity; no family can use it");
        else if (!allow_nan && std::isnan(v))
            throw InputError("features contain NaN; this family needs imputed features");
}

void check_predict_input(const Matrix& x, std::size_t n_features, const std::string& family)
{
    if (x.cols() != n_features)
        throw InputError(fmt::format("{} model expects {} features, got {}", family, n_features, x.cols()));
}

}  // namespace tern::models
