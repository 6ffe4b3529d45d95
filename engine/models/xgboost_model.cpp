// The `xgboost` family: gradient-boosted trees through the XGBoost 1.7 C API (tree_method=hist). Trained one round
// at a time so that a stop request or the time limit is honoured between rounds; NaN features are taken natively.
#include "engine/models/xgboost_model.h"

#include "engine/core/error.h"
#include "engine/models/param_access.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"
#include "engine/models/target_scale.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xgboost/c_api.h>

#include <chrono>
#include <cmath>
#include <mutex>
#include <regex>
#include <string>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 2; // 2: a regression keeps its target scale (format 1: none)
const std::string kName = "xgboost";

// XGBoost's error text is "[12:34:56] /path/file.cc:123: Check failed: ...\nStack trace:\n  [bt] (0) ...": only the
// message itself belongs in a candidate's one-line error.
std::string xgb_message(std::string text)
{
    text = text.substr(0, text.find('\n'));
    static const std::regex location(R"(^\[[^\]]*\]\s*\S+:\d+:\s*)");
    return std::regex_replace(text, location, "");
}

void xgb_check(int rc, const char* what)
{
    if (rc != 0)
        throw WorkError(fmt::format("xgboost {}: {}", what, xgb_message(XGBGetLastError())));
}

struct BoosterFree {
    void operator()(BoosterHandle h) const { XGBoosterFree(h); }
};
struct DMatrixFree {
    void operator()(DMatrixHandle h) const { XGDMatrixFree(h); }
};
using Booster = std::unique_ptr<void, BoosterFree>;
using DMatrix = std::unique_ptr<void, DMatrixFree>;

DMatrix make_dmatrix(const Matrix& x, int threads)
{
    DMatrixHandle h = nullptr;
    xgb_check(XGDMatrixCreateFromMat_omp(x.data(), x.rows(), x.cols(), std::nanf(""), &h, threads), "DMatrix");
    return DMatrix(h);
}

std::vector<ParamSpec> xgboost_space()
{
    return {
        {"n_estimators", ParamKind::integer, 20, 1000, {}, 200, "boosting rounds"},
        {"learning_rate", ParamKind::log_real, 0.01, 0.5, {}, 0.1, "shrinkage of each tree (eta)"},
        {"max_depth", ParamKind::integer, 2, 12, {}, 6, "maximum tree depth"},
        {"min_child_weight", ParamKind::log_real, 0.1, 20.0, {}, 1.0, "minimum hessian weight in a leaf"},
        {"subsample", ParamKind::real, 0.5, 1.0, {}, 1.0, "row fraction sampled per round"},
        {"colsample_bytree", ParamKind::real, 0.3, 1.0, {}, 1.0, "column fraction sampled per tree"},
        {"reg_lambda", ParamKind::log_real, 1e-3, 10.0, {}, 1.0, "L2 penalty on leaf weights"},
        {"reg_alpha", ParamKind::log_real, 1e-4, 1.0, {}, 1e-4,
         "L1 penalty on leaf weights (regression: per unit of the target's spread)"},
        class_weight_spec(),
    };
}

class XgboostModel final : public Model {
public:
    XgboostModel(Params params, Task task, int n_classes, int threads)
        : m_params(std::move(params)), m_task(task), m_classes(is_classification(task) ? n_classes : 0),
          m_threads(std::max(1, threads))
    {
    }

    std::string family() const override { return kName; }
    Params params() const override { return m_params; }
    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
             const FitContext& ctx) override;
    std::vector<float> predict(const Matrix& x) const override;
    Matrix predict_proba(const Matrix& x) const override;
    std::vector<std::uint8_t> save() const override;
    void set_threads(int threads) override;
    Params cut_short() const override
    {
        if (m_rounds > 0 && m_rounds < m_params["n_estimators"].get<long long>())
            return {{"n_estimators", m_rounds}};
        return Params::object();
    }
    static std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes);

    XgboostDump dump() const;

