#include "engine/metrics/metric.h"

namespace tern::metrics {

double Confusion::true_count(std::size_t c) const
{
    double sum = 0.0;
    for (std::size_t q = 0; q < k; ++q)
        sum += at(c, q);
    return sum;
}

double Confusion::predicted_count(std::size_t c) const
{
    double sum = 0.0;
    for (std::size_t t = 0; t < k; ++t)
        sum += at(t, c);
    return sum;
}

double Confusion::total() const
{
    double sum = 0.0;
    for (double v : counts)
        sum += v;
    return sum;
}

std::vector<int> Confusion::present() const
{
    std::vector<int> out;
    for (std::size_t c = 0; c < k; ++c)
        if (true_count(c) > 0.0 || predicted_count(c) > 0.0)
            out.push_back(int(c));
    return out;
}

} // namespace tern::metrics
