// knn and Gaussian naive Bayes as ONNX. Neither family exposes a view of its fitted state, so their state is read
// from the model's own save() bytes (engine/models/serial.h, format version 1 of each); any other version is refused
// rather than guessed at.
// - knn: distances to the kept training rows the way KnnModel computes them (Euclidean as |x|^2 + |t|^2 - 2 x.t,
//   floored at 0; Manhattan directly), TopK smallest (lower row first on ties, as the model's insertion keeps the
//   earlier row), votes or values weighted by the row weights (and 1 / distance, an exact match taking all the weight).
// - naive_bayes: the joint log-likelihood per class in double precision, as the model computes it, then softmax.
#include "engine/core/error.h"
#include "engine/export/onnx_parts.h"
#include "engine/models/model.h"
#include "engine/models/serial.h"

#include <cmath>
#include <fmt/format.h>
#include <numbers>

namespace tern::exporting {

namespace {

constexpr std::uint32_t knn_format = 1, naive_bayes_format = 1;

models::ByteReader open_state(const std::vector<std::uint8_t>& bytes, const std::string& family, std::uint32_t format)
{
    models::ByteReader r = models::open_sealed(bytes, family + " model");
    if (models::read_envelope(r, family, format) != format)
        throw InputError(fmt::format("{} models of this format cannot be exported to ONNX yet", family));
    return r;
}

std::string cast(GraphBuilder& g, const std::string& x, int to)
{
    return g.op("Cast", {x}, {Attr::of("to", to)});
}

} // namespace

ModelOutput knn_graph_model(GraphBuilder& g, const models::Model& model, const std::string& features)
{
    const std::vector<std::uint8_t> bytes = model.save();
    models::ByteReader r = open_state(bytes, "knn", knn_format);
    const models::Params params = models::Params::parse(r.get_string(), nullptr, false);
    const auto task = Task(r.get<std::uint8_t>());
    const int classes = r.get<std::int32_t>();
    const Matrix x = r.get_matrix();
    const std::vector<float> y = r.get_vector<float>(), w = r.get_vector<float>();
    if (params.is_discarded() || x.rows() == 0 || y.size() != x.rows() || w.size() != x.rows())
        throw InputError("the knn model's state is malformed; it cannot be exported to ONNX");
    const auto n = std::int64_t(x.rows()), d = std::int64_t(x.cols());
    const std::int64_t k = std::min<std::int64_t>(params.at("n_neighbors").get<std::int64_t>(), n);
    const bool manhattan = params.at("p").get<std::int64_t>() == 1;
    const bool by_distance = params.at("weights").get<std::string>() == "distance";

    std::string distance;
    if (manhattan) {
        const std::string diff =
            g.op("Sub", {g.op("Unsqueeze", {features, g.int64s("axes", {1}, std::vector<std::int64_t>{1})}),
                         g.floats("train", {1, n, d}, x.values())});
        distance = g.op("ReduceSum", {g.op("Abs", {diff}), g.int64s("axes", {1}, std::vector<std::int64_t>{2})},
                        {Attr::of("keepdims", 0)});
    } else {
        std::vector<float> xt(std::size_t(n * d)), norms(std::size_t(n), 0.0f);
        for (std::int64_t i = 0; i < n; ++i)
            for (std::int64_t j = 0; j < d; ++j) {
                const float v = x(std::size_t(i), std::size_t(j));
                xt[std::size_t(j * n + i)] = v;
                norms[std::size_t(i)] += v * v;
            }
        const std::string qnorm =
            g.op("ReduceSum", {g.op("Mul", {features, features}), g.int64s("axes", {1}, std::vector<std::int64_t>{1})},
                 {Attr::of("keepdims", 1)});
        const std::string dot = g.op("MatMul", {features, g.floats("train_t", {d, n}, xt)});
        const std::string sum = g.op("Add", {qnorm, g.floats("train_norms", {1, n}, norms)});
        distance = g.op("Max", {g.op("Sub", {sum, g.op("Mul", {dot, g.scalar(2.0f)})}), g.scalar(0.0f)});
    }
    const auto top = g.op_n("TopK", {distance, g.int64s("k", {1}, std::span(&k, 1))}, 2,
                            {Attr::of("axis", 1), Attr::of("largest", 0), Attr::of("sorted", 1)});
    // Per neighbour weight [N, k].
    std::string weight = g.op("Gather", {g.floats("row_weights", {n}, w), top[1]}, {Attr::of("axis", 0)});
    if (by_distance) {
        const std::string dist = manhattan ? top[0] : g.op("Sqrt", {top[0]});
        const std::string first = g.op("Slice", {top[0], g.int64s("s", {1}, std::vector<std::int64_t>{0}),
                                                 g.int64s("e", {1}, std::vector<std::int64_t>{1}),
                                                 g.int64s("a", {1}, std::vector<std::int64_t>{1})});
        const std::string exact = g.op("LessOrEqual", {first, g.scalar(1e-12f)});    // [N, 1]
        const std::string is_zero = g.op("LessOrEqual", {top[0], g.scalar(1e-12f)}); // [N, k]
        const std::string exact_w = cast(g, is_zero, onnx::TensorProto::FLOAT);
        const std::string inverse = g.op("Div", {g.scalar(1.0f), dist});
        weight = g.op("Mul", {weight, g.op("Where", {exact, exact_w, inverse})});
    }
    const std::string total = g.op("ReduceSum", {weight, g.int64s("axes", {1}, std::vector<std::int64_t>{1})},
                                   {Attr::of("keepdims", 1)}); // [N, 1]
    const std::string has_weight = g.op("Greater", {total, g.scalar(0.0f)});
    if (task == Task::regression) {
        const std::string values = g.op("Gather", {g.floats("train_y", {n}, y), top[1]}, {Attr::of("axis", 0)});
        const std::string acc =
            g.op("ReduceSum", {g.op("Mul", {weight, values}), g.int64s("axes", {1}, std::vector<std::int64_t>{1})},
                 {Attr::of("keepdims", 1)});
        return {g.op("Where", {has_weight, g.op("Div", {acc, total}), g.scalar(0.0f)})};
    }
    if (classes < 2)
        throw InputError("the knn model's state is malformed; it cannot be exported to ONNX");
    std::vector<float> onehot(std::size_t(n) * std::size_t(classes), 0.0f);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = std::int64_t(y[std::size_t(i)]);
        if (c < 0 || c >= classes)
            throw InputError("the knn model's state is malformed; it cannot be exported to ONNX");
        onehot[std::size_t(i * classes + c)] = 1.0f;
    }
    const std::string votes =
        g.op("Gather", {g.floats("train_onehot", {n, classes}, onehot), top[1]}, {Attr::of("axis", 0)}); // [N, k, C]
    const std::string weighted =
        g.op("Mul", {votes, g.op("Unsqueeze", {weight, g.int64s("axes", {1}, std::vector<std::int64_t>{2})})});
    const std::string acc = g.op("ReduceSum", {weighted, g.int64s("axes", {1}, std::vector<std::int64_t>{1})},
                                 {Attr::of("keepdims", 0)}); // [N, C]
    return {g.op("Where", {has_weight, g.op("Div", {acc, total}), g.scalar(1.0f / float(classes))})};
}

