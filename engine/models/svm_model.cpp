// The `svm` family: RBF support vector machines through OpenCV ml (cv::ml::SVM). Classification trains one C_SVC
// per class against the rest (one for binary) and turns each decision value into a probability with Platt scaling
// fitted on 3-fold out-of-fold decision values (up to 2000 training rows; beyond, on the training rows' own values,
// which is cheaper but more confident); the per-class probabilities are then normalised to sum to 1.
// Regression is EPS_SVR on the standardised target. SVM training grows quadratically with rows, so at most
// max_rows rows (a seeded random subset) are used; params() reports rows_used. OpenCV takes class weights but not
// row weights: equal weights within each class become class weights, anything else is honoured by drawing the
// rows with probability proportional to their weight.
#include "engine/core/error.h"
#include "engine/core/child_process.h"
#include "engine/core/interruptible.h"
#include "engine/models/param_access.h"
#include "engine/models/platt.h"
#include "engine/models/registry.h"
#include "engine/models/serial.h"
#include "engine/models/target_scale.h"

#include <fmt/format.h>
#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

#include <cmath>
#include <random>

namespace tern::models {

namespace {

constexpr std::uint32_t kFormat = 1;
const std::string kName = "svm";
constexpr int kCalibrationRows = 2000;  // up to here Platt scaling is fitted on out-of-fold decision values

std::vector<ParamSpec> svm_space()
{
    return {
        {"C", ParamKind::log_real, 0.01, 1000.0, {}, 1.0, "penalty of margin violations"},
        {"gamma_scale", ParamKind::log_real, 0.01, 100.0, {}, 1.0,
         "RBF gamma = gamma_scale / (features * variance of X); 1 = scikit-learn's 'scale'"},
        {"epsilon", ParamKind::log_real, 0.01, 1.0, {}, 0.1, "regression: tube width on the standardised target",
         ParamTask::regression},
        {"max_rows", ParamKind::integer, 500, 20000, {}, 5000, "training rows at most (a seeded random subset)",
         ParamTask::any, "", true},
        class_weight_spec(),
    };
}

struct Sample {
    cv::Mat x;                  // CV_32F rows
    std::vector<float> y;
    std::vector<double> class_weight;  // per class (classification), from equal within-class weights
};

// Rows used for training: all, a uniform subset, or a weight-proportional draw (see the file comment).
Sample draw_rows(const Matrix& x, std::span<const float> y, const std::vector<float>& w, int classes,
                 std::size_t cap, std::uint64_t seed)
{
    const std::size_t n = x.rows();
    std::mt19937_64 rng(seed);
    bool uniform_within = true;
    std::vector<double> first(std::max(classes, 1), -1.0);
    for (std::size_t i = 0; i < n && uniform_within; ++i) {
        const int c = classes > 0 ? static_cast<int>(y[i]) : 0;
        if (first[c] < 0)
            first[c] = w[i];
        uniform_within = std::abs(w[i] - first[c]) <= 1e-6 * std::max(1.0, first[c]);
    }
    std::vector<std::size_t> rows;
    Sample s;
    if (uniform_within && (classes > 0 || first[0] > 0)) {
        rows.resize(n);
        std::iota(rows.begin(), rows.end(), std::size_t{0});
        if (n > cap) {
            for (std::size_t i = 0; i < cap; ++i)
                std::swap(rows[i], rows[i + rng() % (n - i)]);
            rows.resize(cap);
            std::sort(rows.begin(), rows.end());
        }
        for (int c = 0; c < classes; ++c)
            s.class_weight.push_back(first[c] > 0 ? first[c] : 1.0);
    } else {
        std::discrete_distribution<std::size_t> pick(w.begin(), w.end());
        for (std::size_t i = 0; i < std::min(n, cap); ++i)
            rows.push_back(pick(rng));
        s.class_weight.assign(classes, 1.0);
    }
    s.x = cv::Mat(static_cast<int>(rows.size()), static_cast<int>(x.cols()), CV_32F);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::copy(x.row(rows[r]).begin(), x.row(rows[r]).end(), s.x.ptr<float>(static_cast<int>(r)));
        s.y.push_back(y[rows[r]]);
    }
    return s;
}

std::string to_text(const cv::Ptr<cv::ml::SVM>& svm)
{
    cv::FileStorage fs(".yml", cv::FileStorage::WRITE | cv::FileStorage::MEMORY);
    svm->write(fs);
    return fs.releaseAndGetString();
}

cv::Ptr<cv::ml::SVM> from_text(const std::string& text)
{
    cv::FileStorage fs(text, cv::FileStorage::READ | cv::FileStorage::MEMORY);
    auto svm = cv::ml::SVM::create();
    svm->read(fs.root());
    return svm;
}

// Trainings on more rows than this run in a child process; smaller ones on a thread of this process.
constexpr int kChildProcessRows = 5000;

void train_one(const cv::Ptr<cv::ml::SVM>& svm, const cv::Mat& samples, const cv::Mat& responses)
{
    try {
        svm->train(cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, responses));
    } catch (const cv::Exception& e) {
        throw WorkError(fmt::format("svm training failed: {}", e.err));  // without OpenCV's source location
    }
}

