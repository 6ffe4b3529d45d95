#include "engine/core/message_json.h"

namespace tern {

nlohmann::json message_to_json(const Message& message)
{
    if (!message.term_kind().empty())
        return {{"term", message.term_kind()}, {"code", message.pattern()}};
    if (message.is_verbatim())
        return message.pattern();
    nlohmann::json args = nlohmann::json::array();
    for (const auto& a : message.args())
        args.push_back(message_to_json(a));
    return {{"pattern", message.pattern()}, {"args", std::move(args)}};
}

Message message_from_json(const nlohmann::json& j)
{
    if (j.is_string())
        return Message::verbatim(j.get<std::string>());
    if (j.is_object() && j.contains("term") && j["term"].is_string() && j.value("code", nlohmann::json()).is_string())
        return Message::term(j["term"].get<std::string>(), j["code"].get<std::string>());
    const auto pattern = j.is_object() ? j.find("pattern") : j.end();
    if (pattern == j.end() || !pattern->is_string())
        return Message::verbatim(j.is_null() ? std::string() : j.dump());
    std::vector<Message> args;
    if (const auto a = j.find("args"); a != j.end() && a->is_array())
        for (const auto& arg : *a)
            args.push_back(message_from_json(arg));
    return Message::with_args(pattern->get<std::string>(), std::move(args));
}

}  // namespace tern
