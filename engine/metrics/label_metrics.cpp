// Metrics over predicted class labels, defined as scikit-learn defines them (zero_division = 0, macro averages over
// the classes present in the truth or the predictions).
#include "engine/metrics/builtin.h"

#include <cmath>

namespace tern::metrics::detail {

double accuracy(const Predictions& p)
{
    std::size_t hits = 0;
    for (std::size_t i = 0; i < p.truth.size(); ++i)
        hits += p.truth[i] == p.predicted[i];
    return double(hits) / double(p.truth.size());
}

// Mean recall over the classes that occur in the truth (sklearn skips classes without support).
double balanced_accuracy(const Predictions& p)
{
    const std::size_t k = std::size_t(p.n_classes);
    const std::vector<double> c = confusion(p);
    double sum = 0.0;
    int classes = 0;
    for (std::size_t t = 0; t < k; ++t) {
        double support = 0.0;
        for (std::size_t q = 0; q < k; ++q)
            support += c[t * k + q];
        if (support > 0.0) {
            sum += c[t * k + t] / support;
            ++classes;
        }
    }
    return sum / classes;
}

double f1_macro(const Predictions& p)
{
    const std::size_t k = std::size_t(p.n_classes);
    const std::vector<double> c = confusion(p);
    const std::vector<int> labels = present_classes(p);
    double sum = 0.0;
    for (int label : labels) {
        const std::size_t l = std::size_t(label);
        double true_count = 0.0, predicted_count = 0.0;
        for (std::size_t q = 0; q < k; ++q) {
            true_count += c[l * k + q];
            predicted_count += c[q * k + l];
        }
        const double tp = c[l * k + l];
        // F1 = 2tp / (|true| + |predicted|); both are 0 only for labels outside the present set.
        sum += true_count + predicted_count > 0.0 ? 2.0 * tp / (true_count + predicted_count) : 0.0;
    }
    return sum / double(labels.size());
}

// The multiclass Matthews correlation (Gorodkin's R_K), which reduces to the familiar formula for two classes.
double mcc(const Predictions& p)
{
    const std::size_t k = std::size_t(p.n_classes);
    const std::vector<double> c = confusion(p);
    std::vector<double> t(k, 0.0), q(k, 0.0);
    double correct = 0.0, s = 0.0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            t[i] += c[i * k + j];
            q[j] += c[i * k + j];
            s += c[i * k + j];
        }
    double tp_sum = 0.0, tt = 0.0, pp = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        correct += c[i * k + i];
        tp_sum += t[i] * q[i];
        tt += t[i] * t[i];
        pp += q[i] * q[i];
    }
    const double cov_tp = correct * s - tp_sum;
    const double denominator = std::sqrt((s * s - tt) * (s * s - pp));
    return denominator == 0.0 ? 0.0 : cov_tp / denominator;
}

} // namespace tern::metrics::detail
