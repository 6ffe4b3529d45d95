#include "engine/search/importance.h"

#include "engine/core/error.h"
#include "engine/search/ensemble.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <random>
#include <set>

namespace tern::search {

namespace {

// A copy of `column` whose cells at `rows` are shuffled among themselves.
data::Column permuted(const data::Column& c, const std::vector<std::size_t>& rows, std::mt19937_64& rng)
{
    std::vector<std::size_t> order = rows;
    std::shuffle(order.begin(), order.end(), rng);
    data::Column out = c;
    switch (c.type()) {
    case data::ColumnType::numeric: {
        auto v = c.numbers();
        for (std::size_t i = 0; i < rows.size(); ++i)
            v[rows[i]] = c.numbers()[order[i]];
        out = data::Column::numeric(c.name(), std::move(v));
        break;
    }
    case data::ColumnType::categorical: {
        auto v = c.codes();
        for (std::size_t i = 0; i < rows.size(); ++i)
            v[rows[i]] = c.codes()[order[i]];
        out = data::Column::categorical(c.name(), std::move(v), c.levels());
        break;
    }
    case data::ColumnType::text: {
        auto v = c.texts();
        std::vector<std::uint8_t> missing(c.size());
        for (std::size_t r = 0; r < c.size(); ++r)
            missing[r] = c.is_missing(r) ? 1 : 0;
        auto m = missing;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            v[rows[i]] = c.texts()[order[i]];
            m[rows[i]] = missing[order[i]];
        }
        out = data::Column::text(c.name(), std::move(v), std::move(m));
        break;
    }
    }
    out.set_role(c.role());
    return out;
}

}  // namespace

