// Training loop. Every mini-batch has exactly `batch` rows (a fixed-shape network keeps its JIT kernels and
// primitives): the last partial batch is padded with weight-0 rows, which contribute nothing to the loss and
// gradients. The validation split is drawn once from the seed; the best epoch's parameters are kept.
#include "engine/nn/mlp.h"
#include "engine/core/error.h"

#include <chrono>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

namespace tern::nn {

Mlp::Mlp(MlpConfig config) : m_config(std::move(config)) {}

NetworkSpec Mlp::network_spec() const
{
    NetworkSpec s;
    s.sizes.push_back(m_inputs);
    for (int h : m_config.hidden) s.sizes.push_back(h);
    s.sizes.push_back(m_outputs);
    s.hidden = m_config.activation;
    s.norm = m_config.norm;
    s.dropout = m_config.dropout;
    s.precision = m_config.precision;
    s.backend = m_config.backend;
    return s;
}

std::vector<float> Mlp::initial_parameters(const Network& net) const
{
    std::vector<float> p = net.parameters();  // biases 0, gamma 1, beta 0, running var 1 already
    std::mt19937_64 rng(m_config.seed * 0x9E3779B97F4A7C15ull + 1);
    const auto& sizes = net.spec().sizes;
    const bool relu_like = m_config.activation == kernels::Activation::relu || m_config.activation == kernels::Activation::gelu;
    std::size_t at = 0;
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
        const int c = sizes[i], k = sizes[i + 1];
        // He initialisation for ReLU/GELU, Glorot for tanh/sigmoid and the output layer.
        const double var = relu_like && i + 2 < sizes.size() ? 2.0 / c : 2.0 / (c + k);
        std::normal_distribution<double> normal(0.0, std::sqrt(var));
        for (std::size_t j = 0; j < std::size_t(c) * k; ++j) p[at + j] = float(normal(rng));
        at += std::size_t(c) * k + k;
        if (i + 2 < sizes.size() && m_config.norm != NormKind::none) at += 4 * std::size_t(k);
    }
    return p;
}

