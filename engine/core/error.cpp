#include "engine/core/error.h"

#include "engine/core/message.h"

namespace tern {

namespace {

Message located(const std::string& file, std::size_t line, const Message& what)
{
    if (file.empty())
        return what;
    return line > 0 ? Message("%1:%2: %3", file, line, what) : Message("%1: %2", file, what);
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

Message message_of(const std::exception& e)
{
    if (const auto* input = dynamic_cast<const InputError*>(&e))
        return input->message();
    return Message::verbatim(e.what());
}

DataError::DataError(std::string file, std::size_t line, const Message& what)
    : InputError(located(file, line, what)), m_file(std::move(file)), m_line(line), m_reason(what.text())
{
}

}  // namespace tern
