// Metrics over predicted class labels, defined as scikit-learn defines them (zero_division = 0, macro averages over
// the classes present in the truth or the predictions), read from the confusion counts.
#include "engine/metrics/builtin.h"

#include <cmath>

namespace tern::metrics::detail {

double accuracy(const Confusion& c)
{
    double hits = 0.0;
    for (std::size_t i = 0; i < c.k; ++i)
        hits += c.at(i, i);
    return hits / c.total();
}

// Mean recall over the classes that occur in the truth (sklearn skips classes without support).
double balanced_accuracy(const Confusion& c)
{
    double sum = 0.0;
    int classes = 0;
    for (std::size_t t = 0; t < c.k; ++t)
        if (const double support = c.true_count(t); support > 0.0) {
            sum += c.at(t, t) / support;
            ++classes;
        }
    return sum / classes;
}

double f1_macro(const Confusion& c)
{
    const std::vector<int> labels = c.present();
    double sum = 0.0;
    for (int label : labels) {
        const std::size_t l = std::size_t(label);
        const double true_count = c.true_count(l), predicted_count = c.predicted_count(l);
        // F1 = 2tp / (|true| + |predicted|); both are 0 only for labels outside the present set.
        sum += true_count + predicted_count > 0.0 ? 2.0 * c.at(l, l) / (true_count + predicted_count) : 0.0;
    }
    return sum / double(labels.size());
}

// The multiclass Matthews correlation (Gorodkin's R_K), which reduces to the familiar formula for two classes.
double mcc(const Confusion& c)
{
    const std::size_t k = c.k;
    std::vector<double> t(k, 0.0), q(k, 0.0);
    double correct = 0.0, s = 0.0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            t[i] += c.at(i, j);
            q[j] += c.at(i, j);
            s += c.at(i, j);
        }
    double tp_sum = 0.0, tt = 0.0, pp = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        correct += c.at(i, i);
        tp_sum += t[i] * q[i];
        tt += t[i] * t[i];
        pp += q[i] * q[i];
    }
    const double cov_tp = correct * s - tp_sum;
    const double denominator = std::sqrt((s * s - tt) * (s * s - pp));
    return denominator == 0.0 ? 0.0 : cov_tp / denominator;
}

} // namespace tern::metrics::detail
