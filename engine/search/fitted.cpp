#include "engine/search/fitted.h"

#include "engine/core/error.h"
#include "engine/models/registry.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

namespace tern::search {

std::vector<float> class_weights(std::span<const float> y, int n_classes, const std::string& mode)
{
    if (mode != "balanced" || n_classes < 2)
        return {};
    std::vector<double> count(static_cast<std::size_t>(n_classes), 0.0);
    for (float v : y)
        count[static_cast<std::size_t>(v)] += 1;
    int present = 0;
    for (double c : count)
        present += c > 0;
    std::vector<float> w(y.size());
    for (std::size_t i = 0; i < y.size(); ++i)
        w[i] = static_cast<float>(static_cast<double>(y.size()) / (present * count[static_cast<std::size_t>(y[i])]));
    return w;
}

FittedCandidate fit_candidate(const data::Table& table, std::span<const std::size_t> rows, std::span<const float> y,
                              const CandidateConfig& config, const FitRequest& request)
{
    const models::Family& family = models::family(config.family);
    FittedCandidate out;
    out.family = config.family;
    // Target encoding is fitted out-of-fold inside the training rows: train on fit_transform's matrix, never on
    // transform() of the same rows (that would leak each row's own label into its features).
    prep::PipelineConfig pipeline_config = config.pipeline;
    pipeline_config.task = request.task;
    pipeline_config.seed = request.seed;
    Matrix x;
    const auto start = std::chrono::steady_clock::now();
    out.pipeline = prep::Pipeline::fit_transform(table, rows, y, pipeline_config, x);
    if (request.stop.stop_requested())
        throw Cancelled();
    models::FitContext ctx;
    ctx.task = request.task;
    ctx.n_classes = is_classification(request.task) ? request.n_classes : 0;
    ctx.seed = request.seed;
    ctx.threads = request.threads;
    ctx.stop = request.stop;
    // The limit covers the whole fit: what the preprocessing took is not the model's to spend.
    if (request.time_limit_s > 0)
        ctx.time_limit_s = std::max(0.05, request.time_limit_s -
                                              std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                                                  .count());
    out.model = family.make(config.params, ctx);
    const auto w = is_classification(request.task) ? class_weights(y, request.n_classes, config.class_weight)
                                                   : std::vector<float>{};
    out.model->fit(x, y, w, ctx);
    return out;
}

PredictionBlock predict_block(const FittedCandidate& fitted, const data::Table& table,
                              std::span<const std::size_t> rows, Task task, std::stop_token stop)
{
    constexpr std::size_t chunk = 4096;
    PredictionBlock p;
    p.width = 1;
    std::size_t begin = 0;
    do {  // once at least: an empty block still says its width
        if (stop.stop_requested())
            throw Cancelled();
        const Matrix x = fitted.pipeline.transform(table, rows.subspan(begin, std::min(chunk, rows.size() - begin)));
        if (is_classification(task)) {
            const Matrix proba = fitted.model->predict_proba(x);
            p.width = proba.cols();
            p.values.insert(p.values.end(), proba.values().begin(), proba.values().end());
        } else {
            const std::vector<float> values = fitted.model->predict(x);
            p.values.insert(p.values.end(), values.begin(), values.end());
        }
        begin += chunk;
    } while (begin < rows.size());
    throw_unless_finite(p, rows);
    return p;
}

void throw_unless_finite(const PredictionBlock& p, std::span<const std::size_t> rows)
{
    const std::size_t width = std::max<std::size_t>(p.width, 1);
    std::size_t bad = 0, first = 0;
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (!std::all_of(p.values.begin() + static_cast<std::ptrdiff_t>(r * width),
                         p.values.begin() + static_cast<std::ptrdiff_t>((r + 1) * width),
                         [](float v) { return std::isfinite(v); }))
            first = bad++ == 0 ? rows[r] : first;
    if (bad == 0)
        return;
    throw WorkError(bad == 1 ? fmt::format("the model's prediction for data row {} is not a finite number (a value far "
                                           "beyond the training data?)",
                                           first + 1)
                             : fmt::format("the model's prediction for data row {} and {} more is not a finite number "
                                           "(values far beyond the training data?)",
                                           first + 1, bad - 1));
}

namespace {

constexpr char magic[8] = {'T', 'E', 'R', 'N', 'F', 'I', 'T', '1'};

void put_u64(std::vector<std::uint8_t>& out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

std::uint64_t get_u64(std::span<const std::uint8_t> bytes, std::size_t& at)
{
    if (at + 8 > bytes.size())
        throw InputError("stored model: truncated");
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= static_cast<std::uint64_t>(bytes[at + static_cast<std::size_t>(i)]) << (8 * i);
    at += 8;
    return v;
}

}  // namespace

std::vector<std::uint8_t> serialize_fitted(const FittedCandidate& fitted)
{
    std::vector<std::uint8_t> out(magic, magic + 8);
    put_u64(out, fitted.family.size());
    out.insert(out.end(), fitted.family.begin(), fitted.family.end());
    const auto pipeline = fitted.pipeline.save();
    put_u64(out, pipeline.size());
    out.insert(out.end(), pipeline.begin(), pipeline.end());
    const auto model = fitted.model->save();
    out.insert(out.end(), model.begin(), model.end());
    return out;
}

FittedCandidate deserialize_fitted(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < 8 || std::memcmp(bytes.data(), magic, 8) != 0)
        throw InputError("stored model: not a Tern fitted candidate");
    std::size_t at = 8;
    const auto family_len = get_u64(bytes, at);
    if (at + family_len > bytes.size())
        throw InputError("stored model: truncated");
    FittedCandidate out;
    out.family.assign(reinterpret_cast<const char*>(bytes.data() + at), family_len);
    at += family_len;
    const auto pipeline_len = get_u64(bytes, at);
    if (at + pipeline_len > bytes.size())
        throw InputError("stored model: truncated");
    out.pipeline = prep::Pipeline::load(bytes.subspan(at, pipeline_len));
    at += pipeline_len;
    out.model = models::load(bytes.subspan(at));  // the envelope names the loader (quantised models too)
    return out;
}

}  // namespace tern::search
