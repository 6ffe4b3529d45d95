// The numeric precisions a trained model can be deployed in. Training knows fp32 and bf16 (kernels::Precision);
// deployment adds int8 and ternary, which exist only as quantised copies of a trained fp32 model.
#pragma once

#include <string>
#include <string_view>

namespace tern::quant {

enum class Precision { fp32, bf16, int8, ternary };

std::string to_string(Precision p);
Precision precision_from_string(std::string_view s);  // throws InputError naming the four choices

}  // namespace tern::quant
