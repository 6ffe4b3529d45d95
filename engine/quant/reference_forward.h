// The straightforward forward pass of one quantised layer, written for clarity rather than speed: the yardstick
// the fast kernels (qgemm.h) and the tests compare against, and the calibration's float forward.
#pragma once

#include "engine/core/matrix.h"
#include "engine/quant/quantized_layer.h"

#include <cmath>
#include <cstdint>

namespace tern::quant::reference {

// The 8-bit code of one activation entering an int8 or ternary layer: round-to-nearest-even of x / scale
// (computed as x * (1 / scale)), clamped to [0, 255] (unsigned) or [-127, 127]; NaN -> 0.
inline int quantize_activation(float x, float inv_scale, bool is_unsigned)
{
    const float q = std::nearbyint(x * inv_scale);
    if (!(q == q))
        return 0;
    const float lo = is_unsigned ? 0.0f : -127.0f, hi = is_unsigned ? 255.0f : 127.0f;
    return int(q < lo ? lo : q > hi ? hi : q);
}

// x: rows x inputs -> rows x outputs after bias, activation and layer norm.
Matrix layer_forward(const QuantizedLayer& layer, const Matrix& x);

// Bias, activation and optional layer norm on accumulated rows (in place); shared by every precision.
void finish_layer(const QuantizedLayer& layer, Matrix& y);

} // namespace tern::quant::reference
