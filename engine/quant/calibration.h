// Activation calibration for int8 and ternary layers: the symmetric scale of each layer's 8-bit input, read off the
// float network's activations on calibration rows (training rows, never the rows being scored).
#pragma once

#include "engine/core/matrix.h"
#include "engine/quant/quantize.h"

namespace tern::quant {

struct InputCalibration {
    float scale = 1.0f;       // one 8-bit step
    bool is_unsigned = false; // u8 [0, 255] rather than s8 [-127, 127]
};

// x: the layer's input on the calibration rows. never_negative: the previous layer guarantees x >= 0 (ReLU or
// sigmoid with no norm after it); the first layer is unsigned when every calibration value is >= 0.
InputCalibration calibrate_input(const Matrix& x, bool never_negative, bool first_layer, const QuantOptions& options);

// At most max_rows of the rows, evenly spaced (all of them when there are fewer).
Matrix calibration_sample(const Matrix& rows, std::size_t max_rows = 2048);

} // namespace tern::quant
