// Starts the desktop application: QApplication, translations, settings, the main window.
#pragma once

namespace tern::ui {

int run_application(int argc, char** argv);

} // namespace tern::ui
