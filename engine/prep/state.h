// Pipeline::State: the fitted steps plus what transform derives from them once (lookup maps, reciprocal scales).
// Internal to engine/prep; everything else reads FittedSteps through Pipeline::steps().
#pragma once

#include "engine/prep/knn_imputer.h"
#include "engine/prep/pipeline.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tern::prep {

// Heterogeneous lookup: a level name found from a string_view without building a std::string.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using LevelIndex = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

struct Pipeline::State {
    PipelineConfig config;
    FittedSteps steps;

    // Derived by derive(); never saved.
    std::vector<LevelIndex> level_index; // per categorical step: level name -> slot
    std::vector<float> inv_scale;        // per output feature
    std::vector<std::uint8_t> knn_use;   // per numeric step: imputed by knn
    KnnIndex knn_index;
    bool any_knn = false; // some numeric step imputes with knn
    bool any_iterative = false;

    void derive();
    // The slot of a level name: its kept level, else "other".
    std::uint32_t slot_of(std::size_t categorical, std::string_view level) const
    {
        const auto it = level_index[categorical].find(level);
        return it == level_index[categorical].end() ? std::uint32_t(steps.categorical[categorical].other_slot())
                                                    : it->second;
    }
};

} // namespace tern::prep
