// MlpConfig <-> JSON, used by save/load and by the AutoML family's parameters.
#include "engine/core/error.h"
#include "engine/nn/mlp.h"

namespace tern::nn {

namespace {

const char* norm_name(NormKind k) { return k == NormKind::batch ? "batch" : k == NormKind::layer ? "layer" : "none"; }
NormKind norm_from(const std::string& s)
{
    if (s == "batch") return NormKind::batch;
    if (s == "layer") return NormKind::layer;
    if (s == "none") return NormKind::none;
    throw InputError("unknown normalisation '" + s + "' (expected none, batch or layer)");
}

}  // namespace

nlohmann::json MlpConfig::to_json() const
{
    return {{"hidden", hidden},
            {"activation", kernels::to_string(activation)},
            {"norm", norm_name(norm)},
            {"dropout", dropout},
            {"loss", loss == LossKind::mse ? "mse" : "softmax_cross_entropy"},
            {"optimizer", optimizer == Optimizer::sgd ? "sgd" : "adam"},
            {"learning_rate", learning_rate},
            {"momentum", momentum},
            {"weight_decay", weight_decay},
            {"schedule", schedule == Schedule::cosine ? "cosine" : schedule == Schedule::step ? "step" : "constant"},
            {"step_every", step_every},
            {"step_gamma", step_gamma},
            {"epochs", epochs},
            {"batch", batch},
            {"validation_fraction", validation_fraction},
            {"patience", patience},
            {"min_validation_rows", min_validation_rows},
            {"balanced_classes", balanced_classes},
            {"seed", seed},
            {"precision", kernels::to_string(precision)},
            {"backend", kernels::to_string(backend)},
            {"noise", to_string(noise)},
            {"noise_scale", noise_scale},
            {"threads", threads},
            {"time_limit_s", time_limit_s}};
}

MlpConfig MlpConfig::from_json(const nlohmann::json& j)
{
    MlpConfig c;
    try {
        c.hidden = j.value("hidden", c.hidden);
        c.activation = kernels::activation_from_string(j.value("activation", std::string("relu")));
        c.norm = norm_from(j.value("norm", std::string("none")));
        c.dropout = j.value("dropout", c.dropout);
        const std::string loss = j.value("loss", std::string("softmax_cross_entropy"));
        if (loss != "mse" && loss != "softmax_cross_entropy") throw InputError("unknown loss '" + loss + "'");
        c.loss = loss == "mse" ? LossKind::mse : LossKind::softmax_cross_entropy;
        const std::string opt = j.value("optimizer", std::string("adam"));
        if (opt != "adam" && opt != "sgd") throw InputError("unknown optimizer '" + opt + "' (expected adam or sgd)");
        c.optimizer = opt == "sgd" ? Optimizer::sgd : Optimizer::adam;
        c.learning_rate = j.value("learning_rate", c.learning_rate);
        c.momentum = j.value("momentum", c.momentum);
        c.weight_decay = j.value("weight_decay", c.weight_decay);
        const std::string sched = j.value("schedule", std::string("cosine"));
        if (sched != "cosine" && sched != "step" && sched != "constant")
            throw InputError("unknown schedule '" + sched + "' (expected cosine, step or constant)");
        c.schedule = sched == "cosine" ? Schedule::cosine : sched == "step" ? Schedule::step : Schedule::constant;
        c.step_every = j.value("step_every", c.step_every);
        c.step_gamma = j.value("step_gamma", c.step_gamma);
        c.epochs = j.value("epochs", c.epochs);
        c.batch = j.value("batch", c.batch);
        c.validation_fraction = j.value("validation_fraction", c.validation_fraction);
        c.patience = j.value("patience", c.patience);
        c.min_validation_rows = j.value("min_validation_rows", c.min_validation_rows);
        c.balanced_classes = j.value("balanced_classes", c.balanced_classes);
        c.seed = j.value("seed", c.seed);
        c.precision = kernels::precision_from_string(j.value("precision", std::string("fp32")));
        c.backend = kernels::backend_from_string(j.value("backend", std::string("libxsmm")));
        c.noise = noise_target_from_string(j.value("noise", std::string("none")));
        c.noise_scale = j.value("noise_scale", c.noise_scale);
        c.threads = j.value("threads", c.threads);
        c.time_limit_s = j.value("time_limit_s", c.time_limit_s);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("bad MLP configuration: ") + e.what());
    }
    if (c.epochs <= 0 || c.batch <= 0) throw InputError("MLP epochs and batch must be positive");
    if (c.learning_rate <= 0) throw InputError("MLP learning rate must be positive");
    return c;
}

}  // namespace tern::nn
