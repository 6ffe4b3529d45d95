// The linear family's smooth objective: the weighted mean loss (squared error / 2, logistic, or multinomial) plus the
// L2 half of the penalty, and its gradient. theta holds, per output, the feature weights then the intercept.
// The two passes over the rows (scores, then the gradient) are SIMD reductions compiled per ISA, one call each per
// evaluation: the plain loop is a chain of dependent additions, which on a wide table (hundreds of one-hot or numeric
// columns) made every solver step several times slower than the arithmetic needs.
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"

#include <span>
#include <vector>

namespace tern::models {

struct LinearProblem {
    const Matrix* x = nullptr;
    std::span<const float> y;            // class index or value per row
    std::vector<double> row_weight;      // per row, summing to one
    Task task = Task::binary;
    int outputs = 1;                     // 1 for binary and regression, the class count for multiclass
    double l2 = 0;                       // weight of 0.5 * |w|^2 (intercepts excluded)
    // Scratch (rows x outputs) kept across evaluations: on a narrow table allocating them anew cost more than
    // the arithmetic.
    std::vector<double> scores, row_gradient;
};

// The objective at theta; with a gradient buffer (theta's size) also its gradient. Without one it skips the
// transpose pass, which is what a line search's trial points need.
double linear_objective(LinearProblem& p, const std::vector<double>& theta, std::vector<double>* grad);

// Raw scores of the rows of x (rows x outputs) under theta.
std::vector<double> linear_scores(const Matrix& x, const std::vector<double>& theta, int outputs);

}  // namespace tern::models
