// Tern's look: the Fusion style everywhere, with a calm light palette or a dark one, chosen in View > Theme
// (System follows the desktop's palette as Qt reports it). Applying a theme replaces the application palette, so
// every widget gets QEvent::PaletteChange and recolours at once; plots and models read their colours from here.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace tern::ui {

enum class ThemeChoice { System, Light, Dark };

QString themeChoiceKey(ThemeChoice choice);         // "system", "light", "dark": the stored form
ThemeChoice themeChoiceFromKey(const QString& key); // anything unknown is System

QPalette lightPalette();
QPalette darkPalette();
bool isDark(const QPalette& palette); // a dark window colour

// Installs Fusion and the palette for `choice` on the running application. The desktop's own palette is
// remembered on the first call (before Tern's replaces it) and decides what System means; when the desktop switches
// while Tern runs (a ThemeChange, or a palette its integration sets), System follows with Tern's own palette.
void applyTheme(QApplication& app, ThemeChoice choice);
ThemeChoice appliedTheme();

// Colours with a meaning, readable on the given palette's Base and Window.
QColor errorColour(const QPalette& palette);
QColor warningColour(const QPalette& palette);
QColor mutedTextColour(const QPalette& palette);                   // secondary text, still above 4.5:1 contrast
QColor blend(const QColor& from, const QColor& to, double amount); // amount 0 = from, 1 = to

} // namespace tern::ui
