// Bounds-checked serialisation helpers and the saved-model envelope (see serial.h).
#include "engine/models/serial.h"

#include "engine/core/error.h"

#include <fmt/format.h>

namespace tern::models {

namespace {
constexpr char kMagic[8] = {'T', 'E', 'R', 'N', 'M', 'O', 'D', 'L'};
constexpr std::uint32_t kEnvelopeVersion = 1;

std::uint64_t fnv1a(std::span<const std::uint8_t> bytes)
{
    std::uint64_t h = 14695981039346656037ull;
    for (auto b : bytes) {
        h ^= b;
        h *= 1099511628211ull;
    }
    return h;
}
}  // namespace

std::vector<std::uint8_t> ByteWriter::finish()
{
    put<std::uint64_t>(fnv1a(m_bytes));
    return std::move(m_bytes);
}

ByteReader open_sealed(std::span<const std::uint8_t> bytes, std::string what)
{
    if (bytes.size() < sizeof(std::uint64_t))
        throw InputError(fmt::format("cannot load {}: data is truncated ({} bytes)", what, bytes.size()));
    const auto body = bytes.first(bytes.size() - sizeof(std::uint64_t));
    std::uint64_t stored;
    std::memcpy(&stored, bytes.data() + body.size(), sizeof stored);
    if (stored != fnv1a(body))
        throw InputError(fmt::format("cannot load {}: checksum mismatch (the data is corrupted or truncated)", what));
    return ByteReader(body, std::move(what));
}

void ByteWriter::put_matrix(const Matrix& m)
{
    put<std::uint64_t>(m.rows());
    put<std::uint64_t>(m.cols());
    put_vector(m.values());
}

std::string ByteReader::get_string()
{
    auto chars = get_vector<char>();
    return std::string(chars.begin(), chars.end());
}

Matrix ByteReader::get_matrix()
{
    const auto rows = get<std::uint64_t>();
    const auto cols = get<std::uint64_t>();
    auto values = get_vector<float>();
    if (cols != 0 && rows > values.size() / cols)
        fail("matrix shape does not match its data");
    if (rows * cols != values.size())
        fail("matrix shape does not match its data");
    return Matrix(rows, cols, std::move(values));
}

void ByteReader::need(std::size_t n) const
{
    if (n > remaining())
        fail("data is truncated");
}

void ByteReader::expect_end() const
{
    if (remaining() != 0)
        fail(fmt::format("{} unexpected trailing bytes", remaining()));
}

void ByteReader::fail(const std::string& why) const
{
    throw InputError(fmt::format("cannot load {}: {} (at byte {} of {})", m_what, why, m_pos, m_bytes.size()));
}

void write_envelope(ByteWriter& w, const std::string& family, std::uint32_t format_version)
{
    for (char c : kMagic)
        w.put(c);
    w.put(kEnvelopeVersion);
    w.put_string(family);
    w.put(format_version);
}

namespace {
std::string read_magic_and_family(ByteReader& r)
{
    for (char c : kMagic)
        if (r.get<char>() != c)
            r.fail("not a Tern model (bad magic)");
    const auto version = r.get<std::uint32_t>();
    if (version != kEnvelopeVersion)
        r.fail(fmt::format("unsupported envelope version {}", version));
    auto family = r.get_string();
    if (family.empty() || family.size() > 64)
        r.fail("bad family name");
    return family;
}
}  // namespace

std::string peek_family(std::span<const std::uint8_t> bytes)
{
    ByteReader r(bytes, "model");
    return read_magic_and_family(r);
}

std::uint32_t read_envelope(ByteReader& r, const std::string& family, std::uint32_t max_version)
{
    const auto found = read_magic_and_family(r);
    if (found != family)
        r.fail(fmt::format("it is a '{}' model, not '{}'", found, family));
    const auto version = r.get<std::uint32_t>();
    if (version == 0 || version > max_version)
        r.fail(fmt::format("unsupported {} format version {} (this build reads up to {})", family, version,
                           max_version));
    return version;
}

}  // namespace tern::models
