// Growing a CART tree on binned features (see decision_tree.h). Split quality is the weighted impurity decrease:
// gini or entropy for classification, squared error for regression.
#include "engine/models/decision_tree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tern::models {

namespace {

// Node impurity times node weight, from the node's sums (class weights, or w / wy / wyy for regression).
double weighted_impurity(SplitCriterion criterion, const double* s, int k)
{
    if (criterion == SplitCriterion::variance)
        return s[0] > 0 ? std::max(0.0, s[2] - s[1] * s[1] / s[0]) : 0.0;
    double total = 0;
    for (int c = 0; c < k; ++c)
        total += s[c];
    if (total <= 0)
        return 0.0;
    double acc = 0;
    if (criterion == SplitCriterion::gini) {
        for (int c = 0; c < k; ++c)
            acc += s[c] * s[c];
        return total - acc / total;
    }
    for (int c = 0; c < k; ++c)
        if (s[c] > 0)
            acc += s[c] * std::log(s[c]);
    return total * std::log(total) - acc;
}

struct Task {
    std::int32_t node;
    std::size_t begin, end;
    int depth;
};

}  // namespace

void DecisionTree::fit(const FeatureBins& bins, std::span<const float> y, std::span<const float> weights,
                       const TreeOptions& options, std::mt19937_64& rng, const std::atomic<bool>& stop)
{
    const std::size_t n = bins.rows(), d = bins.cols();
    const bool regression = options.criterion == SplitCriterion::variance;
    const int stats = regression ? 3 : options.n_classes;  // sums kept per bin
    const int outputs = regression ? 1 : options.n_classes;
    m_feature.clear(), m_threshold.clear(), m_child.clear(), m_values.clear();

    std::vector<std::uint32_t> rows;
    for (std::size_t i = 0; i < n; ++i)
        if (weights[i] > 0)
            rows.push_back(static_cast<std::uint32_t>(i));
    const auto add_node = [&] {
        m_feature.push_back(-1);
        m_threshold.push_back(0.0f);
        m_child.push_back(0);
        return static_cast<std::int32_t>(m_feature.size() - 1);
    };
    add_node();

    std::vector<double> hist(FeatureBins::kMaxBins * stats), left(stats), total(stats);
    std::vector<std::uint32_t> counts(FeatureBins::kMaxBins);
    std::vector<std::size_t> order(d);
    std::vector<Task> pending{{0, 0, rows.size(), 0}};
    std::vector<std::int32_t> label;  // class indices converted once, not in the hot loop
    if (!regression) {
        label.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            label[i] = static_cast<std::int32_t>(y[i]);
    }
    std::vector<int> occupied;  // bins a node's rows fall in, so small nodes never scan all 256 bins
    occupied.reserve(FeatureBins::kMaxBins);
    const auto accumulate = [&](double* s, std::uint32_t i) {
        const double w = weights[i];
        if (regression) {
            s[0] += w, s[1] += w * y[i], s[2] += w * y[i] * y[i];
        } else {
            s[label[i]] += w;
        }
    };

    // The least gain and impurity worth a split, per unit of weight: a regression's impurities are in the target's
    // squared units, so these scale with the root's variance (a target of 1e-7 grew no split at all).
    double impurity_unit = -1;
    while (!pending.empty()) {
        if (stop.load(std::memory_order_relaxed))
            return;
        const Task task = pending.back();
        pending.pop_back();
        std::fill(total.begin(), total.end(), 0.0);
        for (std::size_t r = task.begin; r < task.end; ++r)
            accumulate(total.data(), rows[r]);
        const std::size_t count = task.end - task.begin;
        const double parent = weighted_impurity(options.criterion, total.data(), stats);
        const double node_weight = regression ? total[0] : std::accumulate(total.begin(), total.end(), 0.0);

        if (impurity_unit < 0)
            impurity_unit = regression && node_weight > 0 && parent > 0 ? parent / node_weight : 1.0;
        int best_feature = -1, best_bin = -1;
        double best_gain = 1e-9 * impurity_unit * std::max(1.0, node_weight);
        const bool can_split = task.depth < options.max_depth &&
                               count >= 2 * static_cast<std::size_t>(options.min_samples_leaf) &&
                               parent > 1e-12 * impurity_unit * std::max(1.0, node_weight);
        std::iota(order.begin(), order.end(), std::size_t{0});
        int tried = 0;
        for (std::size_t j = 0; can_split && j < d && tried < options.max_features; ++j) {
            std::swap(order[j], order[j + rng() % (d - j)]);  // lazy Fisher-Yates: features in random order
            const std::size_t f = order[j];
            const std::uint8_t* column = bins.column(f);
            occupied.clear();
            for (std::size_t r = task.begin; r < task.end; ++r) {
                const std::uint32_t i = rows[r];
                const int b = column[i];
                if (counts[b]++ == 0)
                    occupied.push_back(b);
                accumulate(hist.data() + b * stats, i);
            }
            if (occupied.size() > 1) {
                ++tried;  // constant features in this node do not count towards max_features
                const auto [lo_it, hi_it] = std::minmax_element(occupied.begin(), occupied.end());
                const int lo = *lo_it, hi = *hi_it;
                if (occupied.size() <= 32) {
                    std::sort(occupied.begin(), occupied.end());
                } else {  // many bins: one pass over the range is cheaper than sorting
                    occupied.clear();
                    for (int b = lo; b <= hi; ++b)
                        if (counts[b] != 0)
                            occupied.push_back(b);
                }
                // Extra trees: one threshold drawn uniformly between the node's smallest and largest bin; the split
                // falls at the last occupied bin at or below it.
                const int drawn = options.random_thresholds ? lo + static_cast<int>(rng() % (hi - lo)) : -1;
                std::fill(left.begin(), left.end(), 0.0);
                std::size_t left_count = 0;
                for (std::size_t o = 0; o + 1 < occupied.size(); ++o) {
                    const int b = occupied[o];
                    for (int s = 0; s < stats; ++s)
                        left[s] += hist[b * stats + s];
                    left_count += counts[b];
                    if (drawn >= 0 && !(b <= drawn && occupied[o + 1] > drawn))
                        continue;
                    if (left_count < static_cast<std::size_t>(options.min_samples_leaf))
                        continue;
                    if (count - left_count < static_cast<std::size_t>(options.min_samples_leaf))
                        break;
                    std::vector<double>& right = total;  // reuse: right = total - left, restored below
                    for (int s = 0; s < stats; ++s)
                        right[s] -= left[s];
                    const double gain = parent - weighted_impurity(options.criterion, left.data(), stats) -
                                        weighted_impurity(options.criterion, right.data(), stats);
                    for (int s = 0; s < stats; ++s)
                        right[s] += left[s];
                    if (gain > best_gain) {
                        best_gain = gain, best_feature = static_cast<int>(f), best_bin = b;
                    }
                }
            }
            for (int b : occupied) {
                counts[b] = 0;
                std::fill(hist.begin() + b * stats, hist.begin() + (b + 1) * stats, 0.0);
            }
        }

        if (best_feature < 0) {  // leaf: normalised class distribution or weighted mean
            m_child[task.node] = static_cast<std::int32_t>(m_values.size());
            if (regression) {
                m_values.push_back(static_cast<float>(total[0] > 0 ? total[1] / total[0] : 0.0));
            } else {
                for (int c = 0; c < outputs; ++c)
                    m_values.push_back(static_cast<float>(node_weight > 0 ? total[c] / node_weight : 1.0 / outputs));
            }
            continue;
        }
        const std::uint8_t* column = bins.column(best_feature);
        const auto mid = std::partition(rows.begin() + task.begin, rows.begin() + task.end,
                                        [&](std::uint32_t i) { return column[i] <= best_bin; });
        const std::size_t split = mid - rows.begin();
        const std::int32_t left_node = add_node();
        add_node();
        m_feature[task.node] = best_feature;
        m_threshold[task.node] = bins.edge(best_feature, best_bin);
        m_child[task.node] = left_node;
        pending.push_back({left_node + 1, split, task.end, task.depth + 1});
        pending.push_back({left_node, task.begin, split, task.depth + 1});
    }
}

