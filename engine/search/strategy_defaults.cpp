// Each family's default configuration, cheap families first: quick, solid baselines before any search.
#include "engine/search/strategy.h"

namespace tern::search {

bool already_tried(const std::vector<Trial>& history, const CandidateConfig& config)
{
    const auto key = config.key();
    for (const auto& t : history)
        if (t.config.key() == key)
            return true;
    return false;
}

namespace {

class DefaultsStrategy final : public Strategy {
public:
    explicit DefaultsStrategy(SearchContext ctx) : m_ctx(std::move(ctx)) {}
    std::string name() const override { return "defaults"; }

    std::optional<CandidateConfig> next(const std::vector<Trial>& history) override
    {
        for (const auto& family : m_ctx.families) {
            auto c = default_config(family, m_ctx);
            // On large data even the defaults start on a subsample; successive halving promotes the good ones.
            c.fidelity = m_ctx.fidelities.front();
            if (!already_tried(history, c))
                return c;
        }
        return std::nullopt;
    }

private:
    SearchContext m_ctx;
};

class ChainStrategy final : public Strategy {
public:
    explicit ChainStrategy(const SearchContext& ctx)
    {
        m_parts.push_back(make_defaults_strategy(ctx));
        m_parts.push_back(make_halving_strategy(ctx));
        m_parts.push_back(make_model_based_strategy(ctx));
    }
    std::string name() const override { return "defaults+halving+tpe"; }

    std::optional<CandidateConfig> next(const std::vector<Trial>& history) override
    {
        for (auto& part : m_parts)
            if (auto c = part->next(history))
                return c;
        return std::nullopt;
    }

private:
    std::vector<std::unique_ptr<Strategy>> m_parts;
};

}  // namespace

std::unique_ptr<Strategy> make_defaults_strategy(const SearchContext& ctx)
{
    return std::make_unique<DefaultsStrategy>(ctx);
}

std::unique_ptr<Strategy> make_strategy(const SearchContext& ctx)
{
    return std::make_unique<ChainStrategy>(ctx);
}

}  // namespace tern::search
