// A quantised copy of a fitted mlp or linear model behind the models::Model interface, so that a FittedCandidate
// whose model is quantised predicts, saves and loads like any other (models::load restores it from its envelope
// family "quantized"). family() and params() are those of the source model; params() adds "precision" and, for
// ternary, "residual_fraction".
#pragma once

#include "engine/core/matrix.h"
#include "engine/models/model.h"
#include "engine/quant/precision.h"
#include "engine/quant/quantize.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace tern::quant {

// Throws InputError unless the model is a fitted mlp or linear model (has_dense_stack).
std::unique_ptr<models::Model> quantize_model(const models::Model& fitted_mlp_or_linear, const Matrix& calibration_rows,
                                              const QuantOptions& options);
// Wraps an already quantised network (e.g. one whose residual fraction was changed) as a model of that family.
std::unique_ptr<models::Model> quantized_model(std::string family, models::Params params, QuantizedNetwork net);
const QuantizedNetwork* quantized_network(const models::Model& m); // nullptr unless m is a quantised model
Precision model_precision(const models::Model& m);                 // fp32 for any ordinary model

// Restores the bytes of a quantised model's save() (called by models::load). InputError on bad bytes.
std::unique_ptr<models::Model> load_quantized_model(std::span<const std::uint8_t> bytes);

} // namespace tern::quant