// Trains each machine that is not null on `samples` against its own responses. OpenCV trains in one call that
// cannot be interrupted and may take minutes (20,000 rows with a large C), so a stop request (Cancel, or the
// candidate's time limit) cannot end it. Large trainings run in one child process for all the machines, which the
// request kills (child_process.h); the child sends the trained machines back as text (exact: OpenCV writes floats
// with nine significant digits). A fork of a large process costs tens of milliseconds, a tenth of a typical
// training on 5,000 rows and more than one on fewer, while even a slow one there (a large C) ends within seconds:
// so each training on up to kChildProcessRows rows runs on a thread that the request abandons to run out
// (interruptible.h); it owns reference-counted copies of its inputs.
void train_all(std::vector<cv::Ptr<cv::ml::SVM>>& machines, const cv::Mat& samples,
               const std::vector<cv::Mat>& responses, const std::stop_token& stop)
{
    if (samples.rows <= kChildProcessRows || !stop.stop_possible()) {
        for (std::size_t m = 0; m < machines.size(); ++m)
            if (machines[m])
                run_interruptible([svm = machines[m], samples, r = responses[m]] { train_one(svm, samples, r); },
                                  stop);
        return;
    }
    const std::string sent = run_in_child_process(
        [&] {
            std::string out;  // per machine: its text's length, a newline, the text
            for (std::size_t m = 0; m < machines.size(); ++m) {
                std::string text;
                if (machines[m]) {
                    train_one(machines[m], samples, responses[m]);
                    text = to_text(machines[m]);
                }
                out += std::to_string(text.size()) + '\n' + text;
            }
            return out;
        },
        stop);
    std::size_t at = 0;
    for (auto& svm : machines) {
        const std::size_t newline = sent.find('\n', at);
        const std::size_t size = newline == std::string::npos ? 0 : std::stoull(sent.substr(at, newline - at));
        if (newline == std::string::npos || size > sent.size() - newline - 1)
            throw WorkError("svm training: the child process sent an incomplete model");
        if (svm)
            svm = from_text(sent.substr(newline + 1, size));
        at = newline + 1 + size;
    }
}

class SvmModel final : public Model {
public:
    SvmModel(Params params, Task task, int n_classes)
        : m_params(std::move(params)), m_task(task), m_classes(is_classification(task) ? n_classes : 0)
    {
    }

    std::string family() const override { return kName; }
    Params params() const override { return m_params; }
    void fit(const Matrix& x, std::span<const float> y, std::span<const float> weights,
             const FitContext& ctx) override;
    std::vector<float> predict(const Matrix& x) const override;
    Matrix predict_proba(const Matrix& x) const override;
    std::vector<std::uint8_t> save() const override;
    static std::unique_ptr<Model> load(std::span<const std::uint8_t> bytes);

private:
    std::vector<double> decision(std::size_t machine, const cv::Mat& x) const;
    cv::Mat wrap(const Matrix& x) const;

