// Text that carries a meaning by its colour (an error under a field, a muted note) in the shade the current theme
// needs: dark red on light, a lighter red on dark. The tone is re-applied whenever the palette changes.
#pragma once

class QWidget;

namespace tern::ui {

enum class TextTone { Error, Warning, Muted };

void setTextTone(QWidget* widget, TextTone tone);

} // namespace tern::ui
