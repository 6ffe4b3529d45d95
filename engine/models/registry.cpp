// The explicit list of model families. Listed by hand on purpose: self-registering static initialisers are dropped
// when the engine is linked as a static library.
#include "engine/models/registry.h"

#include "engine/core/error.h"
#include "engine/models/serial.h"

#include <fmt/format.h>

namespace tern::models {

// Each is defined in its family's own file.
Family linear_family();
Family xgboost_family();
Family random_forest_family();
Family extra_trees_family();
Family knn_family();
Family svm_family();
Family naive_bayes_family();
Family mlp_family();  // engine/models/mlp_family.cpp (nn::Mlp)

}  // namespace tern::models

namespace tern::quant {
// Quantised copies of mlp/linear models (engine/quant/quantized_model.cpp): loadable, but not a family the search
// tries, so they are not in the list below.
std::unique_ptr<models::Model> load_quantized_model(std::span<const std::uint8_t> bytes);
}  // namespace tern::quant

namespace tern::models {

namespace {
std::vector<Family> build_families()
{
    std::vector<Family> list;
    list.push_back(linear_family());
    list.push_back(xgboost_family());
    list.push_back(random_forest_family());
    list.push_back(extra_trees_family());
    list.push_back(knn_family());
    list.push_back(svm_family());
    list.push_back(naive_bayes_family());
    list.push_back(mlp_family());
    return list;
}
}  // namespace

std::span<const Family> families()
{
    static const std::vector<Family> list = build_families();
    return list;
}

const Family& family(const std::string& name)
{
    std::string known;
    for (const auto& f : families()) {
        if (f.name == name)
            return f;
        known += (known.empty() ? "" : ", ") + f.name;
    }
    throw InputError(fmt::format("unknown model family '{}' (known: {})", name, known));
}

Params default_params(const Family& family)
{
    Params p = Params::object();
    for (const auto& spec : family.space)
        p[spec.name] = spec.default_value;
    return p;
}

Params default_params(const Family& family, Task task)
{
    Params p = Params::object();
    for (const auto& spec : family.space)
        if (applies_to(spec, task))
            p[spec.name] = spec.default_value;
    return p;
}

std::unique_ptr<Model> make_model(const std::string& family_name, const Params& params, const FitContext& ctx)
{
    return family(family_name).make(params, ctx);
}

std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes)
{
    const auto name = peek_family(bytes);
    if (name == "quantized")
        return quant::load_quantized_model(bytes);
    const Family* found = nullptr;
    for (const auto& f : families())
        if (f.name == name)
            found = &f;
    if (!found)
        throw InputError(fmt::format("cannot load model: unknown family '{}' in the saved bytes", name));
    return found->load(bytes);
}

}  // namespace tern::models