private:
    std::vector<float> raw_predict(const Matrix& x) const;  // rows x outputs (probabilities or values)
    std::string booster_bytes(const char* format) const;
    std::string rescaled_booster_json() const; // a regression's booster predicting the target itself

    Params m_params;
    Task m_task;
    int m_classes;
    int m_threads;
    int m_features = 0;
    int m_rounds = 0;
    TargetScale m_target; // a regression's booster predicts (y - mean) / scale
    Booster m_booster;
    mutable std::mutex m_predict_mutex;  // XGBoost boosters are not documented as safe for concurrent predicts
};

void XgboostModel::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
                       const FitContext& ctx)
{
    check_fit_input(x, y, weights, ctx, true);
    m_task = ctx.task;
    m_classes = is_classification(ctx.task) ? ctx.n_classes : 0;
    // Small tables: one thread. OpenMP start-up and spin-waiting cost more than the parallel speed-up there.
    m_threads = x.rows() * x.cols() < 50000 ? 1 : std::max(1, ctx.threads);
    m_features = static_cast<int>(x.cols());
    const auto w = fit_weights(y, weights, m_classes, m_params["class_weight"] == "balanced");
    // A regression trains on the standardised target; predict() restores it, and the JSON an export writes has its
    // leaves scaled back (rescaled_booster_json). XGBoost's least split gain (1e-6) and the L1 penalty are in the
    // target's units: a rate of 0.001 scored R^2 0.87, one of 1e-7 -462.
    const bool regression = m_task == Task::regression;
    m_target = regression ? target_scale(y) : TargetScale{};
    std::vector<float> labels(y.begin(), y.end());
    if (regression)
        for (float& v : labels)
            v = static_cast<float>(m_target.standardise(v));
    auto dtrain = make_dmatrix(x, m_threads);
    xgb_check(XGDMatrixSetFloatInfo(dtrain.get(), "label", labels.data(), labels.size()), "labels");
    xgb_check(XGDMatrixSetFloatInfo(dtrain.get(), "weight", w.data(), w.size()), "weights");

    BoosterHandle raw = nullptr;
    DMatrixHandle cache[] = {dtrain.get()};
    xgb_check(XGBoosterCreate(cache, 1, &raw), "create");
    Booster booster(raw);
    const auto set = [&](const char* name, const std::string& value) {
        xgb_check(XGBoosterSetParam(raw, name, value.c_str()), name);
    };
    const auto num = [&](const char* name) { return fmt::format("{}", m_params[name].get<double>()); };
    set("verbosity", "0");
    set("tree_method", "hist");
    set("nthread", std::to_string(m_threads));
    set("seed", std::to_string(ctx.seed % 2147483647));
    if (m_task == Task::regression) {
        set("objective", "reg:squarederror");
    } else if (m_task == Task::binary) {
        set("objective", "binary:logistic");
    } else {
        set("objective", "multi:softprob");
        set("num_class", std::to_string(m_classes));
    }
    set("eta", num("learning_rate"));
    set("max_depth", std::to_string(m_params["max_depth"].get<long long>()));
    set("min_child_weight", num("min_child_weight"));
    set("subsample", num("subsample"));
    set("colsample_bytree", num("colsample_bytree"));
    set("lambda", num("reg_lambda"));
    set("alpha", num("reg_alpha"));
    if (regression)
        set("base_score", "0"); // the standardised target's mean

    const auto rounds = m_params["n_estimators"].get<long long>();
    if (rounds < 1)
        throw InputError("xgboost: n_estimators must be at least 1");
    const auto start = std::chrono::steady_clock::now();
    m_rounds = 0;
    for (int i = 0; i < rounds; ++i) {
        if (ctx.stop.stop_requested())
            throw Cancelled();
        // A round that would not finish within the time limit is not started: keep the rounds trained so far, a
        // smaller but valid model.
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (ctx.time_limit_s > 0 && i > 0 && elapsed * (i + 1) / i > ctx.time_limit_s)
            break;
        xgb_check(XGBoosterUpdateOneIter(raw, i, dtrain.get()), "training round");
        ++m_rounds;
    }
    m_booster = std::move(booster);
    m_params["rounds_trained"] = m_rounds;
}

