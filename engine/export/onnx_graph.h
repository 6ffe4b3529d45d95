// A small builder over onnx::GraphProto for the exporters: fresh tensor names, typed initializers, nodes with
// attributes, graph inputs and outputs. Internal to engine/export (it names ONNX's protobuf classes).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <onnx/onnx_pb.h>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tern::exporting {

inline constexpr const char* ml_domain = "ai.onnx.ml";

// One attribute value of a node.
struct Attr {
    std::string name;
    enum class Kind { i, f, s, ints, floats, strings } kind = Kind::i;
    std::int64_t i = 0;
    float f = 0;
    std::string s;
    std::vector<std::int64_t> ints;
    std::vector<float> floats;
    std::vector<std::string> strings;

    static Attr of(std::string n, std::int64_t v);
    static Attr of(std::string n, int v) { return of(std::move(n), std::int64_t(v)); }
    static Attr of(std::string n, float v);
    static Attr of(std::string n, std::string v);
    static Attr of(std::string n, std::vector<std::int64_t> v);
    static Attr of(std::string n, std::vector<float> v);
    static Attr of(std::string n, std::vector<std::string> v);
};

class GraphBuilder {
  public:
    explicit GraphBuilder(onnx::GraphProto& graph) : m_graph(graph) {}

    // Names of intermediate tensors live under a prefix (e.g. one per ensemble member) so they never collide
    // with input column names, which are used verbatim.
    void set_prefix(std::string prefix) { m_prefix = std::move(prefix); }
    std::string fresh(std::string_view hint);

    using Dims = std::vector<std::int64_t>;
    std::string floats(std::string_view hint, Dims dims, std::span<const float> values);
    std::string scalar(float v) { return floats("c", {}, std::span<const float>(&v, 1)); }
    std::string doubles(std::string_view hint, Dims dims, std::span<const double> values);
    std::string int64s(std::string_view hint, Dims dims, std::span<const std::int64_t> values);
    std::string int8s(std::string_view hint, Dims dims, std::span<const std::int8_t> values);
    std::string uint8s(std::string_view hint, Dims dims, std::span<const std::uint8_t> values);
    std::string bf16s(std::string_view hint, Dims dims, std::span<const std::uint16_t> bits);
    std::string strings(std::string_view hint, Dims dims, std::span<const std::string> values);
    std::string shape(Dims dims) { return int64s("shape", {std::int64_t(dims.size())}, dims); }
    // A tensor made once per graph under `key` and shared by every reader (e.g. a lookup table all layers use).
    std::string shared(const std::string& key, const std::function<std::string()>& make);

    // One node with one output; returns the output's name.
    std::string op(std::string_view type, std::vector<std::string> inputs, std::vector<Attr> attrs = {},
                   std::string_view domain = "");
    // One node with several outputs.
    std::vector<std::string> op_n(std::string_view type, std::vector<std::string> inputs, int outputs,
                                  std::vector<Attr> attrs = {}, std::string_view domain = "");
    // A node writing to a given output name (graph outputs).
    void op_to(std::string_view type, std::vector<std::string> inputs, std::string output, std::vector<Attr> attrs = {},
               std::string_view domain = "");

    // Declares a graph input once; a second declaration with another type is an error (InputError).
    void input(const std::string& name, int elem_type, Dims dims_minus_batch);
    void output(const std::string& name, int elem_type, Dims dims_minus_batch);

    onnx::GraphProto& graph() { return m_graph; }

  private:
    onnx::TensorProto& initializer(std::string_view hint, int elem_type, const Dims& dims, std::string& name);
    // An initializer holding `bytes` of little-endian element data.
    std::string raw(std::string_view hint, int elem_type, const Dims& dims, const void* data, std::size_t bytes);
    onnx::GraphProto& m_graph;
    std::string m_prefix;
    std::int64_t m_counter = 0;
    std::map<std::string, int> m_inputs;
    std::map<std::string, std::string> m_shared;
};

} // namespace tern::exporting
