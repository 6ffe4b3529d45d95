#include "engine/core/error.h"

#include "engine/core/message.h"

#include <fmt/format.h>

namespace tern {

namespace {
std::string locate(const std::string& file, std::size_t line, const std::string& what)
{
    if (file.empty())
        return what;
    return line > 0 ? fmt::format("{}:{}: {}", file, line, what) : fmt::format("{}: {}", file, what);
}
}  // namespace

InputError::InputError(const Message& message)
    : std::runtime_error(message.text()), m_message(std::make_shared<const Message>(message))
{
}

Message InputError::message() const
{
    return m_message ? *m_message : Message::verbatim(what());
}

DataError::DataError(std::string file, const Message& what)
    : InputError(file.empty() ? what : Message("%1: %2", file, what)), m_file(std::move(file)), m_line(0),
      m_reason(what.text())
{
}

DataError::DataError(std::string file, std::size_t line, std::string what)
    : InputError(locate(file, line, what)), m_file(std::move(file)), m_line(line), m_reason(std::move(what))
{
}

}  // namespace tern
