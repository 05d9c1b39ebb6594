#pragma once
// core/Half: IEEE 754 binary16 ("half") conversions written out in integer arithmetic, so every compiler and the CUDA
// kernels (which read the same bits with __ushort_as_half) agree bit for bit. float → half rounds to nearest, ties
// to even, overflows to ±inf and keeps NaN a NaN (quiet); half → float is exact. Used for half-precision storage of
// filtered sinograms: the CPU rounds through these so its slices equal the GPU's.
#include <bit>
#include <cstdint>

namespace xrs {

constexpr std::uint16_t floatToHalfBits(float value)
{
    const std::uint32_t f = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t sign = (f >> 16) & 0x8000u;
    const std::uint32_t exponent = (f >> 23) & 0xffu;
    std::uint32_t mantissa = f & 0x7fffffu;
    if (exponent == 0xffu)  // inf or NaN (a NaN stays a NaN: set the quiet bit)
        return std::uint16_t(sign | 0x7c00u | (mantissa ? 0x200u | (mantissa >> 13) : 0u));
    const int e = int(exponent) - 127 + 15;  // the half's biased exponent
    if (e >= 31) return std::uint16_t(sign | 0x7c00u);
    if (e <= 0) {
        // Subnormal half (or zero): shift the full significand (with its implicit 1) into place, rounding.
        if (e < -10) return std::uint16_t(sign);  // below half the smallest subnormal: ±0
        mantissa |= 0x800000u;
        const int shift = 14 - e;  // 14..24
        std::uint32_t half = mantissa >> shift;
        const std::uint32_t rest = mantissa & ((1u << shift) - 1u), halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (half & 1u))) ++half;  // may carry into the smallest normal: right
        return std::uint16_t(sign | half);
    }
    std::uint32_t half = (std::uint32_t(e) << 10) | (mantissa >> 13);
    const std::uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u))) ++half;  // a carry may round up to inf: right too
    return std::uint16_t(sign | half);
}

constexpr float halfBitsToFloat(std::uint16_t h)
{
    const std::uint32_t sign = std::uint32_t(h & 0x8000u) << 16;
    const std::uint32_t exponent = (h >> 10) & 0x1fu;
    std::uint32_t mantissa = h & 0x3ffu;
    if (exponent == 0x1fu) return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13));
    if (exponent == 0) {
        if (mantissa == 0) return std::bit_cast<float>(sign);
        // Subnormal: normalise.
        int e = -1;
        do {
            ++e;
            mantissa <<= 1;
        } while ((mantissa & 0x400u) == 0);
        return std::bit_cast<float>(sign | (std::uint32_t(127 - 15 - e) << 23) | ((mantissa & 0x3ffu) << 13));
    }
    return std::bit_cast<float>(sign | ((exponent + 127 - 15) << 23) | (mantissa << 13));
}

// The float a half-precision store and load leaves of `value`.
constexpr float roundToHalf(float value) { return halfBitsToFloat(floatToHalfBits(value)); }

}  // namespace xrs
