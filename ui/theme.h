// Tern's look: the Fusion style with a calm light palette and one accent colour, the same on every desktop so that
// screenshots and documentation match what users see.
#pragma once

class QApplication;

namespace tern::ui {

void applyTheme(QApplication& app);

} // namespace tern::ui
