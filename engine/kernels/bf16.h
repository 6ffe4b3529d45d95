// BFLOAT16 storage type and its conversions: float -> bf16 rounds to nearest even (NaN stays NaN), bf16 -> float is
// exact. The array versions are vectorised for AVX-512 where the CPU has it (chosen at load time).
#pragma once

#include <cstdint>
#include <cstring>

namespace tern::kernels {

using bf16 = std::uint16_t;

inline bf16 to_bf16(float f)
{
    std::uint32_t u;
    std::memcpy(&u, &f, 4);
    if ((u & 0x7fffffffu) > 0x7f800000u) return static_cast<bf16>((u >> 16) | 0x40);  // quiet NaN
    u += 0x7fffu + ((u >> 16) & 1u);
    return static_cast<bf16>(u >> 16);
}

inline float from_bf16(bf16 b)
{
    std::uint32_t u = static_cast<std::uint32_t>(b) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

void to_bf16(const float* in, bf16* out, long n);
void from_bf16(const bf16* in, float* out, long n);
// Rounds in place to the nearest bf16 value (used by the reference path to emulate BF16 inputs).
void round_to_bf16(float* values, long n);

}  // namespace tern::kernels
