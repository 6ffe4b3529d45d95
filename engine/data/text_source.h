// Loading a data file's bytes as UTF-8 text, before any parsing: the memory check, refusing binary files, and
// encoding handling (UTF-8 with or without BOM, UTF-16 with BOM, anything else that is not valid UTF-8 is read as
// Windows-1252/Latin-1 and converted). Every refusal is a DataError naming the file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace tern::data {

enum class SourceEncoding { utf8, utf8_bom, utf16le, utf16be, latin1 };

std::string_view to_string(SourceEncoding encoding);

// The whole file, decoded to UTF-8, in one allocation (no zero-initialisation: files can be gigabytes).
class TextBuffer {
  public:
    TextBuffer() = default;
    TextBuffer(std::unique_ptr<char[]> data, std::size_t size, SourceEncoding encoding)
        : m_data(std::move(data)), m_size(size), m_encoding(encoding)
    {
    }

    std::string_view view() const { return {m_data.get(), m_size}; }
    const char* data() const { return m_data.get(); }
    char* mutable_data() { return m_data.get(); }
    std::size_t size() const { return m_size; }
    SourceEncoding encoding() const { return m_encoding; }

  private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    SourceEncoding m_encoding = SourceEncoding::utf8;
};

// MemAvailable from /proc/meminfo (0 if unknown).
std::uint64_t available_memory_bytes();

// Reads and decodes `path`. `memory_limit` 0 means "the memory available now"; the file is refused when reading
// and parsing it would need more than that (about three times its size).
TextBuffer load_text_file(const std::string& path, std::uint64_t memory_limit = 0);

// Decodes bytes already in memory (the part of load_text_file after reading; used by tests).
TextBuffer decode_text(const std::string& path, std::unique_ptr<char[]> bytes, std::size_t size);

// 1-based line number of byte `offset` in `text` (counts '\n' before it).
std::size_t line_of(std::string_view text, std::size_t offset);

} // namespace tern::data