FitReport Mlp::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights, int outputs,
                   std::stop_token stop)
{
    const auto& cfg = m_config;
    const int n = int(x.rows());
    if (n == 0 || x.cols() == 0) throw InputError("MLP: no training data");
    if (outputs <= 0) throw InputError("MLP: the number of outputs must be positive");
    const std::size_t per_row = cfg.loss == LossKind::mse ? std::size_t(outputs) : 1;
    if (y.size() != std::size_t(n) * per_row) throw InputError("MLP: labels do not match the number of rows");
    if (!weights.empty() && weights.size() != std::size_t(n)) throw InputError("MLP: weights do not match the rows");
    if (cfg.loss == LossKind::softmax_cross_entropy)
        for (float v : y)
            if (!(v >= 0 && v < outputs) || v != std::floor(v)) throw InputError("MLP: class labels must be 0..k-1");
    m_inputs = int(x.cols()), m_outputs = outputs;

    std::vector<float> row_weight(n, 1.0f);
    if (!weights.empty()) std::copy(weights.begin(), weights.end(), row_weight.begin());
    if (cfg.balanced_classes && cfg.loss == LossKind::softmax_cross_entropy) {
        std::vector<int> count(outputs);
        for (float v : y) ++count[int(v)];
        for (int i = 0; i < n; ++i) row_weight[i] *= float(n) / (outputs * std::max(1, count[int(y[i])]));
    }

    std::mt19937_64 rng(cfg.seed);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    const int split = cfg.validation_fraction > 0 ? int(n * cfg.validation_fraction) : 0;
    // A network with more inputs than training rows fits them exactly: even a noisy split's stop is better.
    const bool wide = int(x.cols()) >= n - split;
    const int n_val = split >= std::max(1, cfg.min_validation_rows) || (wide && split > 0) ? split : 0;
    std::vector<int> val(order.begin(), order.begin() + n_val), train(order.begin() + n_val, order.end());
    const int batch = std::min<int>(cfg.batch, int(train.size()));

    kernels::Context ctx(cfg.threads);
    Network net(network_spec(), batch, ctx);
    m_params = initial_parameters(net);
    net.set_parameters(m_params);
    ++m_version;

    const auto& in_b = net.input_blocking();
    const auto& out_b = net.output_blocking();
    std::vector<float> xb(in_b.size()), labels(std::size_t(batch) * per_row), bw(batch), grad(out_b.size());
    Matrix val_x(n_val, x.cols());
    std::vector<float> val_y, val_w;
    for (int i = 0; i < n_val; ++i) {
        std::memcpy(val_x.row(i).data(), x.row(val[i]).data(), sizeof(float) * x.cols());
        val_y.insert(val_y.end(), y.begin() + long(val[i]) * per_row, y.begin() + long(val[i] + 1) * per_row);
        val_w.push_back(row_weight[val[i]]);
    }

    kernels::UpdateRule rule;
    rule.kind = cfg.optimizer == MlpConfig::Optimizer::adam ? kernels::UpdateRule::Kind::adam : kernels::UpdateRule::Kind::sgd;
    rule.momentum = cfg.optimizer == MlpConfig::Optimizer::sgd ? cfg.momentum : 0.0f;
    rule.weight_decay = cfg.weight_decay;

    FitReport report;
    report.kernels = net.path();
    std::vector<float> best = m_params;
    double best_loss = INFINITY;
    int bad_epochs = 0;
    long step = 0;
    const auto t0 = std::chrono::steady_clock::now();
    WeightNoise noise(cfg.noise, cfg.noise_scale, cfg.seed);

    for (int epoch = 0; epoch < cfg.epochs; ++epoch) {
        const double progress = double(epoch) / cfg.epochs;
        rule.lr = cfg.learning_rate;
        if (cfg.schedule == MlpConfig::Schedule::cosine) rule.lr *= float(0.5 * (1 + std::cos(M_PI * progress)));
        else if (cfg.schedule == MlpConfig::Schedule::step) rule.lr *= std::pow(cfg.step_gamma, float(epoch / std::max(1, cfg.step_every)));
        std::mt19937_64 shuffle_rng(cfg.seed ^ (0xA5A5A5A5ull * (epoch + 1)));
        std::shuffle(train.begin(), train.end(), shuffle_rng);

        double loss_sum = 0;
        int batches = 0;
        for (std::size_t start = 0; start < train.size(); start += batch) {
            if (stop.stop_requested()) throw Cancelled();
            for (int r = 0; r < batch; ++r) {
                const bool pad = start + r >= train.size();
                const int row = train[pad ? (start + r) % train.size() : start + r];
                for (int j = 0; j < m_inputs; ++j) xb[in_b.at(r, j)] = x(row, j);
                std::copy(y.begin() + long(row) * per_row, y.begin() + long(row + 1) * per_row, labels.begin() + long(r) * per_row);
                bw[r] = pad ? 0.0f : row_weight[row];
            }
            ++step;
            rule.step = step;
            noise.perturb(net, step);
            const float* logits = net.forward(xb.data(), true, cfg.seed * 1000003ull + std::uint64_t(step));
            loss_sum += loss_and_gradient(cfg.loss, logits, out_b, labels, bw, grad.data());
            ++batches;
            net.backward(grad.data(), &rule);
            noise.restore(net);
        }
        report.train_loss.push_back(loss_sum / std::max(1, batches));
        report.epochs_run = epoch + 1;
        m_params = net.parameters();
        ++m_version;
        if (n_val > 0) {
            Matrix out = predict_raw(val_x);
            std::vector<float> g(out.values().size());
            const double vl = loss_and_gradient(cfg.loss, out.data(), kernels::Blocking::row_major(n_val, outputs), val_y, val_w, g.data());
            report.validation_loss.push_back(vl);
            if (vl < best_loss - 1e-7) {
                best_loss = vl, best = m_params, report.best_epoch = epoch + 1, bad_epochs = 0;
            } else if (++bad_epochs >= cfg.patience) {
                break;
            }
        }
        // Another epoch starts only when one more of average length still ends within the limit.
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (cfg.time_limit_s > 0 && epoch + 1 < cfg.epochs && elapsed * (epoch + 2) / (epoch + 1) > cfg.time_limit_s) {
            report.stopped_by_time_limit = true;
            break;
        }
    }
    if (n_val > 0) {
        m_params = best;
        ++m_version;
        report.best_validation_loss = best_loss;
    } else {
        report.best_epoch = report.epochs_run;
    }
    return report;
}

Network& Mlp::inference_network(int rows) const
{
    auto& net = m_inference[rows];
    if (!net) {
        kernels::Context ctx(0);  // inference keeps the caller's thread count (latency probes run on one thread)
        net = std::make_unique<Network>(network_spec(), rows, ctx);
        m_synced[rows] = 0;
    }
    if (m_synced[rows] != m_version) {
        net->set_parameters(m_params);
        m_synced[rows] = m_version;
    }
    return *net;
}

Matrix Mlp::predict_raw(const Matrix& x) const
{
    if (m_params.empty()) throw WorkError("MLP: predict before fit");
    if (int(x.cols()) != m_inputs)
        throw InputError("MLP: expected " + std::to_string(m_inputs) + " features, got " + std::to_string(x.cols()));
    Matrix out(x.rows(), m_outputs);
    constexpr int chunk = 256;
    std::vector<float> xb;
    for (std::size_t start = 0; start < x.rows(); start += chunk) {
        const int rows = int(std::min<std::size_t>(chunk, x.rows() - start));
        Network& net = inference_network(rows);
        const auto& ib = net.input_blocking();
        const auto& ob = net.output_blocking();
        xb.assign(ib.size(), 0.0f);
        for (int r = 0; r < rows; ++r)
            for (int j = 0; j < m_inputs; ++j) xb[ib.at(r, j)] = x(start + r, j);
        const float* o = net.forward(xb.data(), false);
        for (int r = 0; r < rows; ++r)
            for (int j = 0; j < m_outputs; ++j) out(start + r, j) = o[ob.at(r, j)];
    }
    return out;
}

Matrix Mlp::predict_proba(const Matrix& x) const
{
    Matrix raw = predict_raw(x);
    Matrix p(raw.rows(), raw.cols());
    softmax_rows(raw.data(), kernels::Blocking::row_major(int(raw.rows()), int(raw.cols())), p.data());
    return p;
}

}  // namespace tern::nn
