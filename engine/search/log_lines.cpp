#include "engine/search/log_lines.h"

#include <fmt/format.h>

#include <vector>

namespace tern::search {

Message task_message(Task task)
{
    switch (task) {
    case Task::binary: return Message(TERN_TEXT("EngineText", "binary"));
    case Task::multiclass: return Message(TERN_TEXT("EngineText", "multiclass"));
    case Task::regression: return Message(TERN_TEXT("EngineText", "regression"));
    }
    return Message::verbatim(std::string(to_string(task)));
}

Message family_list(const std::vector<std::string>& families)
{
    std::vector<Message> terms;
    terms.reserve(families.size());
    for (const auto& f : families)
        terms.push_back(Message::term("family", f));
    return Message::joined(std::move(terms), ",");
}

namespace {

Message status_message(const std::string& status)
{
    if (status == "ok")
        return Message(TERN_TEXT("EngineText", "ok"));
    if (status == "failed")
        return Message(TERN_TEXT("EngineText", "failed"));
    if (status == "timeout")
        return Message(TERN_TEXT("EngineText", "timeout"));
    if (status == "cancelled")
        return Message(TERN_TEXT("EngineText", "cancelled"));
    return Message::verbatim(status);
}

}  // namespace

Message finished_line(const CandidateResult& r, const std::string& metric, std::size_t folds,
                      const nlohmann::json& cut_short, const nlohmann::json& asked)
{
    std::vector<Message> parts{Message("#%1 %2 %3", r.id, Message::term("family", r.family), status_message(r.status))};
    if (r.score)
        parts.push_back(Message(" %1=%2", Message::term("metric", metric), fmt::format("{:.4f}", *r.score)));
    else if (!r.error.empty())
        parts.push_back(Message(": %1", r.error));
    if (r.score && r.fold_scores.size() < folds)
        parts.push_back(Message(TERN_TEXT("EngineText", " (on %1 of %2 folds: the rest would exceed its time limit)"),
                                r.fold_scores.size(), folds));
    for (const auto& [name, value] : cut_short.items())
        parts.push_back(Message(TERN_TEXT("EngineText", " (%1 cut from %2 to %3 by its time limit)"), name,
                                asked.value(name, value).dump(), value.dump()));
    return Message::joined(std::move(parts), "");
}

}  // namespace tern::search
