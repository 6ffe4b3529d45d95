// Registers the resources compiled into tern_ui (icons, demo tables). A static library's resource object is not
// pulled in by the linker on its own, so the application and the GUI tests call this once at start.
#pragma once

namespace tern::ui {

void initResources();

} // namespace tern::ui
