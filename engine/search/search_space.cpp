#include "engine/search/search_space.h"

#include "engine/models/registry.h"

#include <algorithm>
#include <cmath>

namespace tern::search {

bool scale_free(const std::string& family)
{
    return splits_on_codes(family) || family == "naive_bayes";
}

bool splits_on_codes(const std::string& family)
{
    return family == "xgboost" || family == "random_forest" || family == "extra_trees";
}

namespace {

Dimension choice_dim(std::string name, DimTarget target, std::vector<std::string> choices)
{
    Dimension d;
    d.name = std::move(name);
    d.target = target;
    d.kind = models::ParamKind::choice;
    d.choices = std::move(choices);
    return d;
}

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

}  // namespace

std::vector<Dimension> dimensions(const std::string& family_name, const SearchContext& ctx)
{
    const auto& family = models::family(family_name);
    std::vector<Dimension> dims;
    for (const auto& spec : family.space) {
        // Class weighting is one search dimension for every family (the config's class_weight, applied as row
        // weights below); the family's own class_weight parameter stays at its default so it is never doubled.
        if (spec.name == "class_weight" || !models::applies_to(spec, ctx.task))
            continue;
        Dimension d;
        d.name = spec.name;
        d.kind = spec.kind;
        d.low = spec.low;
        d.high = spec.high;
        d.choices = spec.choices;
        if (spec.kind == models::ParamKind::boolean)
            d.choices = {"false", "true"};
        if (d.categorical() && d.choices.empty())
            continue;
        // A row cap above the rows there are is one model whatever its value: searched only below that.
        if (spec.caps_rows && ctx.n_rows > 0)
            d.high = std::min(d.high, static_cast<double>(ctx.n_rows));
        if (!d.categorical() && !(d.high > d.low))
            continue;
        dims.push_back(std::move(d));
    }
    // XGBoost reads missing values itself and might skip the imputers; searching them too scored better: 'none'
    // alone moved the chosen model's test score by -0.003 on 10 tables with missing values (better on 2, worse on 4,
    // airquality -0.015; 30 candidates each, same search).
    if (ctx.has_missing) {
        std::vector<std::string> imputers{"median", "mean", "most_frequent", "knn", "iterative"};
        if (family.handles_missing)
            imputers.insert(imputers.begin(), "none");
        dims.push_back(choice_dim("imputer", DimTarget::imputer, imputers));
        dims.push_back(choice_dim("missing_indicators", DimTarget::indicators, {"false", "true"}));
    }
    // Level codes only mean something to a tree, which can cut them anywhere; a weight, a distance or a Gaussian
    // applied to them imposes the codes' arbitrary order on the levels.
    if (ctx.has_categorical)
        dims.push_back(choice_dim("encoder", DimTarget::encoder,
                                  splits_on_codes(family_name) ? std::vector<std::string>{"onehot", "ordinal", "target"}
                                                               : std::vector<std::string>{"onehot", "target"}));
    if (!scale_free(family_name))
        dims.push_back(choice_dim("scaler", DimTarget::scaler, {"standard", "robust"}));
    if (is_classification(ctx.task))
        dims.push_back(choice_dim("class_weight", DimTarget::class_weight, {"none", "balanced"}));
    return dims;
}

CandidateConfig default_config(const std::string& family_name, const SearchContext& ctx)
{
    const auto& family = models::family(family_name);
    CandidateConfig c;
    c.family = family_name;
    c.params = models::default_params(family, ctx.task);
    c.origin = "default";
    c.pipeline.per_column_imputer = ctx.imputer_pins;
    if (family.handles_missing) {
        c.pipeline.imputer = "none";
        c.pipeline.missing_indicators = false;
    } else {
        c.pipeline.imputer = "median";
        c.pipeline.missing_indicators = ctx.has_missing;
    }
    // Trees split on ordinal codes as well as on one-hot columns and stay narrow; the rest need one-hot.
    c.pipeline.encoder = splits_on_codes(family_name) ? "ordinal" : "onehot";
    c.pipeline.scaler = scale_free(family_name) ? "none" : "standard";
    c.class_weight = is_classification(ctx.task) && ctx.prefer_balanced ? "balanced" : "none";
    return c;
}

Point encode(const CandidateConfig& c, const std::vector<Dimension>& dims, const SearchContext&)
{
    Point p(dims.size(), 0.0);
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const auto& d = dims[i];
        std::string chosen;
        switch (d.target) {
        case DimTarget::imputer: chosen = c.pipeline.imputer; break;
        case DimTarget::indicators: chosen = c.pipeline.missing_indicators ? "true" : "false"; break;
        case DimTarget::encoder: chosen = c.pipeline.encoder; break;
        case DimTarget::scaler: chosen = c.pipeline.scaler; break;
        case DimTarget::class_weight: chosen = c.class_weight; break;
        case DimTarget::model: {
            const auto it = c.params.find(d.name);
            if (it == c.params.end())
                break;
            if (d.kind == models::ParamKind::boolean)
                chosen = it->is_boolean() && it->get<bool>() ? "true" : "false";
            else if (d.kind == models::ParamKind::choice)
                chosen = it->is_string() ? it->get<std::string>() : it->dump();
            else if (it->is_number()) {
                const double v = it->get<double>();
                p[i] = d.kind == models::ParamKind::log_real && d.low > 0
                           ? clamp01(std::log(std::max(v, d.low) / d.low) / std::log(d.high / d.low))
                           : clamp01((v - d.low) / (d.high - d.low));
            }
            break;
        }
        }
        if (d.categorical()) {
            const auto it = std::find(d.choices.begin(), d.choices.end(), chosen);
            p[i] = it == d.choices.end() ? 0.0 : static_cast<double>(it - d.choices.begin());
        }
    }
    return p;
}

