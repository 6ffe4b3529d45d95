// Metrics over class probabilities: ROC AUC (binary; macro one-vs-rest for multiclass) and log loss, as scikit-learn
// computes them.
#include "engine/metrics/builtin.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace tern::metrics::detail {

double binary_auc(const std::vector<float>& scores, const std::vector<std::uint8_t>& positive)
{
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    // Mann-Whitney U: the sum of the positives' ranks, tied scores sharing their mean rank.
    double rank_sum = 0.0;
    std::size_t positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double mean_rank = 0.5 * double(i + 1 + j); // ranks i+1 .. j
        for (std::size_t r = i; r < j; ++r)
            if (positive[order[r]]) {
                rank_sum += mean_rank;
                ++positives;
            }
        i = j;
    }
    const std::size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double u = rank_sum - double(positives) * double(positives + 1) / 2.0;
    return u / (double(positives) * double(negatives));
}

// Binary: the AUC of the positive class's probability. Multiclass: the mean one-vs-rest AUC over the classes that
// occur in the truth (sklearn requires all of them to occur; then the two agree). NaN when the truth has one class.
double roc_auc(const Predictions& p)
{
    const Matrix& m = *p.probabilities;
    const std::size_t n = p.truth.size();
    std::vector<float> scores(n);
    std::vector<std::uint8_t> positive(n);
    const int first = p.task == Task::binary ? 1 : 0;
    double sum = 0.0;
    int classes = 0;
    for (int c = first; c < p.n_classes; ++c) {
        for (std::size_t i = 0; i < n; ++i) {
            scores[i] = m(i, std::size_t(c));
            positive[i] = p.truth[i] == float(c);
        }
        const double auc = binary_auc(scores, positive);
        if (!std::isnan(auc)) {
            sum += auc;
            ++classes;
        }
    }
    return classes == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / classes;
}

// Probabilities are clipped to [eps, 1 - eps] with eps = float32 machine epsilon (what sklearn uses for float32
// input), rows renormalised, and the mean negative log-likelihood of the true class returned.
double log_loss(const Predictions& p)
{
    const Matrix& m = *p.probabilities;
    const double eps = double(std::numeric_limits<float>::epsilon());
    double total = 0.0;
    for (std::size_t i = 0; i < m.rows(); ++i) {
        double row_sum = 0.0;
        for (std::size_t c = 0; c < m.cols(); ++c)
            row_sum += std::clamp(double(m(i, c)), eps, 1.0 - eps);
        const double truth_p = std::clamp(double(m(i, std::size_t(p.truth[i]))), eps, 1.0 - eps) / row_sum;
        total -= std::log(truth_p);
    }
    return total / double(m.rows());
}

} // namespace tern::metrics::detail
