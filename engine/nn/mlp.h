// A trainable multi-layer perceptron over prepared features (tabular columns or flattened image pixels): mini-batch
// training on the kernels with Adam or SGD + momentum, a cosine or step learning-rate schedule, early stopping on a
// validation split, class / sample weights, optional noise-aware training. Deterministic for a seed: shuffles,
// initialisation and dropout come from seeded generators and every reduction has a fixed order.
#pragma once

#include "engine/core/matrix.h"
#include "engine/kernels/context.h"
#include "engine/nn/loss.h"
#include "engine/nn/network.h"
#include "engine/nn/noise.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <stop_token>
#include <vector>

namespace tern::nn {

struct MlpConfig {
    std::vector<int> hidden = {128};
    kernels::Activation activation = kernels::Activation::relu;
    NormKind norm = NormKind::none;
    float dropout = 0.0f;
    LossKind loss = LossKind::softmax_cross_entropy;
    enum class Optimizer { adam, sgd } optimizer = Optimizer::adam;
    float learning_rate = 1e-3f, momentum = 0.9f, weight_decay = 0.0f;
    enum class Schedule { constant, cosine, step } schedule = Schedule::cosine;
    int step_every = 10;      // epochs between decays (step schedule)
    float step_gamma = 0.5f;
    int epochs = 50, batch = 64;
    double validation_fraction = 0.1;  // 0: no early stopping
    int patience = 8;
    // Early stopping needs a split of at least this many rows: on a dozen it stops at noise and keeps an
    // undertrained network (airquality's default mlp: cross-validated R^2 0.30, 0.53 without it). Smaller splits
    // train every epoch on all rows, unless the inputs outnumber the training rows: such a network fits them
    // exactly, and a noisy stop is still its best regulariser (pd_speech, 754 inputs, 150 rows: 0.78 against 0.82).
    int min_validation_rows = 50;
    bool balanced_classes = false;     // weight rows by inverse class frequency
    std::uint64_t seed = 0;
    kernels::Precision precision = kernels::Precision::fp32;
    kernels::Backend backend = kernels::Backend::libxsmm;
    NoiseTarget noise = NoiseTarget::none;
    float noise_scale = 1.0f;
    int threads = 0;
    double time_limit_s = 0;  // 0 = none; no epoch starts that would end past it on average

    nlohmann::json to_json() const;
    static MlpConfig from_json(const nlohmann::json& j);  // throws InputError
};

struct FitReport {
    int epochs_run = 0, best_epoch = 0;
    bool stopped_by_time_limit = false;  // fewer than the configured epochs because the next would not fit
    double best_validation_loss = 0;
    std::vector<double> train_loss, validation_loss;
    std::string kernels;
};

class Mlp {
public:
    explicit Mlp(MlpConfig config = {});

    const MlpConfig& config() const { return m_config; }
    int inputs() const { return m_inputs; }
    int outputs() const { return m_outputs; }

    // outputs: number of classes (cross-entropy) or targets (MSE; y then has rows x outputs values).
    FitReport fit(const Matrix& x, std::span<const float> y, std::span<const float> weights, int outputs,
                  std::stop_token stop = {});

    Matrix predict_raw(const Matrix& x) const;    // logits or regression values, rows x outputs
    Matrix predict_proba(const Matrix& x) const;  // softmax of the logits

    const std::vector<float>& parameters() const { return m_params; }
    std::vector<std::uint8_t> save() const;
    static Mlp load(std::span<const std::uint8_t> bytes);  // throws InputError

private:
    NetworkSpec network_spec() const;
    std::vector<float> initial_parameters(const Network& net) const;
    Network& inference_network(int rows) const;

    MlpConfig m_config;
    int m_inputs = 0, m_outputs = 0;
    std::vector<float> m_params;
    mutable std::map<int, std::unique_ptr<Network>> m_inference;  // by batch size, parameters synced on use
    mutable std::map<int, std::size_t> m_synced;
    std::size_t m_version = 0;
};

}  // namespace tern::nn
