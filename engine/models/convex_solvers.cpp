// L-BFGS (two-loop recursion, Armijo backtracking) and FISTA with backtracking and adaptive restart.
#include "engine/models/convex_solvers.h"

#include "engine/core/error.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

namespace tern::models {

namespace {
double dot(const std::vector<double>& a, const std::vector<double>& b)
{
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
}
double max_abs(const std::vector<double>& a)
{
    double m = 0;
    for (double v : a)
        m = std::max(m, std::abs(v));
    return m;
}
void check_stop(const std::stop_token& stop)
{
    if (stop.stop_requested())
        throw Cancelled();
}
}  // namespace

SolverResult minimise_lbfgs(const SmoothObjective& f, std::vector<double>& theta, const SolverOptions& options)
{
    constexpr int kMemory = 10;
    const std::size_t n = theta.size();
    std::vector<double> grad(n), new_grad(n), direction(n), trial(n);
    std::deque<std::vector<double>> s_hist, y_hist;
    std::deque<double> rho_hist;
    double value = f(theta, &grad);
    SolverResult result;
    for (int iter = 0; iter < options.max_iter; ++iter) {
        check_stop(options.stop);
        result.iterations = iter;
        if (max_abs(grad) < options.tol) {
            result.converged = true;
            break;
        }
        // Two-loop recursion: direction = -H * grad.
        direction = grad;
        std::vector<double> alpha(s_hist.size());
        for (int i = static_cast<int>(s_hist.size()) - 1; i >= 0; --i) {
            alpha[i] = rho_hist[i] * dot(s_hist[i], direction);
            for (std::size_t j = 0; j < n; ++j)
                direction[j] -= alpha[i] * y_hist[i][j];
        }
        double gamma = 1.0;
        if (!s_hist.empty())
            gamma = dot(s_hist.back(), y_hist.back()) / dot(y_hist.back(), y_hist.back());
        else
            gamma = 1.0 / std::max(1.0, std::sqrt(dot(grad, grad)));
        for (auto& d : direction)
            d *= gamma;
        for (std::size_t i = 0; i < s_hist.size(); ++i) {
            const double beta = rho_hist[i] * dot(y_hist[i], direction);
            for (std::size_t j = 0; j < n; ++j)
                direction[j] += (alpha[i] - beta) * s_hist[i][j];
        }
        for (auto& d : direction)
            d = -d;
        double slope = dot(grad, direction);
        if (slope >= 0) {  // not a descent direction: restart from steepest descent
            s_hist.clear(), y_hist.clear(), rho_hist.clear();
            for (std::size_t j = 0; j < n; ++j)
                direction[j] = -grad[j] / std::max(1.0, std::sqrt(dot(grad, grad)));
            slope = dot(grad, direction);
        }
        // Armijo backtracking.
        double step = 1.0, new_value = 0;
        bool accepted = false;
        for (int ls = 0; ls < 40; ++ls) {
            for (std::size_t j = 0; j < n; ++j)
                trial[j] = theta[j] + step * direction[j];
            new_value = f(trial, &new_grad);
            if (std::isfinite(new_value) && new_value <= value + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted)
            break;  // no further progress possible in floating point
        std::vector<double> s(n), y(n);
        for (std::size_t j = 0; j < n; ++j) {
            s[j] = trial[j] - theta[j];
            y[j] = new_grad[j] - grad[j];
        }
        const double sy = dot(s, y);
        if (sy > 1e-12) {
            s_hist.push_back(std::move(s));
            y_hist.push_back(std::move(y));
            rho_hist.push_back(1.0 / sy);
            if (s_hist.size() > kMemory) {
                s_hist.pop_front(), y_hist.pop_front(), rho_hist.pop_front();
            }
        }
        const double decrease = value - new_value;
        theta.swap(trial);
        grad.swap(new_grad);
        value = new_value;
        if (decrease <= 1e-12 * std::max(1.0, std::abs(value))) {
            result.converged = true;
            break;
        }
    }
    result.objective = value;
    return result;
}

SolverResult minimise_fista(const SmoothObjective& f, double l1, const std::vector<bool>& penalised,
                            std::vector<double>& theta, const SolverOptions& options)
{
    const std::size_t n = theta.size();
    std::vector<double> y = theta, grad(n), next(n);
    double lipschitz = 1.0, t = 1.0;
    const auto l1_value = [&](const std::vector<double>& v) {
        double s = 0;
        for (std::size_t j = 0; j < n; ++j)
            if (penalised[j])
                s += std::abs(v[j]);
        return l1 * s;
    };
    double prev_total = f(theta, nullptr) + l1_value(theta);
    SolverResult result;
    for (int iter = 0; iter < options.max_iter; ++iter) {
        check_stop(options.stop);
        result.iterations = iter + 1;
        const double fy = f(y, &grad);
        double f_next = 0;
        for (int ls = 0; ls < 60; ++ls) {
            for (std::size_t j = 0; j < n; ++j) {
                const double z = y[j] - grad[j] / lipschitz;
                if (penalised[j]) {
                    const double th = l1 / lipschitz;
                    next[j] = z > th ? z - th : (z < -th ? z + th : 0.0);
                } else {
                    next[j] = z;
                }
            }
            f_next = f(next, nullptr);
            double quad = fy;
            for (std::size_t j = 0; j < n; ++j) {
                const double d = next[j] - y[j];
                quad += grad[j] * d + 0.5 * lipschitz * d * d;
            }
            if (f_next <= quad + 1e-12 * std::abs(quad))
                break;
            lipschitz *= 2.0;
        }
        const double total = f_next + l1_value(next);
        double change = 0;
        for (std::size_t j = 0; j < n; ++j)
            change = std::max(change, std::abs(next[j] - theta[j]));
        // Adaptive restart (O'Donoghue & Candes): drop the momentum when the objective goes up.
        if (total > prev_total) {
            t = 1.0;
            y = theta;
            lipschitz *= 0.9;
            continue;
        }
        const double t_next = 0.5 * (1.0 + std::sqrt(1.0 + 4.0 * t * t));
        for (std::size_t j = 0; j < n; ++j)
            y[j] = next[j] + (t - 1.0) / t_next * (next[j] - theta[j]);
        t = t_next;
        theta = next;
        prev_total = total;
        lipschitz *= 0.95;  // let the step grow again after a conservative phase
        if (change * lipschitz < options.tol) {
            result.converged = true;
            break;
        }
    }
    result.objective = prev_total;
    return result;
}

}  // namespace tern::models
