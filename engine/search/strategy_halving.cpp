// Asynchronous successive halving over a row-subsample fidelity: whenever a configuration ranks in the top third of
// the results at its rung (and that rung has at least three results), it is re-evaluated at the next fidelity.
// Decisions depend on scores only, never on timings.
#include "engine/search/strategy.h"

#include <algorithm>

namespace tern::search {

namespace {

constexpr std::size_t eta = 3;

class HalvingStrategy final : public Strategy {
public:
    explicit HalvingStrategy(SearchContext ctx) : m_ctx(std::move(ctx)) {}
    std::string name() const override { return "halving"; }

    std::optional<CandidateConfig> next(const std::vector<Trial>& history) override
    {
        const auto& rungs = m_ctx.fidelities;
        // Highest rungs first: finishing promising configurations beats starting new ones.
        for (std::size_t r = rungs.size() - 1; r-- > 0;) {
            std::vector<const Trial*> at_rung;
            for (const auto& t : history)
                if (t.status == "ok" && t.score && t.config.fidelity == rungs[r])
                    at_rung.push_back(&t);
            if (at_rung.size() < eta)
                continue;
            std::stable_sort(at_rung.begin(), at_rung.end(),
                             [](const Trial* a, const Trial* b) { return *a->score > *b->score; });
            const std::size_t top = at_rung.size() / eta;
            for (std::size_t i = 0; i < top; ++i) {
                CandidateConfig promoted = at_rung[i]->config;
                promoted.fidelity = rungs[r + 1];
                promoted.origin = "promoted";
                if (!already_tried(history, promoted))
                    return promoted;
            }
        }
        return std::nullopt;
    }

private:
    SearchContext m_ctx;
};

}  // namespace

std::unique_ptr<Strategy> make_halving_strategy(const SearchContext& ctx)
{
    return std::make_unique<HalvingStrategy>(ctx);
}

}  // namespace tern::search
