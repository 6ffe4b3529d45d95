// The svm family (OpenCV ml RBF machines + Platt scaling, engine/models/svm_model.cpp) as ONNX. Its state is read
// from the model's save() bytes (format version 1): per machine OpenCV's own text of the SVM, restored with
// cv::ml::SVM::read, and the Platt sigmoid (a, b). Per machine the decision value is OpenCV's
// sum_k alpha_k exp(-gamma |x - sv_k|^2) - rho (|x - sv|^2 expanded as |x|^2 + |sv|^2 - 2 x.sv in double, floored at
// 0); classification maps it through 1 / (1 + exp(a f + b)) per class (one machine for binary: [1 - q, q]; one per
// class for multiclass, normalised to sum 1), regression rescales it by the target's standardisation.
#include "engine/core/error.h"
#include "engine/export/onnx_parts.h"
#include "engine/models/model.h"
#include "engine/models/serial.h"

#include <fmt/format.h>
#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

namespace tern::exporting {

namespace {

constexpr std::uint32_t svm_format = 1;

std::string cast(GraphBuilder& g, const std::string& x, int to)
{
    return g.op("Cast", {x}, {Attr::of("to", to)});
}

std::vector<std::int64_t> axes(std::int64_t a)
{
    return {a};
}

// Decision values [N, 1] of one machine.
std::string machine_graph(GraphBuilder& g, const cv::ml::SVM& svm, const std::string& features, std::int64_t d)
{
    if (svm.getKernelType() != cv::ml::SVM::RBF)
        throw InputError("svm models with a kernel other than RBF cannot be exported to ONNX yet");
    const cv::Mat sv = svm.getSupportVectors();
    cv::Mat alpha, index;
    const double rho = svm.getDecisionFunction(0, alpha, index);
    if (sv.type() != CV_32F || sv.cols != d || alpha.rows * alpha.cols != index.rows * index.cols)
        throw InputError("the svm model's support vectors are malformed; it cannot be exported to ONNX");
    const auto S = std::int64_t(sv.rows);
    std::vector<double> sv_t(std::size_t(S * d)), norms(std::size_t(S), 0.0), weight(std::size_t(S), 0.0);
    for (std::int64_t s = 0; s < S; ++s)
        for (std::int64_t j = 0; j < d; ++j) {
            const double v = sv.at<float>(int(s), int(j));
            sv_t[std::size_t(j * S + s)] = v;
            norms[std::size_t(s)] += v * v;
        }
    alpha.convertTo(alpha, CV_64F);
    for (int k = 0; k < alpha.rows * alpha.cols; ++k) {
        const int i = index.at<int>(k);
        if (i < 0 || i >= S)
            throw InputError("the svm model's support vector index is malformed; it cannot be exported to ONNX");
        weight[std::size_t(i)] += alpha.at<double>(k);
    }
    // In double: the expanded distance cancels badly in float when a row sits on a support vector (duplicate rows
    // are common with categorical data), and OpenCV sums the kernel terms in double too.
    const std::string x = cast(g, features, onnx::TensorProto::DOUBLE);
    const std::string qnorm =
        g.op("ReduceSum", {g.op("Mul", {x, x}), g.int64s("axes", {1}, axes(1))}, {Attr::of("keepdims", 1)});
    const std::string dot = g.op("MatMul", {x, g.doubles("sv_t", {d, S}, sv_t)});
    const std::string two = g.doubles("two", {}, std::vector<double>{2.0});
    const std::string d2 =
        g.op("Sub", {g.op("Add", {qnorm, g.doubles("sv_norms", {1, S}, norms)}), g.op("Mul", {dot, two})});
    const std::vector<double> zero{0.0}, gamma{-svm.getGamma()};
    const std::string floored = g.op("Max", {d2, g.doubles("zero", {}, zero)});
    // OpenCV rounds gamma * |x - sv|^2 to float and takes a float exp.
    const std::string kernel =
        g.op("Exp", {cast(g, g.op("Mul", {floored, g.doubles("gamma", {}, gamma)}), onnx::TensorProto::FLOAT)});
    const std::string sum =
        g.op("MatMul", {cast(g, kernel, onnx::TensorProto::DOUBLE), g.doubles("sv_alpha", {S, 1}, weight)});
    const std::vector<double> rho_v{rho};
    return cast(g, g.op("Sub", {sum, g.doubles("rho", {}, rho_v)}), onnx::TensorProto::FLOAT);
}

} // namespace

ModelOutput svm_graph(GraphBuilder& g, const models::Model& model, const std::string& features)
{
    const std::vector<std::uint8_t> bytes = model.save();
    models::ByteReader r = models::open_sealed(bytes, "svm model");
    if (models::read_envelope(r, "svm", svm_format) != svm_format)
        throw InputError("svm models of this format cannot be exported to ONNX yet");
    (void)r.get_string(); // parameters
    const auto task = Task(r.get<std::uint8_t>());
    const int classes = r.get<std::int32_t>();
    const auto d = std::int64_t(r.get<std::uint64_t>());
    const double y_mean = r.get<double>(), y_scale = r.get<double>();
    const auto machines = r.get<std::uint64_t>();
    if (d <= 0 || machines != (task == Task::multiclass ? std::uint64_t(classes) : 1u))
        throw InputError("the svm model's state is malformed; it cannot be exported to ONNX");
    std::vector<std::string> probabilities;
    for (std::uint64_t m = 0; m < machines; ++m) {
        const std::string text = r.get_string();
        const double a = r.get<double>(), b = r.get<double>();
        std::string decision;
        if (text.empty()) { // a class absent from the training sample: its decision value is 0
            decision =
                g.op("Mul", {g.op("ReduceSum", {features, g.int64s("axes", {1}, axes(1))}, {Attr::of("keepdims", 1)}),
                             g.scalar(0.0f)});
        } else {
            cv::Ptr<cv::ml::SVM> svm;
            try {
                cv::FileStorage fs(text, cv::FileStorage::READ | cv::FileStorage::MEMORY);
                svm = cv::ml::SVM::create();
                svm->read(fs.root());
            } catch (const cv::Exception& e) {
                throw InputError(fmt::format("the svm model cannot be read for ONNX: {}", e.err));
            }
            decision = machine_graph(g, *svm, features, d);
        }
        if (task == Task::regression)
            return {g.op("Add", {g.op("Mul", {decision, g.scalar(float(y_scale))}), g.scalar(float(y_mean))})};
        // Platt: 1 / (1 + exp(a f + b)) = sigmoid(-(a f + b)).
        const std::string z = g.op("Add", {g.op("Mul", {decision, g.scalar(float(-a))}), g.scalar(float(-b))});
        probabilities.push_back(g.op("Sigmoid", {z}));
    }
    if (task == Task::binary)
        return {
            g.op("Concat", {g.op("Sub", {g.scalar(1.0f), probabilities[0]}), probabilities[0]}, {Attr::of("axis", 1)})};
    const std::string p = g.op("Concat", probabilities, {Attr::of("axis", 1)});
    const std::string sum = g.op("ReduceSum", {p, g.int64s("axes", {1}, axes(1))}, {Attr::of("keepdims", 1)});
    return {g.op("Where",
                 {g.op("Greater", {sum, g.scalar(0.0f)}), g.op("Div", {p, sum}), g.scalar(1.0f / float(classes))})};
}

} // namespace tern::exporting