    Params m_params;
    Task m_task;
    int m_classes;
    std::size_t m_features = 0;
    std::vector<cv::Ptr<cv::ml::SVM>> m_machines;  // one per class (one for binary and regression)
    std::vector<PlattSigmoid> m_sigmoids;
    double m_y_mean = 0, m_y_scale = 1;  // regression target standardisation
};

void SvmModel::fit(const Matrix& x, std::span<const float> y, std::span<const float> weights, const FitContext& ctx)
{
    check_fit_input(x, y, weights, ctx, false);
    m_task = ctx.task;
    m_classes = is_classification(ctx.task) ? ctx.n_classes : 0;
    m_features = x.cols();
    const double c_value = m_params["C"].get<double>(), scale = m_params["gamma_scale"].get<double>();
    const auto cap = m_params["max_rows"].get<long long>();
    if (!(c_value > 0) || !(scale > 0) || cap < 10)
        throw InputError("svm: C and gamma_scale must be > 0 and max_rows >= 10");
    const auto w = fit_weights(y, weights, m_classes, m_params["class_weight"] == "balanced");
    auto sample = draw_rows(x, y, w, m_classes, static_cast<std::size_t>(cap), ctx.seed);
    const int rows = sample.x.rows;
    m_params["rows_used"] = rows;

    cv::Scalar mean, stddev;
    cv::meanStdDev(sample.x.reshape(1, 1), mean, stddev);
    const double var = stddev[0] * stddev[0];
    const double gamma = scale / (static_cast<double>(x.cols()) * (var > 0 ? var : 1.0));
    m_params["gamma"] = gamma;
    const auto make_machine = [&](int type) {
        auto svm = cv::ml::SVM::create();
        svm->setType(type);
        svm->setKernel(cv::ml::SVM::RBF);
        svm->setC(c_value);
        svm->setGamma(gamma);
        svm->setTermCriteria(cv::TermCriteria(cv::TermCriteria::COUNT + cv::TermCriteria::EPS, 1000000, 1e-3));
        return svm;
    };
    m_machines.clear();
    m_sigmoids.clear();
    try {
        if (m_task == Task::regression) {
            const TargetScale scale = target_scale(sample.y);
            m_y_mean = scale.mean;
            m_y_scale = scale.scale;
            cv::Mat target(rows, 1, CV_32F);
            for (int i = 0; i < rows; ++i)
                target.at<float>(i) = static_cast<float>((sample.y[i] - m_y_mean) / m_y_scale);
            m_machines = {make_machine(cv::ml::SVM::EPS_SVR)};
            m_machines.front()->setP(m_params["epsilon"].get<double>());
            train_all(m_machines, sample.x, {target}, ctx.stop);
            return;
        }
        // One machine per class against the rest (one for binary); none for a class absent from the sample.
        const int machines = m_task == Task::binary ? 1 : m_classes;
        std::vector<cv::Mat> labels(machines), class_weights(machines);
        std::vector<std::vector<char>> positive(machines, std::vector<char>(rows));
        for (int m = 0; m < machines; ++m) {
            const int positive_class = m_task == Task::binary ? 1 : m;
            labels[m] = cv::Mat(rows, 1, CV_32S);
            double pos_w = 0, neg_w = 0, pos_n = 0, neg_n = 0;
            for (int i = 0; i < rows; ++i) {
                positive[m][i] = static_cast<int>(sample.y[i]) == positive_class;
                labels[m].at<int>(i) = positive[m][i];
                const double cw = sample.class_weight[static_cast<int>(sample.y[i])];
                (positive[m][i] ? pos_w : neg_w) += cw;
                (positive[m][i] ? pos_n : neg_n) += 1;
            }
            m_sigmoids.push_back({0.0, std::log((neg_w + 1e-9) / (pos_w + 1e-9))});  // the prior, for no machine
            m_machines.push_back(nullptr);
            if (pos_n > 0 && neg_n > 0) {
                m_machines.back() = make_machine(cv::ml::SVM::C_SVC);
                class_weights[m] = (cv::Mat_<double>(2, 1) << neg_w / neg_n, pos_w / pos_n);
                m_machines.back()->setClassWeights(class_weights[m]);
            }
        }
        train_all(m_machines, sample.x, labels, ctx.stop);
        for (int m = 0; m < machines; ++m) {
            if (ctx.stop.stop_requested())
                throw Cancelled();
            if (m_machines[m]) {
                auto f = decision(m, sample.x);
                // Decision values of the training rows themselves are overconfident (support vectors sit on the
                // margin): on samples small enough to afford it, calibrate on 3-fold out-of-fold values instead.
                if (rows <= kCalibrationRows) {
                    for (int fold = 0; fold < 3; ++fold) {
                        std::vector<int> fit_rows, held;
                        for (int i = 0; i < rows; ++i)
                            (i % 3 == fold ? held : fit_rows).push_back(i);
                        cv::Mat fx(static_cast<int>(fit_rows.size()), sample.x.cols, CV_32F), fl(fx.rows, 1, CV_32S);
                        cv::Mat hx(static_cast<int>(held.size()), sample.x.cols, CV_32F);
                        int fit_pos = 0;
                        for (std::size_t r = 0; r < fit_rows.size(); ++r) {
                            sample.x.row(fit_rows[r]).copyTo(fx.row(static_cast<int>(r)));
                            fl.at<int>(static_cast<int>(r)) = positive[m][fit_rows[r]];
                            fit_pos += positive[m][fit_rows[r]];
                        }
                        if (fit_pos == 0 || fit_pos == static_cast<int>(fit_rows.size()))
                            continue;  // one class only in this fold: keep the full model's values
                        for (std::size_t r = 0; r < held.size(); ++r)
                            sample.x.row(held[r]).copyTo(hx.row(static_cast<int>(r)));
                        std::vector<cv::Ptr<cv::ml::SVM>> part{make_machine(cv::ml::SVM::C_SVC)};
                        part.front()->setClassWeights(class_weights[m]);
                        train_all(part, fx, {fl}, ctx.stop);
                        cv::Mat out;
                        part.front()->predict(hx, out, cv::ml::StatModel::RAW_OUTPUT);
                        for (std::size_t r = 0; r < held.size(); ++r)
                            f[held[r]] = out.at<float>(static_cast<int>(r));
                    }
                }
                std::vector<double> row_w(rows);
                for (int i = 0; i < rows; ++i)
                    row_w[i] = sample.class_weight[static_cast<int>(sample.y[i])];
                m_sigmoids[m] = fit_platt(f, positive[m], row_w);
            }
        }
    } catch (const cv::Exception& e) {
        throw WorkError(fmt::format("svm training failed: {}", e.err));
    }
}

