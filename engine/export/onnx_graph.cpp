#include "engine/export/onnx_graph.h"

#include "engine/core/error.h"

#include <fmt/format.h>

namespace tern::exporting {

Attr Attr::of(std::string n, std::int64_t v)
{
    Attr a;
    a.name = std::move(n);
    a.kind = Kind::i;
    a.i = v;
    return a;
}
Attr Attr::of(std::string n, float v)
{
    Attr a;
    a.name = std::move(n);
    a.kind = Kind::f;
    a.f = v;
    return a;
}
Attr Attr::of(std::string n, std::string v)
{
    Attr a;
    a.name = std::move(n);
    a.kind = Kind::s;
    a.s = std::move(v);
    return a;
}
Attr Attr::of(std::string n, std::vector<std::int64_t> v)
{
    Attr a;
    a.name = std::move(n);
    a.kind = Kind::ints;
    a.ints = std::move(v);
    return a;
}
Attr Attr::of(std::string n, std::vector<float> v)
{
    Attr a;
    a.name = std::move(n);
    a.kind = Kind::floats;
    a.floats = std::move(v);
    return a;
}
Attr Attr::of(std::string n, std::vector<std::string> v)
{
    Attr a;
    a.name = std::move(n);
    a.kind = Kind::strings;
    a.strings = std::move(v);
    return a;
}

namespace {

void add_attr(onnx::NodeProto& node, const Attr& a)
{
    onnx::AttributeProto* p = node.add_attribute();
    p->set_name(a.name);
    switch (a.kind) {
    case Attr::Kind::i:
        p->set_type(onnx::AttributeProto::INT);
        p->set_i(a.i);
        break;
    case Attr::Kind::f:
        p->set_type(onnx::AttributeProto::FLOAT);
        p->set_f(a.f);
        break;
    case Attr::Kind::s:
        p->set_type(onnx::AttributeProto::STRING);
        p->set_s(a.s);
        break;
    case Attr::Kind::ints:
        p->set_type(onnx::AttributeProto::INTS);
        for (auto v : a.ints)
            p->add_ints(v);
        break;
    case Attr::Kind::floats:
        p->set_type(onnx::AttributeProto::FLOATS);
        for (auto v : a.floats)
            p->add_floats(v);
        break;
    case Attr::Kind::strings:
        p->set_type(onnx::AttributeProto::STRINGS);
        for (const auto& v : a.strings)
            p->add_strings(v);
        break;
    }
}

void set_value_info(onnx::ValueInfoProto& info, const std::string& name, int elem_type,
                    const GraphBuilder::Dims& dims_minus_batch)
{
    info.set_name(name);
    auto* tensor = info.mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(elem_type);
    auto* shape = tensor->mutable_shape();
    shape->add_dim()->set_dim_param("N");
    for (auto d : dims_minus_batch)
        shape->add_dim()->set_dim_value(d);
}

} // namespace

std::string GraphBuilder::fresh(std::string_view hint)
{
    return fmt::format("{}{}_{}", m_prefix, hint, m_counter++);
}

onnx::TensorProto& GraphBuilder::initializer(std::string_view hint, int elem_type, const Dims& dims, std::string& name)
{
    name = fresh(hint);
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(name);
    t->set_data_type(elem_type);
    for (auto d : dims)
        t->add_dims(d);
    return *t;
}

std::string GraphBuilder::raw(std::string_view hint, int elem_type, const Dims& dims, const void* data,
                              std::size_t bytes)
{
    std::string name;
    initializer(hint, elem_type, dims, name).set_raw_data(std::string(static_cast<const char*>(data), bytes));
    return name;
}

std::string GraphBuilder::floats(std::string_view hint, Dims dims, std::span<const float> values)
{
    return raw(hint, onnx::TensorProto::FLOAT, dims, values.data(), values.size_bytes());
}

std::string GraphBuilder::shared(const std::string& key, const std::function<std::string()>& make)
{
    if (const auto it = m_shared.find(key); it != m_shared.end())
        return it->second;
    return m_shared[key] = make();
}

std::string GraphBuilder::doubles(std::string_view hint, Dims dims, std::span<const double> values)
{
    return raw(hint, onnx::TensorProto::DOUBLE, dims, values.data(), values.size_bytes());
}

std::string GraphBuilder::int64s(std::string_view hint, Dims dims, std::span<const std::int64_t> values)
{
    return raw(hint, onnx::TensorProto::INT64, dims, values.data(), values.size_bytes());
}

std::string GraphBuilder::int8s(std::string_view hint, Dims dims, std::span<const std::int8_t> values)
{
    return raw(hint, onnx::TensorProto::INT8, dims, values.data(), values.size_bytes());
}

std::string GraphBuilder::uint8s(std::string_view hint, Dims dims, std::span<const std::uint8_t> values)
{
    return raw(hint, onnx::TensorProto::UINT8, dims, values.data(), values.size_bytes());
}

std::string GraphBuilder::bf16s(std::string_view hint, Dims dims, std::span<const std::uint16_t> bits)
{
    return raw(hint, onnx::TensorProto::BFLOAT16, dims, bits.data(), bits.size_bytes());
}

std::string GraphBuilder::strings(std::string_view hint, Dims dims, std::span<const std::string> values)
{
    std::string name;
    auto& t = initializer(hint, onnx::TensorProto::STRING, dims, name);
    for (const auto& v : values)
        t.add_string_data(v);
    return name;
}

std::vector<std::string> GraphBuilder::op_n(std::string_view type, std::vector<std::string> inputs, int outputs,
                                            std::vector<Attr> attrs, std::string_view domain)
{
    onnx::NodeProto* node = m_graph.add_node();
    node->set_op_type(std::string(type));
    node->set_name(fresh(type));
    if (!domain.empty())
        node->set_domain(std::string(domain));
    for (auto& in : inputs)
        node->add_input(in);
    std::vector<std::string> out;
    for (int i = 0; i < outputs; ++i) {
        out.push_back(fresh(type));
        node->add_output(out.back());
    }
    for (const auto& a : attrs)
        add_attr(*node, a);
    return out;
}

std::string GraphBuilder::op(std::string_view type, std::vector<std::string> inputs, std::vector<Attr> attrs,
                             std::string_view domain)
{
    return op_n(type, std::move(inputs), 1, std::move(attrs), domain).front();
}

void GraphBuilder::op_to(std::string_view type, std::vector<std::string> inputs, std::string output,
                         std::vector<Attr> attrs, std::string_view domain)
{
    onnx::NodeProto* node = m_graph.add_node();
    node->set_op_type(std::string(type));
    node->set_name(fresh(type));
    if (!domain.empty())
        node->set_domain(std::string(domain));
    for (auto& in : inputs)
        node->add_input(in);
    node->add_output(std::move(output));
    for (const auto& a : attrs)
        add_attr(*node, a);
}

void GraphBuilder::input(const std::string& name, int elem_type, Dims dims_minus_batch)
{
    const auto it = m_inputs.find(name);
    if (it != m_inputs.end()) {
        if (it->second != elem_type)
            throw InputError(fmt::format("column '{}' is numeric for one ensemble member and text for another; "
                                         "the ensemble cannot be exported to ONNX",
                                         name));
        return;
    }
    m_inputs.emplace(name, elem_type);
    set_value_info(*m_graph.add_input(), name, elem_type, dims_minus_batch);
}

void GraphBuilder::output(const std::string& name, int elem_type, Dims dims_minus_batch)
{
    set_value_info(*m_graph.add_output(), name, elem_type, dims_minus_batch);
}

} // namespace tern::exporting
