// All model families, by name. The search and the GUI read this list; adding a family is adding its file and one
// line in registry.cpp.
#pragma once

#include "engine/models/model.h"

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tern::models {

struct Family {
    std::string name;                   // "linear", "xgboost", "random_forest", "extra_trees", "knn", "svm", "naive_bayes", "mlp"
    std::string description;
    std::vector<ParamSpec> space;       // the search space, each with its default
    bool handles_missing = false;       // true: may receive NaN features (the search can skip imputation)
    bool supports_classification = true;
    bool supports_regression = true;
    std::function<std::unique_ptr<Model>(const Params& params, const FitContext& ctx)> make;
    // Restores a model written by Model::save().
    std::function<std::unique_ptr<Model>(std::span<const std::uint8_t> bytes)> load;
};

std::span<const Family> families();
const Family& family(const std::string& name);  // throws InputError listing the known names
Params default_params(const Family& family);
// The defaults of the parameters that mean something for `task` (see ParamSpec::task).
Params default_params(const Family& family, Task task);

// Creates a model of the named family; params may be partial (defaults fill the rest).
std::unique_ptr<Model> make_model(const std::string& family_name, const Params& params, const FitContext& ctx);
// Restores any saved model: reads the family from the bytes' envelope (engine/models/serial.h) and calls its
// loader. Throws InputError on bytes that are not a valid model.
std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes);

}  // namespace tern::models