ModelOutput naive_bayes_graph(GraphBuilder& g, const models::Model& model, const std::string& features)
{
    const std::vector<std::uint8_t> bytes = model.save();
    models::ByteReader r = open_state(bytes, "naive_bayes", naive_bayes_format);
    (void)r.get_string(); // parameters: not needed at inference
    const int classes = r.get<std::int32_t>();
    const auto d = std::int64_t(r.get<std::uint64_t>());
    const std::vector<double> log_prior = r.get_vector<double>(), mean = r.get_vector<double>(),
                              var = r.get_vector<double>();
    const auto cells = std::size_t(classes) * std::size_t(d);
    if (classes < 2 || d <= 0 || log_prior.size() != std::size_t(classes) || mean.size() != cells ||
        var.size() != cells)
        throw InputError("the naive_bayes model's state is malformed; it cannot be exported to ONNX");
    // joint_c = log_prior_c - 0.5 sum_j log(2 pi v_cj) - 0.5 sum_j (x_j - m_cj)^2 / v_cj, in double.
    std::vector<double> constant(static_cast<std::size_t>(classes));
    for (int c = 0; c < classes; ++c) {
        double s = log_prior[std::size_t(c)];
        for (std::int64_t j = 0; j < d; ++j)
            s -= 0.5 * std::log(2.0 * std::numbers::pi * var[std::size_t(c) * std::size_t(d) + std::size_t(j)]);
        constant[std::size_t(c)] = s;
    }
    const std::string xd = g.op("Unsqueeze", {cast(g, features, onnx::TensorProto::DOUBLE),
                                              g.int64s("axes", {1}, std::vector<std::int64_t>{1})}); // [N, 1, d]
    const std::string m = g.doubles("nb_mean", {1, classes, d}, mean);
    const std::string v = g.doubles("nb_var", {1, classes, d}, var);
    const std::string diff = g.op("Sub", {xd, m});
    const std::string sq = g.op(
        "ReduceSum", {g.op("Div", {g.op("Mul", {diff, diff}), v}), g.int64s("axes", {1}, std::vector<std::int64_t>{2})},
        {Attr::of("keepdims", 0)}); // [N, C]
    const std::string half = cast(g, g.scalar(0.5f), onnx::TensorProto::DOUBLE);
    const std::string joint = g.op("Sub", {g.doubles("nb_constant", {1, classes}, constant), g.op("Mul", {sq, half})});
    return {cast(g, g.op("Softmax", {joint}, {Attr::of("axis", 1)}), onnx::TensorProto::FLOAT)};
}

} // namespace tern::exporting
