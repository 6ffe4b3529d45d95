// Names of the deployment precisions, as the CLI, the store's artifact column and model cards spell them.
#include "engine/quant/precision.h"

#include "engine/core/error.h"

namespace tern::quant {

std::string to_string(Precision p)
{
    switch (p) {
    case Precision::fp32: return "fp32";
    case Precision::bf16: return "bf16";
    case Precision::int8: return "int8";
    case Precision::ternary: return "ternary";
    }
    return "fp32";
}

Precision precision_from_string(std::string_view s)
{
    if (s == "fp32")
        return Precision::fp32;
    if (s == "bf16")
        return Precision::bf16;
    if (s == "int8")
        return Precision::int8;
    if (s == "ternary")
        return Precision::ternary;
    throw InputError("unknown precision '" + std::string(s) + "' (choose fp32, bf16, int8 or ternary)");
}

} // namespace tern::quant