std::vector<FeatureImportance> permutation_importance(const Problem& pb, const std::vector<ImportanceMember>& members,
                                                      std::optional<float> threshold, int repeats,
                                                      double max_seconds, std::stop_token stop)
{
    const double give_up_s = std::max(3 * max_seconds, max_seconds + 2.0);
    using clock_type = std::chrono::steady_clock;
    const auto start = clock_type::now();
    const auto& target = *pb.target;
    data::Table work = *pb.table;
    std::vector<std::size_t> features;
    for (std::size_t c = 0; c < work.cols(); ++c)
        if (work.column(c).role() == data::ColumnRole::feature)
            features.push_back(c);
    std::map<std::size_t, std::vector<double>> drops;
    std::set<std::size_t> ever_read;
    std::vector<double> weights;
    for (const auto& m : members)
        weights.push_back(m.weight);
    std::mt19937_64 rng(pb.seed + 4242);

    for (std::size_t f = 0; f < pb.folds->size(); ++f) {
        if (f > 0 && std::chrono::duration<double>(clock_type::now() - start).count() > max_seconds)
            break;
        const Fold& fold = (*pb.folds)[f];
        std::vector<FittedCandidate> fitted;
        for (const auto& m : members) {
            if (stop.stop_requested())
                throw Cancelled();
            const auto train =
                fold_training_rows(fold, target.y, target.task, m.config.fidelity, 50, pb.seed + 7919 * f);
            // One fold at a time here: each fit takes the cores side-by-side folds would have shared.
            FitRequest request{target.task, target.n_classes(), pb.seed + f, stop, 0,
                               pb.threads * std::max(1, pb.concurrent_folds)};
            fitted.push_back(fit_candidate(*pb.table, table_rows(target, train), labels(target, train), m.config,
                                           request));
        }
        // Columns the fold's preprocessing set aside (keys, free text, constants) are not shuffled: no model reads
        // them, so their drop is zero without a pass; a column read in no fold is not listed at all.
        std::set<std::string> read;
        for (const auto& fc : fitted) {
            for (const auto& step : fc.pipeline.steps().numeric)
                read.insert(step.column);
            for (const auto& step : fc.pipeline.steps().categorical)
                read.insert(step.column);
        }
        const auto shuffled = static_cast<double>(
            std::count_if(features.begin(), features.end(), [&](auto c) { return read.count(work.column(c).name()); }));
        std::vector<std::size_t> positions = fold.valid;
        auto rows = table_rows(target, positions);
        auto truth = labels(target, positions);
        auto predict = [&](const data::Table& t) {
            std::vector<PredictionBlock> blocks;
            for (const auto& fc : fitted)
                blocks.push_back(predict_block(fc, t, rows, target.task));
            std::vector<const PredictionBlock*> ptrs;
            for (const auto& b : blocks)
                ptrs.push_back(&b);
            PredictionBlock blended = blend(ptrs, weights);
            blended.threshold = threshold;
            return blended;
        };
        const auto before_base = clock_type::now();
        double base = pb.scorer->oriented(pb.scorer->score(truth, predict(work)));
        // The first fold always finishes; when its shuffles would overrun max_seconds (a wide table, an ensemble of
        // slow members), it shuffles each column once, among as many of the fold's rows as the time allows (at
        // least 50), spread evenly over the fold.
        int fold_repeats = repeats;
        const double per_pass = std::chrono::duration<double>(clock_type::now() - before_base).count();
        const double left = max_seconds - std::chrono::duration<double>(clock_type::now() - start).count();
        const double passes = shuffled * repeats;
        if (max_seconds > 0 && per_pass * passes > left) {
            fold_repeats = 1;
            const double share = std::max(0.0, left) / (per_pass * shuffled);
            const std::size_t keep = std::clamp<std::size_t>(static_cast<std::size_t>(share * positions.size()),
                                                             std::min<std::size_t>(50, positions.size()),
                                                             positions.size());
            if (keep < positions.size()) {
                std::vector<std::size_t> spread;
                for (std::size_t i = 0; i < keep; ++i)
                    spread.push_back(positions[i * positions.size() / keep]);
                positions = std::move(spread);
                rows = table_rows(target, positions);
                truth = labels(target, positions);
                base = pb.scorer->oriented(pb.scorer->score(truth, predict(work)));
            }
        }
        for (auto c : features) {
            if (!read.count(work.column(c).name())) {
                drops[c].push_back(0.0);
                continue;
            }
            ever_read.insert(c);
            const data::Column original = work.column(c);
            for (int r = 0; r < fold_repeats; ++r) {
                if (stop.stop_requested())
                    throw Cancelled();
                // Thousands of columns can overrun even one shuffle each among 50 rows: a run waited 26 s past a
                // 5 s budget for 5,000 of them. Past three times its time (two seconds more at least), the first
                // fold gives up.
                const double spent = std::chrono::duration<double>(clock_type::now() - start).count();
                if (max_seconds > 0 && spent > give_up_s)
                    throw WorkError(fmt::format("stopped after {:.1f} s, far past the {:.1f} s it may take: {} "
                                                "columns to shuffle one by one",
                                                spent, max_seconds, shuffled));
                work.column(c) = permuted(original, rows, rng);
                const double s = pb.scorer->oriented(pb.scorer->score(truth, predict(work)));
                drops[c].push_back(base - s);
            }
            work.column(c) = original;
        }
    }
    std::vector<FeatureImportance> out;
    for (auto& [c, d] : drops) {
        if (!ever_read.count(c))
            continue;
        // A user's expression can be infinite on a fold's rows (1 / (fp + fn) without an error), and a drop from
        // or to infinity says nothing: only finite drops count, and a feature without one is not listed.
        std::erase_if(d, [](double x) { return !std::isfinite(x); });
        if (d.empty())
            continue;
        FeatureImportance fi;
        fi.feature = work.column(c).name();
        double s = 0;
        for (double x : d)
            s += x;
        fi.importance = s / static_cast<double>(d.size());
        double v = 0;
        for (double x : d)
            v += (x - fi.importance) * (x - fi.importance);
        fi.std = d.size() > 1 ? std::sqrt(v / static_cast<double>(d.size() - 1)) : 0;
        out.push_back(fi);
    }
    std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.importance > b.importance; });
    return out;
}

nlohmann::json to_json(const std::vector<FeatureImportance>& importances)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& fi : importances)
        out.push_back({{"feature", fi.feature}, {"importance", fi.importance}, {"std", fi.std}});
    return out;
}

}  // namespace tern::search
