// The kind of prediction a run makes. Labels travel as float: a class index for classification, the value itself
// for regression.
#pragma once

#include <optional>
#include <string_view>

namespace tern {

enum class Task { binary, multiclass, regression };

constexpr bool is_classification(Task t) { return t != Task::regression; }

constexpr std::string_view to_string(Task t)
{
    switch (t) {
    case Task::binary: return "binary";
    case Task::multiclass: return "multiclass";
    case Task::regression: return "regression";
    }
    return "unknown";
}

inline std::optional<Task> task_from_string(std::string_view s)
{
    if (s == "binary") return Task::binary;
    if (s == "multiclass") return Task::multiclass;
    if (s == "regression") return Task::regression;
    return std::nullopt;
}

}  // namespace tern
