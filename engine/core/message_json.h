// A Message kept in a store or a file, so that a reader in another language can still translate it: verbatim text
// is a JSON string; a pattern is {"pattern": ..., "args": [...]}, each argument a message in turn.
#pragma once

#include "engine/core/message.h"

#include <nlohmann/json.hpp>

namespace tern {

nlohmann::json message_to_json(const Message& message);
// What message_to_json wrote; anything else becomes its text, verbatim (a store written by another version).
Message message_from_json(const nlohmann::json& j);

}  // namespace tern
