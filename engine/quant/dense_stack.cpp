// Reads a fitted mlp (engine/models/mlp_view.h) or linear model (linear_coefficients) as a DenseStack.
// The mlp runs dense -> activation -> [norm] per hidden layer (engine/nn/network.cpp). Batch norm at inference is
// the affine map a -> s * a + (beta - s * mean) with s = gamma / sqrt(var + eps), so it folds into the next layer:
// W'[c][k] = s[c] W[c][k], b'[k] = b[k] + sum_c (beta[c] - s[c] mean[c]) W[c][k]. Layer norm depends on each row's
// own statistics and stays an explicit step.
#include "engine/quant/dense_stack.h"

#include "engine/core/error.h"
#include "engine/models/linear_model.h"
#include "engine/models/mlp_view.h"

#include <cmath>
#include <fmt/format.h>

namespace tern::quant {

namespace {

constexpr double norm_eps = 1e-5; // engine/nn/normalization.cpp

DenseStack mlp_stack(const models::MlpView& view)
{
    const nn::Mlp& mlp = *view.mlp;
    const auto& cfg = mlp.config();
    std::vector<int> sizes{mlp.inputs()};
    sizes.insert(sizes.end(), cfg.hidden.begin(), cfg.hidden.end());
    sizes.push_back(mlp.outputs());

    DenseStack stack;
    stack.task = view.task;
    stack.n_classes = view.n_classes;
    stack.output = is_classification(view.task) ? OutputKind::softmax : OutputKind::identity;
    if (!is_classification(view.task))
        stack.target_scale = float(view.target_std), stack.target_offset = float(view.target_mean);

    const auto& p = mlp.parameters();
    std::size_t at = 0;
    auto take = [&](std::size_t n) {
        if (at + n > p.size())
            throw InputError("mlp model: parameters do not match its layer sizes");
        std::vector<float> v(p.begin() + long(at), p.begin() + long(at + n));
        at += n;
        return v;
    };
    const std::size_t n_layers = sizes.size() - 1;
    std::optional<std::vector<double>> fold_scale, fold_shift; // batch norm waiting to fold into this layer
    for (std::size_t i = 0; i < n_layers; ++i) {
        DenseStage s;
        s.inputs = sizes[i], s.outputs = sizes[i + 1];
        s.weights = take(std::size_t(s.inputs) * s.outputs);
        s.bias = take(s.outputs);
        s.act = i + 1 < n_layers ? cfg.activation : kernels::Activation::none;
        if (fold_scale) {
            for (int c = 0; c < s.inputs; ++c)
                for (int k = 0; k < s.outputs; ++k) {
                    float& w = s.weights[std::size_t(c) * s.outputs + k];
                    s.bias[k] = float(s.bias[k] + (*fold_shift)[c] * w);
                    w = float(w * (*fold_scale)[c]);
                }
            fold_scale.reset(), fold_shift.reset();
        }
        if (i + 1 < n_layers && cfg.norm != nn::NormKind::none) {
            auto gamma = take(s.outputs), beta = take(s.outputs), mean = take(s.outputs), var = take(s.outputs);
            if (cfg.norm == nn::NormKind::layer) {
                s.norm = LayerNorm{std::move(gamma), std::move(beta), float(norm_eps)};
            } else {
                fold_scale.emplace(s.outputs), fold_shift.emplace(s.outputs);
                for (int k = 0; k < s.outputs; ++k) {
                    const double scale = gamma[k] / std::sqrt(double(var[k]) + norm_eps);
                    (*fold_scale)[k] = scale;
                    (*fold_shift)[k] = beta[k] - scale * mean[k];
                }
            }
        }
        stack.layers.push_back(std::move(s));
    }
    if (at != p.size())
        throw InputError("mlp model: parameters do not match its layer sizes");
    return stack;
}

DenseStack linear_stack(const models::LinearCoefficients& lc)
{
    DenseStack stack;
    stack.task = lc.task;
    stack.n_classes = lc.n_classes;
    stack.output = lc.task == Task::regression ? OutputKind::identity
                   : lc.task == Task::binary   ? OutputKind::sigmoid
                                               : OutputKind::softmax;
    DenseStage s;
    s.inputs = int(lc.n_features), s.outputs = lc.outputs;
    if (lc.weights.size() != lc.n_features * std::size_t(lc.outputs) || lc.intercepts.size() != std::size_t(lc.outputs))
        throw InputError("linear model: coefficients do not match its sizes");
    s.weights.resize(lc.weights.size());
    for (int k = 0; k < s.outputs; ++k) // LinearCoefficients are [outputs][features]; stages are [inputs][outputs]
        for (int c = 0; c < s.inputs; ++c)
            s.weights[std::size_t(c) * s.outputs + k] = float(lc.weights[std::size_t(k) * lc.n_features + c]);
    s.bias.assign(lc.intercepts.begin(), lc.intercepts.end());
    stack.layers.push_back(std::move(s));
    return stack;
}

} // namespace

bool has_dense_stack(const models::Model& model)
{
    if (models::mlp_view(model))
        return true;
    if (model.family() != "linear")
        return false;
    try {
        (void)models::linear_coefficients(model);
        return true;
    } catch (const InputError&) {
        return false;
    }
}

DenseStack dense_stack(const models::Model& model)
{
    if (auto view = models::mlp_view(model))
        return mlp_stack(*view);
    if (model.family() == "linear") {
        const auto lc = models::linear_coefficients(model);
        if (lc.n_features == 0)
            throw InputError("linear model: not fitted");
        return linear_stack(lc);
    }
    throw InputError(fmt::format("only mlp and linear models can be quantised, not '{}'", model.family()));
}

} // namespace tern::quant
