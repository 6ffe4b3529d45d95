// The activations a dense layer fuses onto its output blocks, and the epilogue/prologue loops that apply them to
// one block while it is still in cache: forward z + bias -> act(z) (optionally also written as bf16), backward
// dy * act'(.) -> dz.
#pragma once

#include "engine/kernels/bf16.h"

#include <string>

namespace tern::kernels {

enum class Activation { none, relu, gelu, tanh, sigmoid };

std::string to_string(Activation a);
Activation activation_from_string(const std::string& s);  // throws InputError

// GELU keeps its pre-activation for the backward pass; the others differentiate from their output.
constexpr bool needs_preactivation(Activation a) { return a == Activation::gelu; }

float activate(Activation a, float z);
// d act / d z given the output y and (GELU only) the pre-activation z.
float activation_derivative(Activation a, float y, float z);

// One block of `rows` x `cols` (row stride ld): y = act(acc + bias); z (may be null) receives acc + bias;
// yb (may be null) receives y as bf16 (same layout, stride ld). acc and y may alias.
void bias_activation(Activation a, const float* acc, const float* bias, float* y, float* z, bf16* yb, int rows,
                     int cols, int ld);

// dz = dy * act'(y, z) over n contiguous values; dzb (may be null) receives dz as bf16.
void activation_backward(Activation a, const float* dy, const float* y, const float* z, float* dz, bf16* dzb,
                         long n);

// The BF16 layers' backward prologue for one contiguous rows x cols block (rows even): dz = dy * act'(.) from the
// fp32 output y, or from its bf16 copy yb when y is null, written as bf16 (dzb, row-major) and as VNNI row pairs
// (dzv, [rows/2][cols][2]); colsum[j] += sum over rows of dz (the bias gradient, from the unrounded values).
void activation_backward_bf16(Activation a, const float* dy, const float* y, const bf16* yb, const float* z, bf16* dzb,
                              bf16* dzv, float* colsum, int rows, int cols);

}  // namespace tern::kernels
