// View > Theme: System, Light or Dark, one checked. A choice is stored in the settings and applied at once; the
// check follows the theme in force, which a --theme start option may have set without storing it.
#pragma once

#include "ui/theme.h"

#include <QMenu>

namespace tern::ui {

class ThemeMenu : public QMenu {
    Q_OBJECT
  public:
    explicit ThemeMenu(QWidget* parent = nullptr);

    QAction* action(ThemeChoice choice) const; // for tests and shortcuts

  private:
    void choose(ThemeChoice choice);
};

} // namespace tern::ui
