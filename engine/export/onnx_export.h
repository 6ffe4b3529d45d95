// ONNX export of a fitted candidate (or an ensemble of them): the WHOLE pipeline -- imputation, missing indicators,
// categorical encoding, scaling and the model -- as one graph (opset 13, ai.onnx.ml 3 for trees and label lookup),
// validated with onnx::checker before it is returned.
//
// Graph interface (CONTRACT.md, `export`): one input per kept feature column, named as the column, shape [N, 1],
// float32 for numeric columns and numeric-coded categorical columns (NaN = missing), string for text columns.
// Outputs: `label` [N] (class names) and `probabilities` [N, classes] for classification, `prediction` [N] for
// regression. Quantised models (engine/quant) export as QDQ int8 (ternary: int8 weights with per-block scales).
#pragma once

#include "engine/core/task.h"

#include <optional>
#include <string>
#include <vector>

namespace tern::search {
struct FittedCandidate;
}

namespace tern::exporting {

struct OnnxMember {
    const search::FittedCandidate* fitted = nullptr;
    double weight = 1.0;
};

struct OnnxRequest {
    Task task = Task::binary;
    std::vector<std::string> class_names; // empty: regression
    std::vector<OnnxMember> members;      // one, or an ensemble's members with weights summing to 1
    // Binary only: `label` is class 1 where p1 / (p0 + p1) exceeds it (ArgMax of the probabilities weighted by
    // (t, 1 - t), as PredictionBlock::predicted_class decides); empty: ArgMax of the probabilities.
    std::optional<float> threshold;
};

// The serialized ModelProto. Families: linear, mlp (fp32 or quantised: bf16, int8, ternary), random_forest,
// extra_trees, xgboost, knn, svm, naive_bayes. InputError when a member's family cannot be exported or the request is
// malformed (no members, weights not summing to 1, class names not matching the task, a feature column named like
// an output).
std::string onnx_model(const OnnxRequest& request);

} // namespace tern::exporting
