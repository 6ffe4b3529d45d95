// New configurations: which family to explore (better-ranked families more often), then a point of its space —
// uniformly at random until the family has enough results, then by TPE (tree-structured Parzen estimator:
// maximise l(x)/g(x), the densities of the best quarter of results and of the rest). New points start at the lowest
// fidelity; successive halving promotes the good ones. Randomness comes from the seed and the history length only.
#include "engine/search/strategy.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace tern::search {

namespace {

constexpr std::size_t tpe_after = 6;     // a family's ok results before TPE replaces random sampling
constexpr int candidates_from_good = 24;
constexpr int candidates_uniform = 8;

double log_density(const Dimension& d, double x, const std::vector<Point>& pts, std::size_t dim)
{
    const double n = static_cast<double>(pts.size());
    if (d.categorical()) {
        double count = 0;
        for (const auto& p : pts)
            count += p[dim] == x;
        return std::log((count + 1.0) / (n + static_cast<double>(d.n_choices())));
    }
    // Parzen window on [0,1] with a uniform prior component so unexplored regions keep some mass.
    const double h = std::max(0.08, 0.6 / std::sqrt(n + 1.0));
    double s = 1.0;
    for (const auto& p : pts) {
        const double z = (x - p[dim]) / h;
        s += std::exp(-0.5 * z * z) / (h * std::sqrt(2 * std::numbers::pi));
    }
    return std::log(s / (n + 1.0));
}

}  // namespace

Point propose_tpe(const std::vector<Dimension>& dims, const std::vector<Point>& points,
                  const std::vector<double>& scores, std::mt19937_64& rng)
{
    std::vector<std::size_t> order(points.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return scores[a] > scores[b]; });
    const std::size_t n_good = std::max<std::size_t>(2, (points.size() + 3) / 4);
    std::vector<Point> good, bad;
    for (std::size_t i = 0; i < order.size(); ++i)
        (i < n_good ? good : bad).push_back(points[order[i]]);

    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> jitter(0.0, 0.15);
    Point best;
    double best_value = -1e300;
    for (int k = 0; k < candidates_from_good + candidates_uniform; ++k) {
        Point x;
        if (k < candidates_from_good) {
            x = good[static_cast<std::size_t>(u(rng) * static_cast<double>(good.size())) % good.size()];
            for (std::size_t d = 0; d < dims.size(); ++d) {
                if (dims[d].categorical()) {
                    if (u(rng) < 0.25)
                        x[d] = std::min(std::floor(u(rng) * static_cast<double>(dims[d].n_choices())),
                                        static_cast<double>(dims[d].n_choices() - 1));
                } else {
                    x[d] = std::clamp(x[d] + jitter(rng), 0.0, 1.0);
                }
            }
        } else {
            x = sample_uniform(dims, rng);
        }
        double value = 0;
        for (std::size_t d = 0; d < dims.size(); ++d)
            value += log_density(dims[d], x[d], good, d) - log_density(dims[d], x[d], bad, d);
        if (value > best_value) {
            best_value = value;
            best = std::move(x);
        }
    }
    return best;
}

namespace {

class ModelBasedStrategy final : public Strategy {
public:
    explicit ModelBasedStrategy(SearchContext ctx) : m_ctx(std::move(ctx)) {}
    std::string name() const override { return "tpe"; }

    std::optional<CandidateConfig> next(const std::vector<Trial>& history) override
    {
        std::mt19937_64 rng(m_ctx.seed * 0x9e3779b97f4a7c15ULL + history.size() * 7919 + 17);
        const std::string family = pick_family(history, rng);
        if (family.empty())
            return std::nullopt;
        const auto dims = dimensions(family, m_ctx);
        std::vector<Point> points;
        std::vector<double> scores;
        for (const auto& t : history)
            if (t.config.family == family && t.status == "ok" && t.score) {
                points.push_back(encode(t.config, dims, m_ctx));
                scores.push_back(*t.score);
            }
        for (int attempt = 0; attempt < 32; ++attempt) {
            const bool model_based = points.size() >= tpe_after && attempt < 8;
            const Point p = model_based ? propose_tpe(dims, points, scores, rng) : sample_uniform(dims, rng);
            CandidateConfig c = decode(family, p, dims, m_ctx);
            c.fidelity = m_ctx.fidelities.front();
            c.origin = model_based ? "tpe" : "random";
            if (!already_tried(history, c))
                return c;
        }
        return std::nullopt;  // the space is exhausted (e.g. a family without parameters)
    }

private:
    // Families ranked by their best result; the k-th best is drawn with weight 1/(k+1)^1.5. Families that only
    // failed keep a small chance (their default may have failed for a reason other configurations avoid).
    std::string pick_family(const std::vector<Trial>& history, std::mt19937_64& rng) const
    {
        std::map<std::string, double> best;
        std::map<std::string, int> failures, tried, repeats;
        std::map<std::string, std::vector<double>> scores;
        for (const auto& t : history) {
            ++tried[t.config.family];
            if (t.status == "ok" && t.score) {
                // A score the family already produced most likely means the same predictions: its space is
                // flat here (few parameters, or parameters that do not matter on this data).
                auto& seen = scores[t.config.family];
                if (std::find(seen.begin(), seen.end(), *t.score) != seen.end())
                    ++repeats[t.config.family];
                seen.push_back(*t.score);
                auto it = best.find(t.config.family);
                if (it == best.end() || *t.score > it->second)
                    best[t.config.family] = *t.score;
            } else {
                ++failures[t.config.family];
            }
        }
        std::vector<std::pair<double, std::string>> ranked;
        for (const auto& f : m_ctx.families)
            if (best.count(f))
                ranked.emplace_back(best[f], f);
        std::stable_sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
        std::vector<std::string> names;
        std::vector<double> weights;
        for (std::size_t k = 0; k < ranked.size(); ++k) {
            names.push_back(ranked[k].second);
            weights.push_back(std::max(0.02, std::pow(0.7, repeats[ranked[k].second])) /
                              std::pow(static_cast<double>(k + 1), 1.5));
        }
        for (const auto& f : m_ctx.families)
            if (!best.count(f) && failures[f] < 3) {
                names.push_back(f);
                weights.push_back(0.05);
            }
        if (names.empty())
            return {};
        std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
        return names[pick(rng)];
    }

    SearchContext m_ctx;
};

}  // namespace

std::unique_ptr<Strategy> make_model_based_strategy(const SearchContext& ctx)
{
    return std::make_unique<ModelBasedStrategy>(ctx);
}

}  // namespace tern::search
