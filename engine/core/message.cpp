#include "engine/core/message.h"

namespace tern {

Message Message::verbatim(std::string text)
{
    Message m;
    m.m_pattern = std::move(text);
    m.m_verbatim = true;
    return m;
}

std::string Message::text() const
{
    return text([](const std::string& pattern) { return pattern; });
}

Message Message::term(std::string kind, std::string code)
{
    Message m = verbatim(std::move(code));
    m.m_term_kind = std::move(kind);
    return m;
}

std::string Message::text(const Translator& translate, const TermNamer& name_term) const
{
    if (!m_term_kind.empty() && name_term)
        return name_term(m_term_kind, m_pattern);
    if (m_verbatim)
        return m_pattern;
    const std::string pattern = translate(m_pattern);
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        // %N names an argument: the longest run of digits after % that is an argument's number. Any other % is text.
        if (pattern[i] == '%') {
            std::size_t index = 0, value = 0, digits = 0;
            for (std::size_t j = i + 1; j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9'; ++j) {
                value = value * 10 + static_cast<std::size_t>(pattern[j] - '0');
                if (value > m_args.size())
                    break;
                if (value >= 1) {
                    index = value;
                    digits = j - i;
                }
            }
            if (index > 0) {
                out += m_args[index - 1].text(translate, name_term);
                i += digits;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

Message Message::with_args(std::string pattern, std::vector<Message> args)
{
    Message m;
    m.m_pattern = std::move(pattern);
    m.m_args = std::move(args);
    return m;
}

Message Message::joined(std::vector<Message> parts, std::string_view separator)
{
    Message out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out.m_pattern += separator;
        out.m_pattern += fmt::format("%{}", i + 1);
    }
    out.m_args = std::move(parts);
    return out;
}

}  // namespace tern
