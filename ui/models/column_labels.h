// Translated, user-facing names for the engine's column types and roles (the engine speaks untranslated enums).
#pragma once

#include "engine/data/table.h"

#include <QString>

namespace tern::ui {

QString columnTypeLabel(data::ColumnType type);
QString columnRoleLabel(data::ColumnRole role);

} // namespace tern::ui