CandidateConfig decode(const std::string& family, const Point& p, const std::vector<Dimension>& dims,
                       const SearchContext& ctx)
{
    CandidateConfig c = default_config(family, ctx);
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const auto& d = dims[i];
        if (d.categorical()) {
            const auto idx = std::min(d.choices.size() - 1, static_cast<std::size_t>(std::max(0.0, p[i])));
            const std::string& v = d.choices[idx];
            switch (d.target) {
            case DimTarget::imputer: c.pipeline.imputer = v; break;
            case DimTarget::indicators: c.pipeline.missing_indicators = v == "true"; break;
            case DimTarget::encoder: c.pipeline.encoder = v; break;
            case DimTarget::scaler: c.pipeline.scaler = v; break;
            case DimTarget::class_weight: c.class_weight = v; break;
            case DimTarget::model:
                if (d.kind == models::ParamKind::boolean)
                    c.params[d.name] = v == "true";
                else
                    c.params[d.name] = v;
                break;
            }
            continue;
        }
        const double u = clamp01(p[i]);
        double v = d.kind == models::ParamKind::log_real && d.low > 0 ? d.low * std::pow(d.high / d.low, u)
                                                                      : d.low + u * (d.high - d.low);
        if (d.kind == models::ParamKind::integer)
            c.params[d.name] = static_cast<long long>(std::llround(v));
        else
            c.params[d.name] = v;
    }
    // A parameter that does not act under the others' values keeps its default: points differing only there
    // decode to one configuration, which the strategies then know they have tried.
    for (const auto& spec : models::family(family).space) {
        const auto eq = spec.active_when.find('=');
        if (eq == std::string::npos || !c.params.contains(spec.name))
            continue;
        const auto other = c.params.find(spec.active_when.substr(0, eq));
        const std::string wanted = spec.active_when.substr(eq + 1);
        const std::string value = other == c.params.end() ? ""
                                  : other->is_string()     ? other->get<std::string>()
                                                           : other->dump();
        if (value != wanted)
            c.params[spec.name] = spec.default_value;
    }
    // Imputation "none" only reaches families that take missing values natively (dimensions() guarantees it);
    // indicators add nothing without imputation.
    if (c.pipeline.imputer == "none")
        c.pipeline.missing_indicators = false;
    return c;
}

Point sample_uniform(const std::vector<Dimension>& dims, std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Point p(dims.size());
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const double r = u(rng);
        p[i] = dims[i].categorical() ? std::floor(r * static_cast<double>(dims[i].n_choices())) : r;
        if (dims[i].categorical())
            p[i] = std::min(p[i], static_cast<double>(dims[i].n_choices() - 1));
    }
    return p;
}

}  // namespace tern::search
