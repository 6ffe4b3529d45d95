// Small synthetic problems for the model-family tests, generated with a fixed seed so every run sees the same data.
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"

#include <cmath>
#include <random>
#include <vector>

namespace tern::test {

struct Problem {
    Matrix x;
    std::vector<float> y;
    Task task = Task::binary;
    int n_classes = 2;
};

// Two classes split by the hyperplane x0 + 0.5 x1 - x2 = 0 (a 5 % label noise keeps it from being trivial).
inline Problem linearly_separable(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> unit;
    Problem p{Matrix(n, 4), std::vector<float>(n), Task::binary, 2};
    for (std::size_t i = 0; i < n; ++i) {
        for (int j = 0; j < 4; ++j)
            p.x(i, j) = normal(rng);
        const float s = p.x(i, 0) + 0.5f * p.x(i, 1) - p.x(i, 2);
        p.y[i] = (s > 0) != (unit(rng) < 0.05f) ? 1.0f : 0.0f;
    }
    return p;
}

// XOR of the signs of x0 and x1 plus two noise columns: no linear model can learn it, trees can.
inline Problem xor_like(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1, 1);
    Problem p{Matrix(n, 4), std::vector<float>(n), Task::binary, 2};
    for (std::size_t i = 0; i < n; ++i) {
        for (int j = 0; j < 4; ++j)
            p.x(i, j) = u(rng);
        p.y[i] = (p.x(i, 0) > 0) != (p.x(i, 1) > 0) ? 1.0f : 0.0f;
    }
    return p;
}

// Three Gaussian blobs in 3-D.
inline Problem blobs(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    const float centres[3][3] = {{0, 0, 0}, {3, 0, 1}, {0, 3, -1}};
    Problem p{Matrix(n, 3), std::vector<float>(n), Task::multiclass, 3};
    for (std::size_t i = 0; i < n; ++i) {
        const int c = static_cast<int>(i % 3);
        for (int j = 0; j < 3; ++j)
            p.x(i, j) = centres[c][j] + normal(rng);
        p.y[i] = static_cast<float>(c);
    }
    return p;
}

// y = 2 x1 - x2 + noise(0.1), with a third irrelevant column.
inline Problem regression(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    Problem p{Matrix(n, 3), std::vector<float>(n), Task::regression, 0};
    for (std::size_t i = 0; i < n; ++i) {
        for (int j = 0; j < 3; ++j)
            p.x(i, j) = normal(rng);
        p.y[i] = 2.0f * p.x(i, 0) - p.x(i, 1) + 0.1f * normal(rng);
    }
    return p;
}

// Overlapping classes with a 7 % minority: unweighted models mostly predict the majority class.
inline Problem imbalanced(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> unit;
    Problem p{Matrix(n, 3), std::vector<float>(n), Task::binary, 2};
    for (std::size_t i = 0; i < n; ++i) {
        const bool minority = unit(rng) < 0.07f;
        for (int j = 0; j < 3; ++j)
            p.x(i, j) = normal(rng) + (minority && j == 0 ? 1.2f : 0.0f);
        p.y[i] = minority ? 1.0f : 0.0f;
    }
    return p;
}

inline Problem head(const Problem& p, std::size_t begin, std::size_t end)
{
    Problem out{Matrix(end - begin, p.x.cols()), {}, p.task, p.n_classes};
    for (std::size_t i = begin; i < end; ++i) {
        for (std::size_t j = 0; j < p.x.cols(); ++j)
            out.x(i - begin, j) = p.x(i, j);
        out.y.push_back(p.y[i]);
    }
    return out;
}

inline double accuracy(const std::vector<float>& truth, const std::vector<float>& pred)
{
    std::size_t ok = 0;
    for (std::size_t i = 0; i < truth.size(); ++i)
        ok += truth[i] == pred[i];
    return static_cast<double>(ok) / truth.size();
}

inline double balanced_accuracy(const std::vector<float>& truth, const std::vector<float>& pred, int k)
{
    std::vector<double> hit(k), count(k);
    for (std::size_t i = 0; i < truth.size(); ++i) {
        count[static_cast<int>(truth[i])] += 1;
        hit[static_cast<int>(truth[i])] += truth[i] == pred[i];
    }
    double s = 0;
    int present = 0;
    for (int c = 0; c < k; ++c)
        if (count[c] > 0) {
            s += hit[c] / count[c];
            ++present;
        }
    return s / present;
}

inline double r2(const std::vector<float>& truth, const std::vector<float>& pred)
{
    double mean = 0;
    for (float v : truth)
        mean += v;
    mean /= truth.size();
    double ss_res = 0, ss_tot = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        ss_res += (truth[i] - pred[i]) * (truth[i] - pred[i]);
        ss_tot += (truth[i] - mean) * (truth[i] - mean);
    }
    return 1.0 - ss_res / ss_tot;
}

}  // namespace tern::test
