// CRC-32 (the polynomial of zlib, PNG and ZIP): the checksum a PNG chunk carries, and Tern's own pipelines'.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace tern {

std::uint32_t crc32(std::span<const std::uint8_t> bytes);

inline std::uint32_t crc32(std::string_view bytes)
{
    return crc32({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
}

}  // namespace tern
