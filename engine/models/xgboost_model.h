// The `xgboost` family's extra surface: XGBoost's own JSON model of a fitted booster (for the exporters, which
// translate the trees to ONNX) and what the booster was trained as.
#pragma once

#include "engine/models/model.h"

#include <string>

namespace tern::models {

struct XgboostDump {
    std::string json;       // XGBoosterSaveModelToBuffer({"format": "json"})
    Task task = Task::binary;
    int n_classes = 0;      // 0 for regression
    int n_features = 0;
    int rounds = 0;         // boosting rounds actually trained (a time limit may stop early)
};

// Throws InputError when `model` is not a fitted xgboost model.
XgboostDump xgboost_json_model(const Model& model);

}  // namespace tern::models
