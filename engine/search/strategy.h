// Strategies propose the next candidate from the results so far. A strategy keeps no hidden state: its proposal is
// a function of the context (seed included) and the history, so a resumed run re-seeded from the stored results
// continues exactly where it stopped, and `--max-candidates N` yields the same candidates on any machine.
//
// The run's strategy (make_strategy) chains: each family's default first (cheap families first), then promotions
// of successive halving (asynchronous: a configuration in the top third of its rung moves to the next fidelity),
// then new configurations at the lowest fidelity — random at first, TPE once a family has enough results.
#pragma once

#include "engine/search/candidate.h"
#include "engine/search/search_space.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tern::search {

struct Trial {
    CandidateConfig config;
    std::string status;              // ok | failed | timeout | cancelled
    std::optional<double> score;     // oriented: larger is better
};

class Strategy {
public:
    virtual ~Strategy() = default;
    virtual std::string name() const = 0;
    // nullopt: nothing (more) to propose from this strategy.
    virtual std::optional<CandidateConfig> next(const std::vector<Trial>& history) = 0;
};

std::unique_ptr<Strategy> make_defaults_strategy(const SearchContext& ctx);
std::unique_ptr<Strategy> make_halving_strategy(const SearchContext& ctx);  // promotions only
std::unique_ptr<Strategy> make_model_based_strategy(const SearchContext& ctx);  // new points: random, then TPE
std::unique_ptr<Strategy> make_strategy(const SearchContext& ctx);          // the chain above

// TPE: a point of `family`'s space that maximises l(x)/g(x), the densities of the best quarter of `trials` and of
// the rest. `trials` hold only this family's ok results.
Point propose_tpe(const std::vector<Dimension>& dims, const std::vector<Point>& points,
                  const std::vector<double>& scores, std::mt19937_64& rng);

bool already_tried(const std::vector<Trial>& history, const CandidateConfig& config);

}  // namespace tern::search
