// Structured retail attributes from OCR text: net quantity with unit, price/MRP with currency, country of origin,
// ingredients, dates (best before, expiry, manufactured, packed), batch/lot number. Hand-written scanning over a
// normalised copy of the text (std::regex is slow and OCR text is noisy: "Net Wt." / "NET WT" / "Net.Wt").
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace tern::ocr {

// JSON object with the attributes found, e.g.
// {"net_quantity": {"value": 170, "unit": "g", "text": "6 OZ (170g)"}, "price": {"value": 85.0, "currency": "INR",
//  "text": "MRP Rs. 85.00"}, "origin": "Turkey", "ingredients": ["Butter", ...], "dates": {"best_before": "07.2026"},
//  "batch": "51F731"}. Absent attributes are absent keys.
nlohmann::json extract_attributes(const std::string& text);

} // namespace tern::ocr
