// Regression targets far outside the bulk of their values. One such value (a price typed in cents, a 1e7 in a
// column of hundreds) dominates R² and RMSE in whichever fold it lands: every model scores hugely negative there,
// and the ranking rewards whichever ignores the value, not whichever predicts the rest best. The run says so.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

namespace tern::search {

struct FarTargetValues {
    std::size_t count = 0;
    double farthest = 0;   // the value farthest from the middle half
    double q1 = 0, q3 = 0; // the quartiles the distance is measured from
};

// Values beyond the quartiles by more than `iqr_multiple` interquartile ranges; nothing when there are none, or
// when half the values are equal (no spread to measure by).
std::optional<FarTargetValues> far_target_values(std::span<const double> y, double iqr_multiple = 20.0);

}  // namespace tern::search
