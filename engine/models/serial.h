// Bounds-checked byte writing and reading for model serialisation, plus the envelope every saved model starts
// with (magic, format version, family name). Sizes read from bytes are never trusted: every read is checked
// against what is left, so truncated or corrupted input ends in an InputError, never in a crash or a huge
// allocation.
#pragma once

#include "engine/core/matrix.h"

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace tern::models {

class ByteWriter {
public:
    template <typename T>
        requires std::is_trivially_copyable_v<T>
    void put(T value)
    {
        const auto* p = reinterpret_cast<const std::uint8_t*>(&value);
        m_bytes.insert(m_bytes.end(), p, p + sizeof(T));
    }
    template <typename T>
        requires std::is_trivially_copyable_v<T>
    void put_array(std::span<const T> values)
    {
        put<std::uint64_t>(values.size());
        const auto* p = reinterpret_cast<const std::uint8_t*>(values.data());
        m_bytes.insert(m_bytes.end(), p, p + values.size_bytes());
    }
    template <typename T>
    void put_vector(const std::vector<T>& values) { put_array(std::span<const T>(values)); }
    void put_string(const std::string& s) { put_array(std::span<const char>(s.data(), s.size())); }
    void put_matrix(const Matrix& m);

    // The bytes, sealed with a trailing 64-bit checksum so that corruption is caught before any payload (an
    // XGBoost buffer, say) reaches a parser that might not survive it.
    std::vector<std::uint8_t> finish();

private:
    std::vector<std::uint8_t> m_bytes;
};

class ByteReader {
public:
    // what: names the thing being read in error messages ("linear model").
    ByteReader(std::span<const std::uint8_t> bytes, std::string what) : m_bytes(bytes), m_what(std::move(what)) {}

    template <typename T>
        requires std::is_trivially_copyable_v<T>
    T get()
    {
        need(sizeof(T));
        T value;
        std::memcpy(&value, m_bytes.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return value;
    }
    template <typename T>
        requires std::is_trivially_copyable_v<T>
    std::vector<T> get_vector()
    {
        const auto n = get<std::uint64_t>();
        if (n > remaining() / sizeof(T))
            fail("array length exceeds the data");
        std::vector<T> values(n);
        std::memcpy(values.data(), m_bytes.data() + m_pos, n * sizeof(T));
        m_pos += n * sizeof(T);
        return values;
    }
    std::string get_string();
    Matrix get_matrix();

    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    void expect_end() const;
    [[noreturn]] void fail(const std::string& why) const;

private:
    void need(std::size_t n) const;

    std::span<const std::uint8_t> m_bytes;
    std::string m_what;
    std::size_t m_pos = 0;
};

// Verifies the checksum that ByteWriter::finish appended and returns a reader over the bytes before it.
ByteReader open_sealed(std::span<const std::uint8_t> bytes, std::string what);

// The envelope: "TERNMODL", u32 envelope version, family name, u32 family format version, then the payload.
void write_envelope(ByteWriter& w, const std::string& family, std::uint32_t format_version);
// Returns the family name written in the envelope (bytes of any family).
std::string peek_family(std::span<const std::uint8_t> bytes);
// Checks the envelope names `family` with a format version this build reads (<= max_version); returns the version.
std::uint32_t read_envelope(ByteReader& r, const std::string& family, std::uint32_t max_version);

}  // namespace tern::models
