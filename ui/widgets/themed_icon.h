// Tern's line icons (resources/icons/*.svg) drawn in the current palette's colours: the SVGs are drawn in a dark
// slate ink with a blue accent, which vanish on a dark window. The engine swaps both colours for the application
// palette's at every paint, so icons follow a theme change without anyone setting them again.
#pragma once

#include <QIcon>
#include <QString>

namespace tern::ui {

// `name` is the file's base name: themedIcon("open") draws :/icons/open.svg.
QIcon themedIcon(const QString& name);

} // namespace tern::ui
