// The engine's words for people (tern::Message) in the GUI's language: each pattern is looked up in the
// "EngineText" context of the translation catalogue, arguments included; what the catalogue lacks stays English.
// Terms (model families, metrics) read as the pages name them.
#pragma once

#include "engine/core/message.h"

#include <QString>

namespace tern::ui {

QString engineText(const Message& message);

} // namespace tern::ui
