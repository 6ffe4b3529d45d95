// Words for people that a user interface may show in its own language. A message is a pattern, the key of the
// translation catalogue, whose %1, %2, ... take the arguments in whatever order a translation needs (Qt's convention);
// each argument is a message in turn, or verbatim text: a number, a column or file name, an error from a library.
// tern-cli prints text(); the GUI passes a translator to text(), so the engine stays free of Qt and of languages.
// Patterns a user can see are marked with TERN_TEXT where they are written, which is where lupdate finds them
// (ui/CMakeLists.txt reads it as QT_TRANSLATE_NOOP).
#pragma once

#include <fmt/format.h>

#include <concepts>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Marks a message pattern for the translation catalogue; the context is always "EngineText".
#define TERN_TEXT(context, pattern) pattern

namespace tern {

class Message {
public:
    // The pattern in the catalogue's language (English) -> the pattern in the reader's language.
    using Translator = std::function<std::string(const std::string& pattern)>;
    // A term's kind and code -> the reader's word for it (see term()).
    using TermNamer = std::function<std::string(const std::string& kind, const std::string& code)>;

    Message() = default;

    // A pattern and its arguments: messages, strings (verbatim) or numbers (formatted as {}).
    template <class... Args>
    explicit Message(std::string pattern, Args&&... args) : m_pattern(std::move(pattern))
    {
        m_args.reserve(sizeof...(Args));
        (m_args.push_back(argument(std::forward<Args>(args))), ...);
    }

    // Text that is shown as it is, never translated.
    static Message verbatim(std::string text);
    // A pattern with arguments known only at run time (a message read back from a store).
    static Message with_args(std::string pattern, std::vector<Message> args);
    // The parts one after another with `separator` between them, each still translatable.
    static Message joined(std::vector<Message> parts, std::string_view separator);
    // A code that the engine, the store and tern-cli write as it is ("knn", "balanced_accuracy") and a user
    // interface names in its own words ("k-NN", "Balanced accuracy"). kind: "family" or "metric".
    static Message term(std::string kind, std::string code);

    std::string text() const;  // terms as their codes
    std::string text(const Translator& translate, const TermNamer& name_term = {}) const;

    const std::string& pattern() const noexcept { return m_pattern; }
    const std::vector<Message>& args() const noexcept { return m_args; }
    bool is_verbatim() const noexcept { return m_verbatim; }
    const std::string& term_kind() const noexcept { return m_term_kind; }  // empty unless a term
    bool empty() const noexcept { return m_pattern.empty() && m_args.empty(); }

    bool operator==(const Message&) const = default;

private:
    static Message argument(Message m) { return m; }
    static Message argument(std::string s) { return verbatim(std::move(s)); }
    static Message argument(std::string_view s) { return verbatim(std::string(s)); }
    static Message argument(const char* s) { return verbatim(s); }
    template <class T>
        requires std::integral<T> || std::floating_point<T>
    static Message argument(T v)
    {
        return verbatim(fmt::format("{}", v));
    }

    std::string m_pattern;  // a term's code
    std::vector<Message> m_args;
    bool m_verbatim = false;
    std::string m_term_kind;
};

}  // namespace tern