cv::Mat SvmModel::wrap(const Matrix& x) const
{
    if (m_machines.empty())
        throw WorkError("svm model used before fit");
    check_predict_input(x, m_features, kName);
    return cv::Mat(static_cast<int>(x.rows()), static_cast<int>(x.cols()), CV_32F, const_cast<float*>(x.data()));
}

std::vector<double> SvmModel::decision(std::size_t machine, const cv::Mat& x) const
{
    std::vector<double> out(x.rows, 0.0);
    if (!m_machines[machine] || x.rows == 0)
        return out;
    cv::Mat result;
    m_machines[machine]->predict(x, result, cv::ml::StatModel::RAW_OUTPUT);
    for (int i = 0; i < x.rows; ++i)
        out[i] = result.at<float>(i);
    return out;
}

Matrix SvmModel::predict_proba(const Matrix& x) const
{
    if (!is_classification(m_task))
        throw InputError("predict_proba needs a classification model");
    const auto mat = wrap(x);
    Matrix p(x.rows(), m_classes);
    for (std::size_t m = 0; m < m_machines.size(); ++m) {
        const auto f = decision(m, mat);
        for (std::size_t i = 0; i < x.rows(); ++i) {
            const auto q = static_cast<float>(m_sigmoids[m](f[i]));
            if (m_task == Task::binary) {
                p(i, 0) = 1.0f - q;
                p(i, 1) = q;
            } else {
                p(i, m) = q;
            }
        }
    }
    if (m_task == Task::multiclass)
        for (std::size_t i = 0; i < x.rows(); ++i) {
            float sum = 0;
            for (float v : p.row(i))
                sum += v;
            for (float& v : p.row(i))
                v = sum > 0 ? v / sum : 1.0f / m_classes;
        }
    return p;
}

