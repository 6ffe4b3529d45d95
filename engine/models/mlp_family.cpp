// The `mlp` family: nn::Mlp (engine/nn) behind the Model interface. Its search space covers depth, width, learning
// rate, batch size, dropout, normalisation, FP32/BF16 training and noise-aware training for a later int8 or
// ternary export. Regression targets are standardised for training and restored on prediction.
#include "engine/core/error.h"
#include "engine/models/param_access.h"
#include "engine/models/mlp_view.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"
#include "engine/models/target_scale.h"
#include "engine/nn/mlp.h"

#include <cmath>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 1;
const std::string kName = "mlp";

std::vector<ParamSpec> mlp_space()
{
    return {
        {"depth", ParamKind::integer, 1, 3, {}, 2, "hidden layers"},
        {"width", ParamKind::integer, 32, 512, {}, 128, "units per hidden layer"},
        {"learning_rate", ParamKind::log_real, 1e-4, 1e-2, {}, 1e-3, "Adam step size (cosine schedule)"},
        {"batch_size", ParamKind::integer, 16, 256, {}, 64, "rows per training step"},
        {"dropout", ParamKind::real, 0.0, 0.5, {}, 0.1, "dropout after each hidden layer"},
        {"norm", ParamKind::choice, 0, 0, {"none", "batch", "layer"}, "none", "normalisation after each hidden layer"},
        {"activation", ParamKind::choice, 0, 0, {"relu", "gelu", "tanh"}, "relu", "hidden activation"},
        {"precision", ParamKind::choice, 0, 0, {"fp32", "bf16"}, "fp32", "training precision (BF16: FP32 master weights)"},
        {"noise_aware", ParamKind::boolean, 0, 1, {}, false, "inject weight noise of one quantisation step while training"},
        {"noise_target", ParamKind::choice, 0, 0, {"int8", "ternary"}, "int8", "the precision noise-aware training prepares for",
         ParamTask::any, "noise_aware=true"},
        {"epochs", ParamKind::integer, 10, 200, {}, 60,
         "epochs at most (early stopping on a 10 % validation split of 50 rows or more)"},
        {"weight_decay", ParamKind::log_real, 1e-6, 1e-2, {}, 1e-5, "L2 penalty"},
        class_weight_spec(),
    };
}

class MlpModel final : public Model {
public:
    MlpModel(Params params, Task task, int n_classes)
        : m_params(std::move(params)), m_task(task), m_classes(is_classification(task) ? n_classes : 0)
    {
    }

