#include "engine/export/onnx_inspect.h"

#include "engine/core/error.h"

#include <fmt/format.h>
#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

namespace tern::exporting {

namespace {

OnnxTensorInfo info_of(const onnx::ValueInfoProto& v)
{
    OnnxTensorInfo info;
    info.name = v.name();
    const auto& t = v.type().tensor_type();
    info.type = onnx::TensorProto::DataType_Name(onnx::TensorProto::DataType(t.elem_type()));
    for (auto& c : info.type)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& d : t.shape().dim())
        info.dims.push_back(d.has_dim_value() ? d.dim_value() : -1);
    return info;
}

} // namespace

OnnxSignature onnx_signature(const std::string& model_bytes)
{
    onnx::ModelProto model;
    if (!model.ParseFromString(model_bytes))
        throw InputError("not an ONNX model (the bytes do not parse)");
    try {
        onnx::checker::check_model(model);
    } catch (const std::exception& e) {
        throw InputError(fmt::format("invalid ONNX model: {}", e.what()));
    }
    OnnxSignature s;
    for (const auto& v : model.graph().input())
        s.inputs.push_back(info_of(v));
    for (const auto& v : model.graph().output())
        s.outputs.push_back(info_of(v));
    for (const auto& o : model.opset_import())
        s.opsets[o.domain()] = o.version();
    for (const auto& n : model.graph().node())
        ++s.operators[n.op_type()];
    for (const auto& t : model.graph().initializer())
        s.initializer_bytes += std::int64_t(t.ByteSizeLong());
    return s;
}

} // namespace tern::exporting
