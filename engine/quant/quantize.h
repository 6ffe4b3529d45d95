// Quantisation of a dense stack (dense_stack.h) into a QuantizedNetwork: BF16 weights (round to nearest even),
// INT8 (symmetric per-output-channel weights, calibrated 8-bit activations, no zero-point) or ternary residual
// (blocks of alpha * {-1, 0, +1}, residual levels ranked by the error they remove). The network runs its layers on
// the inference kernels of qgemm.h and reports what it costs to store (packed) and to run (real multiplies).
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/task.h"
#include "engine/quant/dense_stack.h"
#include "engine/quant/precision.h"
#include "engine/quant/quantized_layer.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace tern::quant {

struct QuantOptions {
    Precision precision = Precision::int8;
    enum class Calibration { minmax, percentile } calibration = Calibration::percentile;
    double percentile = 99.99;      // percentile rule: the scale covers this percentile of |activation|
    int ternary_block = 64;         // input rows per ternary block
    int ternary_levels = 2;         // level 0 plus (levels - 1) residual levels
    double residual_fraction = 1.0; // share of residual blocks kept at inference, most important first
};

class QuantizedNetwork {
  public:
    Task task = Task::binary;
    int n_classes = 0; // 0 for regression
    OutputKind output = OutputKind::softmax;
    float target_scale = 1.0f, target_offset = 0.0f;
    std::vector<QuantizedLayer> layers;

    int inputs() const { return layers.empty() ? 0 : layers.front().inputs; }
    Precision precision() const { return layers.empty() ? Precision::fp32 : layers.front().precision; }

    // Keeps the top fraction (0..1) of every ternary layer's residual blocks by residual_gain; no-op otherwise.
    // Not concurrently with forward() on the same network (forward itself may run from several threads).
    void set_residual_fraction(double f);
    double residual_fraction() const { return m_fraction; }

    // What the model predicts: rows x n_classes probabilities (sigmoid and softmax outputs alike) for
    // classification, rows x 1 values (target scale and offset applied) for regression.
    Matrix forward(const Matrix& x) const;
    // The same through the straightforward reference layers (reference_forward.cpp): the tests' yardstick.
    Matrix forward_reference(const Matrix& x) const;

    std::int64_t size_bytes() const;         // packed: 2 bits per ternary weight, 1 byte int8, 2 bytes bf16
    std::int64_t multiplies_per_row() const; // ternary: one per kept block level and output, not per weight

    // Drops the prepared kernels; call after changing `layers` by hand (forward prepares them again).
    void invalidate() const;

  private:
    struct Kernels;
    // The inference kernels prepared on first forward. A copy starts without them: they belong to these layers.
    struct KernelSlot {
        mutable std::mutex lock;
        mutable std::shared_ptr<Kernels> kernels;
        KernelSlot() = default;
        KernelSlot(const KernelSlot&) {}
        KernelSlot& operator=(const KernelSlot&)
        {
            kernels.reset();
            return *this;
        }
    };
    std::shared_ptr<const Kernels> prepared() const;
    void update_keep(); // pushes the layers' keep masks into prepared kernels (the residual-fraction knob)
    Matrix finish(Matrix outputs) const;

    double m_fraction = 1.0;
    KernelSlot m_slot;
};

QuantizedNetwork quantize(const DenseStack& stack, const Matrix& calibration_rows, const QuantOptions& options);

// The effective fp32 weights [C][K] a layer computes with (dequantised; ternary sums the kept levels).
std::vector<float> dequantized_weights(const QuantizedLayer& layer);

} // namespace tern::quant
