#include "engine/search/evaluator.h"

#include "engine/core/error.h"
#include "engine/core/message_json.h"
#include "engine/search/decision_threshold.h"
#include "engine/search/validation_score.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <functional>
#include <limits>
#include <thread>

namespace tern::search {

std::vector<std::size_t> table_rows(const TargetData& target, std::span<const std::size_t> positions)
{
    std::vector<std::size_t> out;
    out.reserve(positions.size());
    for (auto p : positions)
        out.push_back(target.rows[p]);
    return out;
}

std::vector<float> labels(const TargetData& target, std::span<const std::size_t> positions)
{
    std::vector<float> out;
    out.reserve(positions.size());
    for (auto p : positions)
        out.push_back(target.y[p]);
    return out;
}

namespace {

using clock_type = std::chrono::steady_clock;

double mean_of(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / static_cast<double>(v.size());
}

double std_of(const std::vector<double>& v)
{
    if (v.size() < 2)
        return 0;
    const double m = mean_of(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / static_cast<double>(v.size() - 1));
}

// One fold's fit and predictions, or what stopped them.
struct FoldFit {
    std::optional<FittedCandidate> fitted;
    PredictionBlock block;
    std::vector<std::size_t> train_rows;  // table rows
    double fit_s = 0;
    std::exception_ptr error;
};

class Timeout : public std::runtime_error {
public:
    Timeout() : std::runtime_error("the candidate would exceed its time limit") {}
};

// The size parameters the folds were trained with, when the time limit cut any fold short: per parameter, the mean
// over the folds (a fold that ran as configured counts with the configured value), rounded.
nlohmann::json mean_cut_short(const std::vector<nlohmann::json>& folds, const nlohmann::json& configured)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& fold : folds)
        for (const auto& [name, value] : fold.items()) {
            if (out.contains(name) || !configured.contains(name))
                continue;
            double sum = 0;
            for (const auto& f : folds)
                sum += f.contains(name) ? f[name].get<double>() : configured[name].get<double>();
            out[name] = std::llround(sum / static_cast<double>(folds.size()));
        }
    return out;
}

// Reads the candidate's classes at a tuned threshold when its cross-fitted fold scores beat those at one half
// consistently.
void adopt_threshold_if_better(Evaluation& ev, const Problem& pb, std::span<const Fold> folds,
                               std::span<const std::size_t> scored, std::span<const PredictionBlock> fold_blocks)
{
    std::vector<std::vector<std::size_t>> fold_rows;
    for (std::size_t f = 0; f < fold_blocks.size(); ++f)
        fold_rows.push_back(folds[f].valid);
    const auto tuned =
        tune_threshold(*pb.scorer, pb.target->y, ev.oof, scored, fold_rows, fold_blocks, validates_forward(folds));
    if (!tuned || !gains_consistently(*pb.scorer, ev.fold_scores, tuned->fold_scores))
        return;
    const auto crossed = summarize_validation(folds, tuned->fold_scores);
    if (!crossed)
        return;
    ev.threshold = tuned->threshold;
    ev.fold_scores = tuned->fold_scores;
    ev.score = crossed->mean;
    ev.score_std = crossed->std;
    ev.oof.threshold = tuned->threshold;
    ev.metrics = pb.scorer->all_metrics(labels(*pb.target, scored), take_rows(ev.oof, scored));
}

}  // namespace

std::optional<FoldSummary> summarize_folds(const std::vector<double>& fold_scores)
{
    std::vector<double> defined;
    for (double s : fold_scores)
        if (std::isfinite(s))
            defined.push_back(s);
    if (defined.empty())
        return std::nullopt;
    return FoldSummary{mean_of(defined), std_of(defined), defined.size()};
}