void DecisionTree::save(ByteWriter& w) const
{
    w.put_vector(m_feature);
    w.put_vector(m_threshold);
    w.put_vector(m_child);
    w.put_vector(m_values);
}

DecisionTree DecisionTree::load(ByteReader& r, std::size_t n_features, int outputs)
{
    DecisionTree t;
    t.m_feature = r.get_vector<std::int32_t>();
    t.m_threshold = r.get_vector<float>();
    t.m_child = r.get_vector<std::int32_t>();
    t.m_values = r.get_vector<float>();
    const std::size_t nodes = t.m_feature.size();
    if (nodes == 0 || t.m_threshold.size() != nodes || t.m_child.size() != nodes)
        r.fail("tree arrays disagree in length");
    for (std::size_t i = 0; i < nodes; ++i) {
        const std::int64_t f = t.m_feature[i], c = t.m_child[i];
        if (f >= 0) {  // children after the parent: no cycles, and both inside the array
            if (f >= static_cast<std::int64_t>(n_features) || c <= static_cast<std::int64_t>(i) ||
                c + 1 >= static_cast<std::int64_t>(nodes))
                r.fail("tree node out of range");
        } else if (f != -1 || c < 0 || c + outputs > static_cast<std::int64_t>(t.m_values.size())) {
            r.fail("tree leaf out of range");
        }
    }
    return t;
}

}  // namespace tern::models
