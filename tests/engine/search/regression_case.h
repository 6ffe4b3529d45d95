// A small regression problem for the search's tests: y = slope * x0 + noise, with columns x1.. that carry nothing,
// its target, an r2 scorer, and candidates: a family's defaults or a random forest of a given size.
#pragma once

#include "engine/search/scoring.h"
#include "engine/search/search_space.h"
#include "engine/search/target.h"

#include <fmt/format.h>

#include <random>
#include <vector>

namespace tern::search::testing {

inline data::Table signal_and_noise(std::size_t rows, std::size_t noise_columns, float slope, float noise,
                                    unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<std::vector<double>> x(noise_columns + 1, std::vector<double>(rows));
    std::vector<double> y(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        for (auto& column : x)
            column[i] = normal(rng);
        y[i] = slope * x[0][i] + noise * normal(rng);
    }
    std::vector<data::Column> cols;
    for (std::size_t c = 0; c < x.size(); ++c)
        cols.push_back(data::Column::numeric(fmt::format("x{}", c), x[c]));
    cols.push_back(data::Column::numeric("y", y));
    data::Table t(std::move(cols));
    t.set_target("y");
    return t;
}

struct RegressionCase {
    explicit RegressionCase(data::Table t)
        : table(std::move(t)), target(prepare_target(table, "y", "regression"))
    {
    }

    // A family's default configuration for this problem.
    CandidateConfig defaults(const std::string& family) const
    {
        SearchContext ctx;
        ctx.task = Task::regression;
        ctx.n_rows = target.rows.size();
        return default_config(family, ctx);
    }

    // The random forest's default configuration with `trees` trees.
    CandidateConfig forest(long long trees) const
    {
        CandidateConfig config = defaults("random_forest");
        config.params["n_estimators"] = trees;
        return config;
    }

    data::Table table;
    TargetData target;
    Scorer r2{Task::regression, 0, "r2", "", true};
};

}  // namespace tern::search::testing