    std::string family() const override { return kName; }
    Params params() const override { return m_params; }

    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights, const FitContext& ctx) override
    {
        check_fit_input(x, y, weights, ctx, false);
        m_task = ctx.task;
        m_classes = is_classification(ctx.task) ? ctx.n_classes : 0;
        nn::MlpConfig c = config(ctx);
        std::vector<float> w(weights.begin(), weights.end());
        if (is_classification(m_task)) {
            w = fit_weights(y, weights, m_classes, m_params.value("class_weight", std::string("none")) == "balanced");
            m_mlp = nn::Mlp(c);
            m_report = m_mlp.fit(x, y, w, m_classes, ctx.stop);
            return;
        }
        // A floor on the spread (it was 1e-6) left a target of 1e-7 barely spread around its mean: R^2 -7.
        const TargetScale scale = target_scale(y);
        m_mean = scale.mean;
        m_std = scale.scale;
        std::vector<float> t(y.size());
        for (std::size_t i = 0; i < y.size(); ++i) t[i] = float((y[i] - m_mean) / m_std);
        c.loss = nn::LossKind::mse;
        m_mlp = nn::Mlp(c);
        m_report = m_mlp.fit(x, t, w, 1, ctx.stop);
    }

    // The epochs trained when the time limit ended training early, so that the refit trains what was scored.
    Params cut_short() const override
    {
        if (m_report.stopped_by_time_limit)
            return {{"epochs", m_report.epochs_run}};
        return Params::object();
    }

    std::vector<float> predict(const Matrix& x) const override
    {
        check_predict_input(x, std::size_t(m_mlp.inputs()), kName);
        Matrix raw = m_mlp.predict_raw(x);
        std::vector<float> out(x.rows());
        for (std::size_t i = 0; i < x.rows(); ++i) {
            if (!is_classification(m_task)) {
                out[i] = float(raw(i, 0) * m_std + m_mean);
                continue;
            }
            auto r = raw.row(i);
            out[i] = float(std::max_element(r.begin(), r.end()) - r.begin());
        }
        return out;
    }

    Matrix predict_proba(const Matrix& x) const override
    {
        if (!is_classification(m_task)) throw InputError("mlp: predict_proba on a regression model");
        check_predict_input(x, std::size_t(m_mlp.inputs()), kName);
        return m_mlp.predict_proba(x);
    }

    std::vector<std::uint8_t> save() const override
    {
        ByteWriter w;
        write_envelope(w, kName, kFormat);
        w.put_string(m_params.dump());
        w.put<std::uint8_t>(static_cast<std::uint8_t>(m_task));
        w.put<std::int32_t>(m_classes);
        w.put<double>(m_mean);
        w.put<double>(m_std);
        w.put_vector(m_mlp.save());
        return w.finish();
    }

    std::optional<MlpView> view() const
    {
        if (m_mlp.parameters().empty()) return std::nullopt;
        return MlpView{&m_mlp, m_task, m_classes, m_mean, m_std};
    }

    static std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes)
    {
        auto r = open_sealed(bytes, "mlp model");
        read_envelope(r, kName, kFormat);
        Params params = Params::parse(r.get_string(), nullptr, false);
        if (params.is_discarded() || !params.is_object()) r.fail("bad parameter block");
        const auto task = r.get<std::uint8_t>();
        if (task > static_cast<std::uint8_t>(Task::regression)) r.fail("bad task");
        const auto classes = r.get<std::int32_t>();
        auto model = std::make_unique<MlpModel>(resolve_params(kName, mlp_space(), params), Task(task), classes);
        model->m_mean = r.get<double>();
        model->m_std = r.get<double>();
        const auto mlp_bytes = r.get_vector<std::uint8_t>();
        r.expect_end();
        model->m_mlp = nn::Mlp::load(mlp_bytes);
        return model;
    }

private:
    nn::MlpConfig config(const FitContext& ctx) const
    {
        nn::MlpConfig c;
        c.hidden.assign(m_params.value("depth", 2), m_params.value("width", 128));
        c.learning_rate = m_params.value("learning_rate", 1e-3f);
        c.batch = m_params.value("batch_size", 64);
        c.dropout = m_params.value("dropout", 0.1f);
        const std::string norm = m_params.value("norm", std::string("none"));
        c.norm = norm == "batch" ? nn::NormKind::batch : norm == "layer" ? nn::NormKind::layer : nn::NormKind::none;
        c.activation = kernels::activation_from_string(m_params.value("activation", std::string("relu")));
        c.precision = kernels::precision_from_string(m_params.value("precision", std::string("fp32")));
        if (m_params.value("noise_aware", false))
            c.noise = nn::noise_target_from_string(m_params.value("noise_target", std::string("int8")));
        c.epochs = m_params.value("epochs", 60);
        c.weight_decay = m_params.value("weight_decay", 1e-5f);
        c.seed = ctx.seed;
        c.threads = ctx.threads;
        c.time_limit_s = ctx.time_limit_s;
        c.backend = kernels::Backend::libxsmm;
        return c;
    }

    Params m_params;
    Task m_task;
    int m_classes;
    double m_mean = 0, m_std = 1;
    nn::Mlp m_mlp;
    nn::FitReport m_report;  // of the last fit; not saved
};

}  // namespace

std::optional<MlpView> mlp_view(const Model& model)
{
    const auto* mlp = dynamic_cast<const MlpModel*>(&model);
    return mlp ? mlp->view() : std::nullopt;
}

Family mlp_family()
{
    Family f;
    f.name = kName;
    f.description = "Multi-layer perceptron on batch-reduce GEMM kernels (libxsmm / AMX), FP32 or BF16 training";
    f.space = mlp_space();
    f.make = [](const Params& p, const FitContext& ctx) {
        return std::make_unique<MlpModel>(resolve_params(kName, mlp_space(), p), ctx.task, ctx.n_classes);
    };
    f.load = &MlpModel::load;
    return f;
}

}  // namespace tern::models
