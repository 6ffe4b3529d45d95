#include "engine/data/text_source.h"

#include "engine/core/error.h"
#include "engine/core/message.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <unistd.h>

namespace tern::data {

namespace fs = std::filesystem;

std::string_view to_string(SourceEncoding encoding)
{
    switch (encoding) {
    case SourceEncoding::utf8: return "utf-8";
    case SourceEncoding::utf8_bom: return "utf-8-bom";
    case SourceEncoding::utf16le: return "utf-16le";
    case SourceEncoding::utf16be: return "utf-16be";
    case SourceEncoding::latin1: return "latin-1";
    }
    return "unknown";
}

std::uint64_t available_memory_bytes()
{
    std::ifstream in("/proc/meminfo");
    std::string key;
    std::uint64_t value = 0;
    std::string unit;
    while (in >> key >> value >> unit)
        if (key == "MemAvailable:")
            return value * 1024;
    return 0;
}

std::size_t line_of(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + std::size_t(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n'));
}

namespace {

std::string human_bytes(std::uint64_t n)
{
    if (n >= (1ull << 30))
        return fmt::format("{:.1f} GiB", double(n) / double(1ull << 30));
    return fmt::format("{:.1f} MiB", double(n) / double(1ull << 20));
}

// Well-known binary signatures, so that the error says what the file really is.
const char* binary_kind(const unsigned char* b, std::size_t n)
{
    auto starts = [&](const char* sig, std::size_t len) { return n >= len && std::memcmp(b, sig, len) == 0; };
    if (starts("\xFF\xD8\xFF", 3))
        return TERN_TEXT("EngineText", "a JPEG image");
    if (starts("\x89PNG", 4))
        return TERN_TEXT("EngineText", "a PNG image");
    if (starts("GIF8", 4))
        return TERN_TEXT("EngineText", "a GIF image");
    if (starts("%PDF", 4))
        return TERN_TEXT("EngineText", "a PDF document");
    if (starts("PK\x03\x04", 4))
        return TERN_TEXT("EngineText", "a ZIP archive (an .xlsx workbook? save it as CSV)");
    if (starts("\x1F\x8B", 2))
        return TERN_TEXT("EngineText", "gzip-compressed (decompress it first)");
    if (starts("\xD0\xCF\x11\xE0", 4))
        return TERN_TEXT("EngineText", "an OLE document (an .xls workbook? save it as CSV)");
    if (starts("SQLite format 3", 15))
        return TERN_TEXT("EngineText", "an SQLite database");
    if (starts("\x7F"
               "ELF",
               4))
        return TERN_TEXT("EngineText", "an executable");
    if (starts("BZh", 3) && n > 3 && b[3] >= '1' && b[3] <= '9')
        return TERN_TEXT("EngineText", "bzip2-compressed (decompress it first)");
    if (starts("\xFD"
               "7zXZ",
               5))
        return TERN_TEXT("EngineText", "xz-compressed (decompress it first)");
    if (starts("PAR1", 4))
        return TERN_TEXT("EngineText", "a Parquet file");
    return nullptr;
}

// Length of the valid UTF-8 prefix; ASCII is checked eight bytes at a time because files are mostly ASCII.
std::size_t valid_utf8_prefix(const unsigned char* s, std::size_t n)
{
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (len == 0 || c > 0xF4 || i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0) || (c == 0xF0 && s[i + 1] < 0x90) ||
            (c == 0xF4 && s[i + 1] >= 0x90))
            return i; // overlong, surrogate or beyond U+10FFFF
        i += len;
    }
    return n;
}

void append_utf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Windows-1252 is what "Latin-1" files from spreadsheets really are; its 0x80-0x9F block holds € and curly quotes.
constexpr std::uint16_t cp1252_high[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                           0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// Bytes that are not UTF-8 read as Windows-1252; well-formed UTF-8 sequences among them stay as they are. A file
// appended to by two programs (a UTF-8 export pasted under Latin-1 rows) holds both: "München" from each half
// must read the same, not once as "MÃ¼nchen". In text that is Latin-1 throughout, a letter like Ã followed by a
// byte of 0x80-0xBF (a symbol such as ©) is what would be misread, which such text hardly ever holds.
std::string latin1_to_utf8(std::string_view in)
{
    std::string out;
    out.reserve(in.size() + in.size() / 8);
    const auto* s = reinterpret_cast<const unsigned char*>(in.data());
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            out += char(c);
            ++i;
            continue;
        }
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (len > 0 && i + len <= n && valid_utf8_prefix(s + i, len) == len) {
            out.append(in.substr(i, len));
            i += len;
            continue;
        }
        if (c < 0xA0)
            append_utf8(out, cp1252_high[c - 0x80]);
        else
            append_utf8(out, c);
        ++i;
    }
    return out;
}

std::string utf16_to_utf8(const unsigned char* s, std::size_t n, bool little_endian)
{
    std::string out;
    out.reserve(n / 2 + n / 8);
    auto unit = [&](std::size_t i) -> std::uint32_t {
        return little_endian ? std::uint32_t(s[i] | (s[i + 1] << 8)) : std::uint32_t((s[i] << 8) | s[i + 1]);
    };
    for (std::size_t i = 0; i + 1 < n; i += 2) {
        std::uint32_t u = unit(i);
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
            std::uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo < 0xE000) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, (u >= 0xD800 && u < 0xE000) ? 0xFFFD : u);
    }
    return out;
}