std::vector<float> SvmModel::predict(const Matrix& x) const
{
    std::vector<float> out(x.rows());
    if (m_task == Task::regression) {
        const auto f = decision(0, wrap(x));
        for (std::size_t i = 0; i < x.rows(); ++i)
            out[i] = static_cast<float>(f[i] * m_y_scale + m_y_mean);
        return out;
    }
    return most_probable_class(predict_proba(x));
}

std::vector<std::uint8_t> SvmModel::save() const
{
    ByteWriter w;
    write_envelope(w, kName, kFormat);
    w.put_string(m_params.dump());
    w.put<std::uint8_t>(static_cast<std::uint8_t>(m_task));
    w.put<std::int32_t>(m_classes);
    w.put<std::uint64_t>(m_features);
    w.put(m_y_mean);
    w.put(m_y_scale);
    w.put<std::uint64_t>(m_machines.size());
    for (std::size_t m = 0; m < m_machines.size(); ++m) {
        w.put_string(m_machines[m] ? to_text(m_machines[m]) : std::string());
        w.put(m < m_sigmoids.size() ? m_sigmoids[m].a : 0.0);
        w.put(m < m_sigmoids.size() ? m_sigmoids[m].b : 0.0);
    }
    return w.finish();
}

std::unique_ptr<Model> SvmModel::load(std::span<const std::uint8_t> bytes)
{
    auto r = open_sealed(bytes, "svm model");
    read_envelope(r, kName, kFormat);
    Params params = Params::parse(r.get_string(), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        r.fail("bad parameter block");
    const auto task = r.get<std::uint8_t>();
    if (task > static_cast<std::uint8_t>(Task::regression))
        r.fail("bad task");
    const auto classes = r.get<std::int32_t>();
    if (static_cast<Task>(task) == Task::regression ? classes != 0 : (classes < 2 || classes > 1 << 16))
        r.fail("bad class count");
    auto model = std::make_unique<SvmModel>(std::move(params), static_cast<Task>(task), classes);
    model->m_features = r.get<std::uint64_t>();
    model->m_y_mean = r.get<double>();
    model->m_y_scale = r.get<double>();
    const auto machines = r.get<std::uint64_t>();
    const std::uint64_t expected = model->m_task == Task::multiclass ? classes : 1;
    if (model->m_features == 0 || model->m_features > (1u << 30) || machines != expected)
        r.fail("bad svm shape");
    for (std::uint64_t m = 0; m < machines; ++m) {
        const auto text = r.get_string();
        PlattSigmoid s{r.get<double>(), r.get<double>()};
        cv::Ptr<cv::ml::SVM> svm;
        if (!text.empty()) {
            try {
                svm = from_text(text);
            } catch (const cv::Exception& e) {
                r.fail(fmt::format("bad OpenCV SVM: {}", e.err));
            }
            if (!svm->isTrained() || svm->getVarCount() != static_cast<int>(model->m_features))
                r.fail("OpenCV SVM does not match the feature count");
        }
        model->m_machines.push_back(svm);
        if (model->m_task != Task::regression)
            model->m_sigmoids.push_back(s);
    }
    r.expect_end();
    return model;
}

}  // namespace

Family svm_family()
{
    Family f;
    f.name = kName;
    f.description = "RBF support vector machine (OpenCV ml), Platt-scaled probabilities; trains on at most max_rows rows";
    f.space = svm_space();
    f.make = [](const Params& p, const FitContext& ctx) {
        return std::make_unique<SvmModel>(resolve_params(kName, svm_space(), p), ctx.task, ctx.n_classes);
    };
    f.load = &SvmModel::load;
    return f;
}

}  // namespace tern::models
