#include "engine/data/date_names.h"

#include <algorithm>
#include <array>

namespace tern::data {

namespace {

struct MonthName {
    std::string_view word; // lower case, UTF-8
    unsigned month;
};

// English, German, Spanish; one month a line, an abbreviation several languages share once.
// clang-format off
constexpr std::array<MonthName, 57> month_names{{
    {"jan", 1}, {"january", 1}, {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"enero", 1}, {"ene", 1},
    {"feb", 2}, {"february", 2}, {"februar", 2}, {"feber", 2}, {"febrero", 2},
    {"mar", 3}, {"march", 3}, {"mär", 3}, {"märz", 3}, {"mrz", 3}, {"marzo", 3},
    {"apr", 4}, {"april", 4}, {"abr", 4}, {"abril", 4},
    {"may", 5}, {"mai", 5}, {"mayo", 5},
    {"jun", 6}, {"june", 6}, {"juni", 6}, {"junio", 6},
    {"jul", 7}, {"july", 7}, {"juli", 7}, {"julio", 7},
    {"aug", 8}, {"august", 8}, {"ago", 8}, {"agosto", 8},
    {"sep", 9}, {"sept", 9}, {"september", 9}, {"set", 9}, {"septiembre", 9}, {"setiembre", 9},
    {"oct", 10}, {"october", 10}, {"okt", 10}, {"oktober", 10}, {"octubre", 10},
    {"nov", 11}, {"november", 11}, {"noviembre", 11},
    {"dec", 12}, {"december", 12}, {"dez", 12}, {"dezember", 12}, {"dic", 12}, {"diciembre", 12},
}};

// English, German, Spanish: one language a line.
constexpr std::array<std::string_view, 50> weekday_names{
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
    "friday", "sat", "saturday", "sun", "sunday",
    "mo", "montag", "di", "dienstag", "mi", "mittwoch", "do", "donnerstag", "fr", "freitag", "sa", "samstag",
    "sonnabend", "so", "sonntag",
    "lun", "lunes", "mar", "martes", "mié", "mie", "miércoles", "miercoles", "jue", "jueves", "vie", "viernes", "sáb",
    "sab", "sábado", "sabado", "dom", "domingo",
};
// clang-format on

constexpr std::size_t longest_name = 12; // "miércoles" is 10 bytes in UTF-8

bool ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// `word` in lower case (in `buffer`), or empty when it is too long to be a name. UTF-8 capitals of Latin-1 (Ä, É,
// Á: 0xC3 0x80-0x9E) become their small letters (0xC3 0xA0-0xBE).
std::string_view folded(std::string_view word, std::array<char, longest_name>& buffer)
{
    if (word.size() > buffer.size())
        return {};
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c >= 'A' && c <= 'Z')
            buffer[i] = char(c - 'A' + 'a');
        else if (i > 0 && word[i - 1] == '\xC3' && (unsigned char)c >= 0x80 && (unsigned char)c <= 0x9E &&
                 (unsigned char)c != 0x97) // 0x97 is the multiplication sign
            buffer[i] = char(c + 0x20);
        else
            buffer[i] = c;
    }
    return {buffer.data(), word.size()};
}

} // namespace

std::size_t word_length(std::string_view text)
{
    std::size_t n = 0;
    while (n < text.size() && (ascii_letter(text[n]) || (unsigned char)text[n] >= 0x80))
        ++n;
    return n;
}

unsigned month_of_name(std::string_view word)
{
    std::array<char, longest_name> buffer{};
    const std::string_view lower = folded(word, buffer);
    for (const MonthName& n : month_names)
        if (!lower.empty() && n.word == lower)
            return n.month;
    return 0;
}

bool is_weekday_name(std::string_view word)
{
    std::array<char, longest_name> buffer{};
    const std::string_view lower = folded(word, buffer);
    return !lower.empty() && std::find(weekday_names.begin(), weekday_names.end(), lower) != weekday_names.end();
}

} // namespace tern::data
