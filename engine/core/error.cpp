#include "engine/core/error.h"

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

DataError::DataError(std::string file, std::size_t line, std::string what)
    : InputError(locate(file, line, what)), m_file(std::move(file)), m_line(line), m_reason(std::move(what))
{
}

}  // namespace tern