// The booster's JSON with every leaf times the target's spread and the first guess moved to its mean: what it then
// predicts is the target itself, in Python's XGBoost and in the ONNX graph made from it.
std::string XgboostModel::rescaled_booster_json() const
{
    const std::string json = booster_bytes("json");
    if (m_task != Task::regression || (m_target.mean == 0 && m_target.scale == 1))
        return json;
    nlohmann::json model = nlohmann::json::parse(json);
    nlohmann::json& learner = model.at("learner");
    nlohmann::json& base = learner.at("learner_model_param").at("base_score");
    const double base_z = base.is_string() ? std::stod(base.get<std::string>()) : base.get<double>();
    // XGBoost 1.7 reads "5.000000000E-04" as 0.5 without a word: it takes at most a float's nine digits.
    const double restored_base = m_target.restore(base_z);
    base = fmt::format("{:.8e}", restored_base);
    for (nlohmann::json& tree : learner.at("gradient_booster").at("model").at("trees")) {
        const nlohmann::json& left = tree.at("left_children");
        nlohmann::json& values = tree.at("split_conditions"); // a leaf's value; a split's threshold
        nlohmann::json& weights = tree.at("base_weights");
        for (std::size_t i = 0; i < left.size(); ++i) {
            weights[i] = weights[i].get<double>() * m_target.scale;
            if (left[i].get<int>() == -1)
                values[i] = values[i].get<double>() * m_target.scale;
        }
    }
    std::string text = model.dump();
    // Read back as XGBoost reads it, so that a first guess it misread cannot reach an export.
    BoosterHandle raw = nullptr;
    xgb_check(XGBoosterCreate(nullptr, 0, &raw), "create");
    Booster check(raw);
    xgb_check(XGBoosterLoadModelFromBuffer(raw, text.data(), text.size()), "rescale");
    bst_ulong len = 0;
    const char* data = nullptr;
    xgb_check(XGBoosterSaveModelToBuffer(raw, R"({"format": "json"})", &len, &data), "save");
    const nlohmann::json read = nlohmann::json::parse(std::string_view(data, len));
    const double read_base = std::stod(read["learner"]["learner_model_param"]["base_score"].get<std::string>());
    if (!(std::abs(read_base - restored_base) <= 1e-6 * std::abs(restored_base)))
        throw WorkError(fmt::format("xgboost: the target's mean {} read back as {}", restored_base, read_base));
    return text;
}

void XgboostModel::set_threads(int threads)
{
    m_threads = std::max(1, threads);
    if (m_booster)
        xgb_check(XGBoosterSetParam(m_booster.get(), "nthread", std::to_string(m_threads).c_str()), "nthread");
}

std::vector<float> XgboostModel::raw_predict(const Matrix& x) const
{
    if (!m_booster)
        throw WorkError("xgboost model used before fit");
    check_predict_input(x, m_features, kName);
    const std::size_t outputs = m_task == Task::multiclass ? m_classes : 1;
    if (x.rows() == 0)
        return {};
    const auto interface = fmt::format(R"({{"data": [{}, true], "shape": [{}, {}], "typestr": "<f4", "version": 3}})",
                                       reinterpret_cast<std::uintptr_t>(x.data()), x.rows(), x.cols());
    const auto config = fmt::format(R"({{"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0, )"
                                    R"("strict_shape": true, "cache_id": 0, "missing": NaN}})");
    std::lock_guard lock(m_predict_mutex);
    const bst_ulong* shape = nullptr;
    bst_ulong dims = 0;
    const float* result = nullptr;
    xgb_check(XGBoosterPredictFromDense(m_booster.get(), interface.c_str(), config.c_str(), nullptr, &shape, &dims,
                                        &result),
              "predict");
    std::size_t total = 1;
    for (bst_ulong i = 0; i < dims; ++i)
        total *= shape[i];
    if (total != x.rows() * outputs)
        throw WorkError(fmt::format("xgboost returned {} values for {} rows x {} outputs", total, x.rows(), outputs));
    return std::vector<float>(result, result + total);
}

Matrix XgboostModel::predict_proba(const Matrix& x) const
{
    if (!is_classification(m_task))
        throw InputError("predict_proba needs a classification model");
    const auto raw = raw_predict(x);
    Matrix p(x.rows(), m_classes);
    for (std::size_t i = 0; i < x.rows(); ++i) {
        if (m_task == Task::binary) {
            p(i, 0) = 1.0f - raw[i];
            p(i, 1) = raw[i];
        } else {
            for (int c = 0; c < m_classes; ++c)
                p(i, c) = raw[i * m_classes + c];
        }
    }
    return p;
}

