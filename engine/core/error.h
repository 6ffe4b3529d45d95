// Error types of the engine. Inside the engine failures are exceptions carrying a message a user can read; they
// are caught once at a job boundary (tern-cli main, the GUI's engine controller) and turned into an exit code or
// an error panel.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>

namespace tern {

class Message; // engine/core/message.h

// The input is wrong (a file, an argument, a setting): the user can fix it. tern-cli exits 2.
// Given as a Message, the GUI can say it in the user's language; what() is always its English.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    explicit InputError(const Message& message);

    // The words of the error: as given, or the text of one given as text.
    Message message() const;

private:
    std::shared_ptr<const Message> m_message; // shared, so that copying the exception cannot throw
};

// The words of any exception: an InputError's (or DataError's) message, else what() verbatim (a library's text).
Message message_of(const std::exception& e);

// The work itself failed (every candidate failed, a kernel is unavailable, the disk is full). tern-cli exits 1.
class WorkError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A problem in a data file, located by file and (1-based) line when known: "file:line: what". The words are a
// Message, so that the GUI can say them in the user's language; a library's own text goes in as Message::verbatim.
class DataError : public InputError {
public:
    DataError(std::string file, std::size_t line, const Message& what);
    DataError(std::string file, const Message& what) : DataError(std::move(file), 0, what) {}

    const std::string& file() const noexcept { return m_file; }
    std::size_t line() const noexcept { return m_line; }  // 0 = not tied to a line
    const std::string& reason() const noexcept { return m_reason; }

private:
    std::string m_file;
    std::size_t m_line;
    std::string m_reason;
};

}  // namespace tern

namespace tern {

// A job stopped because the user asked it to (std::stop_token). Not an error: callers keep what finished.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace tern
