#include "engine/models/model.h"

#include <algorithm>

namespace tern::models {

std::vector<float> most_probable_class(const Matrix& probabilities)
{
    std::vector<float> out(probabilities.rows());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto r = probabilities.row(i);
        out[i] = static_cast<float>(std::max_element(r.begin(), r.end()) - r.begin());
    }
    return out;
}

}  // namespace tern::models