std::vector<bool> folds_lacking_a_class(std::span<const Fold> folds, std::span<const float> y, Task task)
{
    std::vector<bool> lacking(folds.size(), false);
    if (!is_classification(task) || validates_forward(folds) || y.empty())
        return lacking;
    // Labels are class indices: one flag per class, a linear pass per fold.
    const auto classes = static_cast<std::size_t>(*std::max_element(y.begin(), y.end())) + 1;
    std::vector<char> in_data(classes, 0);
    for (float v : y)
        in_data[static_cast<std::size_t>(v)] = 1;
    const auto held = static_cast<std::size_t>(std::count(in_data.begin(), in_data.end(), 1));
    for (std::size_t f = 0; f < folds.size(); ++f) {
        std::vector<char> present(classes, 0);
        std::size_t seen = 0;
        for (auto p : folds[f].valid)
            if (!present[static_cast<std::size_t>(y[p])]++)
                ++seen;
        lacking[f] = seen < held;
    }
    return lacking;
}

bool folds_lack_a_class(std::span<const Fold> folds, std::span<const float> y, Task task)
{
    const std::vector<bool> lacking = folds_lacking_a_class(folds, y, task);
    return std::find(lacking.begin(), lacking.end(), true) != lacking.end();
}

Evaluation cross_validate(const Problem& pb, const CandidateConfig& config, std::stop_token stop,
                          double time_limit_s, const std::function<bool()>& timed_out)
{
    const auto& target = *pb.target;
    const auto& folds = *pb.folds;
    const std::size_t n = target.rows.size();
    const std::size_t width = is_classification(target.task) ? static_cast<std::size_t>(target.n_classes()) : 1;
    Evaluation ev;
    ev.oof.width = width;
    ev.oof.values.assign(n * width, 0.0f);
    ev.oof_mask.assign(n, 0);
    std::vector<double> sums(n * width, 0.0);
    std::vector<float> single(n * width, 0.0f);
    std::vector<nlohmann::json> cut_short;  // per fold
    // Pooled scoring keeps each repeat's predictions apart: `sums` averages the repeats, a bagged ensemble.
    const bool pooled = pb.pooled_score;
    const std::vector<bool> lacking =
        pooled ? folds_lacking_a_class(folds, target.y, target.task) : std::vector<bool>(folds.size(), false);
    std::vector<std::vector<float>> by_repeat;
    // Each fold's own predictions, for reading it at a threshold tuned on the other folds (decision_threshold.h).
    const bool tuning = tunes_threshold(*pb.scorer) && !pooled;
    std::vector<PredictionBlock> fold_blocks;
    const auto start = clock_type::now();
    double fit_total = 0;
    // A candidate too slow for every repeat of K-fold is scored on the repeats that fit its time limit: one whole
    // repeat already predicts every row once, and a default XGBoost on a wide table is worth more than a timeout.
    const std::size_t per_repeat = folds_per_repeat(folds, n);
    // One fold's fit on its training rows (subsampled by the fidelity) and its predictions of its validation rows.
    // Touches nothing shared, so the folds of a wave run side by side; an exception is kept for merging.
    auto fit_fold = [&](std::size_t f, double fold_limit_s) {
        FoldFit out;
        try {
            const auto train =
                fold_training_rows(folds[f], target.y, target.task, config.fidelity, 50, pb.seed + 7919 * f);
            out.train_rows = table_rows(target, train);
            const auto y = labels(target, train);
            FitRequest request{target.task, target.n_classes(), pb.seed + f, stop, fold_limit_s, pb.threads};
            const auto fit_start = clock_type::now();
            out.fitted.emplace(fit_candidate(*pb.table, out.train_rows, y, config, request));
            out.fit_s = std::chrono::duration<double>(clock_type::now() - fit_start).count();
            out.block = predict_block(*out.fitted, *pb.table, table_rows(target, folds[f].valid), target.task, stop);
        } catch (...) {
            out.error = std::current_exception();
        }
        return out;
    };
    // Merging, in fold order whatever order the fits ended in: accumulate the fold's predictions and score.
    auto merge_fold = [&](std::size_t f, FoldFit&& fit) {
        if (fit.error)
            std::rethrow_exception(fit.error);
        fit_total += fit.fit_s;
        cut_short.push_back(fit.fitted->model->cut_short());
        const auto& valid = folds[f].valid;
        const PredictionBlock& block = fit.block;
        if (block.width != width)
            throw WorkError("the model returned predictions of the wrong width");
        if (pooled) {
            const std::size_t repeat = f / per_repeat;
            if (by_repeat.size() <= repeat)
                by_repeat.resize(repeat + 1, std::vector<float>(n * width, 0.0f));
            for (std::size_t i = 0; i < valid.size(); ++i)
                std::copy_n(block.values.begin() + static_cast<std::ptrdiff_t>(i * width), width,
                            by_repeat[repeat].begin() + static_cast<std::ptrdiff_t>(valid[i] * width));
        }
        // Repeated K-fold predicts a row once per repeat: the out-of-fold prediction is their mean.
        for (std::size_t i = 0; i < valid.size(); ++i) {
            for (std::size_t c = 0; c < width; ++c) {
                sums[valid[i] * width + c] += block.values[i * width + c];
                if (ev.oof_mask[valid[i]] == 0)
                    single[valid[i] * width + c] = block.values[i * width + c];
            }
            ++ev.oof_mask[valid[i]];
        }
        ev.fold_scores.push_back(lacking[f] ? std::numeric_limits<double>::quiet_NaN()
                                            : pb.scorer->score(labels(target, valid), block));
        if (tuning)
            fold_blocks.push_back(block);
        if (pb.keep_fold_models)
            ev.fold_models.push_back({deserialize_fitted(serialize_fitted(*fit.fitted)), std::move(fit.train_rows),
                                      table_rows(target, valid), labels(target, valid)});
        ev.last_fold = std::move(fit.fitted);
    };
    const std::size_t side_by_side = static_cast<std::size_t>(std::max(1, pb.concurrent_folds));
    try {
        for (std::size_t f = 0; f < folds.size();) {
            if (stop.stop_requested())
                throw Cancelled();
            // A wave: up to `side_by_side` folds of one repeat. The waves left in the repeat share the time up to
            // 85 % of the limit evenly (the rest is for predicting, and for the last round or tree a fit starts
            // before it sees its time is up): a family that can stop early (boosting rounds, trees) then trains a
            // smaller model on every fold, where a full one on the first fold used to show that the rest could not
            // finish, and the candidate timed out.
            const std::size_t left_in_repeat = per_repeat - f % per_repeat;
            const std::size_t wave = std::min({side_by_side, folds.size() - f, left_in_repeat});
            double fold_limit_s = 0;
            if (time_limit_s > 0) {
                const double used = std::chrono::duration<double>(clock_type::now() - start).count();
                const auto waves_left = static_cast<double>((left_in_repeat + side_by_side - 1) / side_by_side);
                fold_limit_s = std::max(0.01, (0.85 * time_limit_s - used) / waves_left);
            }
            std::vector<FoldFit> fits(wave);
            {
                std::vector<std::jthread> others;
                for (std::size_t w = 1; w < wave; ++w)
                    others.emplace_back([&, w] { fits[w] = fit_fold(f + w, fold_limit_s); });
                fits[0] = fit_fold(f, fold_limit_s);
            }
            bool whole_repeats_done = false;
            for (std::size_t w = 0; w < wave; ++w, ++f) {
                try {
                    merge_fold(f, std::move(fits[w]));
                } catch (const Cancelled&) {
                    // The time limit struck during a later repeat: every row has a prediction already (rows of
                    // this repeat's finished folds have two, averaged like any repeat's).
                    if (timed_out && timed_out() && ev.fold_scores.size() >= per_repeat) {
                        whole_repeats_done = true;
                        break;
                    }
                    throw;
                }
            }
            if (whole_repeats_done)
                break;

            // When the folds so far say all of them cannot finish within the limit: stop at the end of a repeat,
            // or give up when not even the first repeat can finish.
            const double per_fold =
                std::chrono::duration<double>(clock_type::now() - start).count() / static_cast<double>(f);
            const std::size_t done = ev.fold_scores.size();
            if (time_limit_s > 0 && f < folds.size() &&
                per_fold * static_cast<double>(folds.size()) > time_limit_s * 1.05) {
                if (done % per_repeat == 0)
                    break;
                if (done < per_repeat && per_fold * static_cast<double>(per_repeat) > time_limit_s * 1.05)
                    throw Timeout();
            }
        }
        // Metrics over the out-of-fold rows (all rows for K-fold, the holdout rows otherwise).
        std::vector<std::size_t> scored;
        if (folds.size() > per_repeat) {  // repeated K-fold, however many repeats fitted the time limit
            ev.oof_single.width = width;
            ev.oof_single.values = std::move(single);
        }
        for (std::size_t i = 0; i < n; ++i)
            if (ev.oof_mask[i]) {
                for (std::size_t c = 0; c < width; ++c)
                    ev.oof.values[i * width + c] = static_cast<float>(sums[i * width + c] / ev.oof_mask[i]);
                ev.oof_mask[i] = 1;
                scored.push_back(i);
            }
        const auto truth = labels(target, scored);
        const auto block = take_rows(ev.oof, scored);
        ev.metrics = pb.scorer->all_metrics(truth, block);
        const auto summary = summarize_validation(folds, ev.fold_scores);
        if (!summary && !pooled)
            throw WorkError("the metric is not finite on any fold of this candidate's predictions");
        ev.score = summary ? summary->mean : std::numeric_limits<double>::quiet_NaN();
        ev.score_std = summary ? summary->std : 0.0;
        if (tuning)
            adopt_threshold_if_better(ev, pb, folds, scored, fold_blocks);
        if (!pooled)
            if (const std::size_t undefined = count_undefined_folds(ev.fold_scores); undefined > 0)
                if (const double s = pb.scorer->score(truth, take_rows(ev.oof, scored)); std::isfinite(s)) {
                    ev.score = s;
                    ev.undefined_folds = undefined;
                }
        if (pooled) {
            // Whole repeats only: each predicts every row once (K-fold; a holdout's rows are `scored`).
            const std::size_t whole = std::max<std::size_t>(1, ev.fold_scores.size() / per_repeat);
            std::vector<double> repeat_scores;
            for (std::size_t rep = 0; rep < whole && rep < by_repeat.size(); ++rep) {
                PredictionBlock one{width, std::move(by_repeat[rep])};
                const double s = pb.scorer->score(truth, take_rows(one, scored));
                if (std::isfinite(s))
                    repeat_scores.push_back(s);
            }
            if (!repeat_scores.empty()) {
                ev.score = mean_of(repeat_scores);
                ev.pooled_score = true;
            }
            if (!std::isfinite(ev.score))
                throw WorkError("the metric is not finite on any fold of this candidate's predictions");
        }
        ev.cut_short = mean_cut_short(cut_short, config.params);
    } catch (const Timeout&) {
        ev.status = "timeout";
        ev.error = Message(TERN_TEXT("EngineText", "the candidate would exceed its time limit"));
    } catch (const Cancelled&) {
        ev.status = timed_out && timed_out() ? "timeout" : "cancelled";
        ev.error = ev.status == "timeout" ? Message(TERN_TEXT("EngineText", "the candidate exceeded its time limit"))
                                          : Message(TERN_TEXT("EngineText", "cancelled"));
    } catch (const std::exception& e) {
        ev.status = timed_out && timed_out() ? "timeout" : "failed";
        ev.error = message_of(e);
    }
    if (ev.status != "ok") {
        ev.last_fold.reset();
        ev.fold_models.clear();
    }
    ev.cv_s = std::chrono::duration<double>(clock_type::now() - start).count();
    ev.fit_s = folds.empty() ? 0 : fit_total / static_cast<double>(std::max<std::size_t>(1, ev.fold_scores.size()));
    return ev;
}

}  // namespace tern::search
