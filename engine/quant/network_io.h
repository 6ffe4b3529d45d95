// Writing and reading a QuantizedNetwork inside a model's byte envelope (engine/models/serial.h). Reading trusts
// nothing: every size is checked against the data left and against the layer shapes, every enum and ternary value
// against its range, and the layers must chain (outputs of one = inputs of the next).
// A ternary layer stores only its running residual blocks: a network exported at residual fraction 0.5 is as small
// on disk as its size_bytes() says, and cannot be raised to a higher fraction after loading (nothing calls for it:
// a package runs at the fraction it was exported with).
#pragma once

#include "engine/models/serial.h"
#include "engine/quant/quantize.h"

namespace tern::quant {

// The format written: 4 stores only the residual blocks the network's fraction runs (3 stored every block).
inline constexpr std::uint32_t network_format = 4;

void write_network(models::ByteWriter& w, const QuantizedNetwork& net);
// format: the envelope's, 3 or 4. InputError (via r.fail) on anything invalid.
QuantizedNetwork read_network(models::ByteReader& r, std::uint32_t format);

} // namespace tern::quant
