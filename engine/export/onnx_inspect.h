// Reads back the interface of a serialized ONNX model (inputs, outputs, opsets, operators) after validating it with
// onnx::checker: for tests and for anything that wants to describe an exported model without ONNX's headers.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tern::exporting {

struct OnnxTensorInfo {
    std::string name;
    std::string type;               // "float", "string", "int64", ...
    std::vector<std::int64_t> dims; // -1 for a symbolic dimension (the batch)
};

struct OnnxSignature {
    std::vector<OnnxTensorInfo> inputs, outputs;
    std::map<std::string, std::int64_t> opsets; // domain ("" = ai.onnx) -> version
    std::map<std::string, int> operators;       // op type -> node count
    std::int64_t initializer_bytes = 0;
};

// InputError when the bytes are not a valid ONNX model.
OnnxSignature onnx_signature(const std::string& model_bytes);

} // namespace tern::exporting
