// The retail attributes the OCR engine found in a label (engine/ocr/attributes.h) as lines a person reads:
// "Net quantity: 400 g", "Price: 85.00 INR (MRP)", "Origin: Poland"; the Export JSON keeps the raw object.
#pragma once

#include <QString>
#include <nlohmann/json.hpp>

namespace tern::ui {

// One line per attribute, in the order a label is read; empty for an empty or non-object value.
QString attributesText(const nlohmann::json& attributes);

} // namespace tern::ui