TextBuffer from_string(const std::string& s, SourceEncoding encoding)
{
    auto data = std::make_unique_for_overwrite<char[]>(s.size() + 1);
    std::memcpy(data.get(), s.data(), s.size());
    return TextBuffer(std::move(data), s.size(), encoding);
}

// Text tables hold almost no control characters; binary data holds about one byte in eight.
void refuse_control_characters(const std::string& path, std::string_view text)
{
    std::string_view sample = text.substr(0, 1 << 16);
    std::size_t controls = 0;
    for (unsigned char c : sample)
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A) || c == 0x7F)
            ++controls;
    if (controls * 100 > sample.size())
        throw DataError(path, Message(TERN_TEXT("EngineText",
                                                "not a text table: binary content (%1 control bytes in the first %2)"),
                                      controls, sample.size()));
}

// A web page or XML saved under a .csv name parses as a ragged "table" at best: say what it is instead.
void refuse_markup(const std::string& path, std::string_view text)
{
    std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return;
    std::string head(text.substr(start, 15));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (head.starts_with("<!doctype html") || head.starts_with("<html"))
        throw DataError(path, Message(TERN_TEXT("EngineText", "not a table: this is an HTML page")));
    if (head.starts_with("<?xml"))
        throw DataError(path, Message(TERN_TEXT("EngineText", "not a table: this is an XML document")));
}

} // namespace

TextBuffer decode_text(const std::string& path, std::unique_ptr<char[]> bytes, std::size_t size)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.get());
    if (size == 0)
        throw DataError(path, Message(TERN_TEXT("EngineText", "file is empty (0 bytes)")));
    if (const char* kind = binary_kind(b, size))
        throw DataError(path, Message(TERN_TEXT("EngineText", "not a text table: this is %1"), Message(kind)));

    if (size >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        bool le = b[0] == 0xFF;
        std::string text = utf16_to_utf8(b + 2, size - 2, le);
        if (text.find('\0') != std::string::npos)
            throw DataError(path, Message(TERN_TEXT("EngineText", "not a text table: NUL characters in UTF-16 text")));
        refuse_control_characters(path, text);
        return from_string(text, le ? SourceEncoding::utf16le : SourceEncoding::utf16be);
    }

    std::size_t skip = 0;
    SourceEncoding encoding = SourceEncoding::utf8;
    if (size >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        skip = 3;
        encoding = SourceEncoding::utf8_bom;
    }
    std::string_view body(bytes.get() + skip, size - skip);
    refuse_markup(path, body);
    if (const void* nul = std::memchr(body.data(), 0, body.size())) {
        std::size_t at = std::size_t(static_cast<const char*>(nul) - body.data());
        throw DataError(path, line_of(body, at),
                        Message(TERN_TEXT("EngineText", "not a text table: NUL byte at offset %1"), at + skip));
    }
    refuse_control_characters(path, body);

    const auto* ub = reinterpret_cast<const unsigned char*>(body.data());
    if (valid_utf8_prefix(ub, body.size()) == body.size()) {
        if (skip > 0)
            std::memmove(bytes.get(), bytes.get() + skip, body.size());
        return TextBuffer(std::move(bytes), size - skip, encoding);
    }
    // Not UTF-8. Latin-1 text is still mostly ASCII; mostly high bytes means binary data.
    std::size_t high = std::size_t(
        std::count_if(ub, ub + std::min<std::size_t>(body.size(), 1 << 16), [](unsigned char c) { return c >= 0x80; }));
    if (high * 10 > std::min<std::size_t>(body.size(), 1 << 16) * 3)
        throw DataError(path, Message(TERN_TEXT("EngineText",
                                                "not a text table: binary content (neither UTF-8 nor Latin-1 text)")));
    return from_string(latin1_to_utf8(body), SourceEncoding::latin1);
}

TextBuffer load_text_file(const std::string& path, std::uint64_t memory_limit)
{
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw DataError(path, Message(TERN_TEXT("EngineText", "no such file")));
    if (fs::is_directory(status))
        throw DataError(path, Message(TERN_TEXT("EngineText", "is a folder, not a table file")));
    if (!fs::is_regular_file(status))
        throw DataError(path, Message(TERN_TEXT("EngineText", "not a regular file")));
    std::uint64_t size = fs::file_size(path, ec);
    if (ec)
        throw DataError(path, Message::verbatim(ec.message()));
    if (size == 0)
        throw DataError(path, Message(TERN_TEXT("EngineText", "file is empty (0 bytes)")));

    std::uint64_t limit = memory_limit ? memory_limit : available_memory_bytes();
    // The bytes, the parsed columns (up to twice the bytes for short numbers) and slack.
    if (limit > 0 && size > limit / 3)
        throw DataError(path, Message(TERN_TEXT("EngineText",
                                                "file is too large to load: %1 needs about %2 of memory, %3 available"),
                                      human_bytes(size), human_bytes(size * 3), human_bytes(limit)));

    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw DataError(path, Message::verbatim(std::strerror(errno)));
    auto bytes = std::make_unique_for_overwrite<char[]>(size + 1);
    std::size_t got = 0;
    while (got < size) {
        ssize_t n = ::read(fd, bytes.get() + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            throw DataError(path, n == 0 ? Message(TERN_TEXT("EngineText", "file shrank while reading"))
                                         : Message::verbatim(std::strerror(err)));
        }
        got += std::size_t(n);
    }
    ::close(fd);
    return decode_text(path, std::move(bytes), size);
}

} // namespace tern::data
