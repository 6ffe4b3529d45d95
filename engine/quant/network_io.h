// Writing and reading a QuantizedNetwork inside a model's byte envelope (engine/models/serial.h). Reading trusts
// nothing: every size is checked against the data left and against the layer shapes, every enum and ternary value
// against its range, and the layers must chain (outputs of one = inputs of the next).
#pragma once

#include "engine/models/serial.h"
#include "engine/quant/quantize.h"

namespace tern::quant {

void write_network(models::ByteWriter& w, const QuantizedNetwork& net);
QuantizedNetwork read_network(models::ByteReader& r); // InputError (via r.fail) on anything invalid

} // namespace tern::quant
