// Deterministic solvers for the linear family: L-BFGS for smooth objectives (L2) and FISTA proximal gradient with
// backtracking for objectives with an L1 term (elastic net). Both minimise f(theta) + l1 * sum |theta_j| over the
// coordinates that `penalised` marks (intercepts are not penalised).
#pragma once

#include <functional>
#include <stop_token>
#include <vector>

namespace tern::models {

// Returns f(theta) and, when grad is given, writes the gradient into it (same size as theta). The solvers ask for
// the value alone where they only compare values (FISTA's backtracking trials).
using SmoothObjective = std::function<double(const std::vector<double>& theta, std::vector<double>* grad)>;

struct SolverOptions {
    int max_iter = 300;
    double tol = 1e-6;      // stop when the (projected) gradient's largest entry falls below tol
    std::stop_token stop;   // checked every iteration; throws tern::Cancelled
};

struct SolverResult {
    int iterations = 0;
    bool converged = false;
    double objective = 0;
};

SolverResult minimise_lbfgs(const SmoothObjective& f, std::vector<double>& theta, const SolverOptions& options);

SolverResult minimise_fista(const SmoothObjective& f, double l1, const std::vector<bool>& penalised,
                            std::vector<double>& theta, const SolverOptions& options);

}  // namespace tern::models