std::vector<float> XgboostModel::predict(const Matrix& x) const
{
    if (m_task == Task::regression) {
        std::vector<float> values = raw_predict(x);
        for (float& v : values)
            v = static_cast<float>(m_target.restore(v));
        return values;
    }
    return most_probable_class(predict_proba(x));
}

std::string XgboostModel::booster_bytes(const char* format) const
{
    if (!m_booster)
        throw WorkError("xgboost model used before fit");
    bst_ulong len = 0;
    const char* data = nullptr;
    const auto config = fmt::format(R"({{"format": "{}"}})", format);
    std::lock_guard lock(m_predict_mutex);
    xgb_check(XGBoosterSaveModelToBuffer(m_booster.get(), config.c_str(), &len, &data), "save");
    return std::string(data, len);
}

std::vector<std::uint8_t> XgboostModel::save() const
{
    ByteWriter w;
    write_envelope(w, kName, kFormat);
    w.put_string(m_params.dump());
    w.put<std::uint8_t>(static_cast<std::uint8_t>(m_task));
    w.put<std::int32_t>(m_classes);
    w.put<std::int32_t>(m_features);
    w.put<std::int32_t>(m_rounds);
    w.put<double>(m_target.mean);
    w.put<double>(m_target.scale);
    w.put_string(booster_bytes("ubj"));
    return w.finish();
}

std::unique_ptr<Model> XgboostModel::load(std::span<const std::uint8_t> bytes)
{
    auto r = open_sealed(bytes, "xgboost model");
    const std::uint32_t format = read_envelope(r, kName, kFormat);
    Params params = Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    const auto task = r.get<std::uint8_t>();
    if (task > static_cast<std::uint8_t>(Task::regression))
        r.fail("bad task");
    const auto classes = r.get<std::int32_t>();
    if (static_cast<Task>(task) == Task::regression ? classes != 0 : (classes < 2 || classes > 1 << 20))
        r.fail("bad class count");
    auto model = std::make_unique<XgboostModel>(resolve_params(kName, xgboost_space(), Params::object()),
                                                static_cast<Task>(task), classes, 1);
    for (const auto& [k, v] : params.items())
        model->m_params[k] = v;
    model->m_features = r.get<std::int32_t>();
    model->m_rounds = r.get<std::int32_t>();
    if (format >= 2) {
        model->m_target.mean = r.get<double>();
        model->m_target.scale = r.get<double>();
        if (!std::isfinite(model->m_target.mean) || !(model->m_target.scale > 0))
            r.fail("bad target scale");
    }
    if (model->m_features <= 0 || model->m_rounds < 0)
        r.fail("bad shape");
    const auto booster = r.get_string();
    r.expect_end();
    BoosterHandle raw = nullptr;
    xgb_check(XGBoosterCreate(nullptr, 0, &raw), "create");
    Booster handle(raw);
    if (XGBoosterLoadModelFromBuffer(raw, booster.data(), booster.size()) != 0)
        throw InputError(fmt::format("cannot load xgboost model: {}", XGBGetLastError()));
    xgb_check(XGBoosterSetParam(raw, "nthread", "1"), "nthread");
    model->m_booster = std::move(handle);
    return model;
}

XgboostDump XgboostModel::dump() const
{
    return {rescaled_booster_json(), m_task, m_classes, m_features, m_rounds};
}

}  // namespace

XgboostDump xgboost_json_model(const Model& model)
{
    const auto* xgb = dynamic_cast<const XgboostModel*>(&model);
    if (!xgb)
        throw InputError(fmt::format("not an xgboost model: '{}'", model.family()));
    return xgb->dump();
}

Family xgboost_family()
{
    Family f;
    f.name = kName;
    f.description = "Gradient-boosted trees (XGBoost, hist); takes missing values natively";
    f.space = xgboost_space();
    f.handles_missing = true;
    f.make = [](const Params& p, const FitContext& ctx) {
        return std::make_unique<XgboostModel>(resolve_params(kName, xgboost_space(), p), ctx.task, ctx.n_classes,
                                              ctx.threads);
    };
    f.load = &XgboostModel::load;
    return f;
}

}  // namespace tern::models
