// Tern's persistent preferences: the one place that knows QSettings keys. Widgets use the typed accessors below,
// each with its default, so that a key is never spelled twice and a missing value never surprises a caller.
#pragma once

#include "ui/theme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace tern::ui {

class Settings {
  public:
    static constexpr int maxRecentFiles = 10;

    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    int currentPage() const; // default 0 (Data)
    void setCurrentPage(int index);

    // Most recent first, at most maxRecentFiles, no duplicates; files that vanished are kept (the menu greys them).
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void clearRecentFiles();
    QString lastDirectory() const; // default: the user's home
    void setLastDirectory(const QString& directory);

    // Empty = follow the system locale. Read once at start: changing it takes effect after a restart.
    QString language() const;
    void setLanguage(const QString& code);

    // View > Theme; default System. Applied at once by whoever sets it (applyTheme).
    ThemeChoice theme() const;
    void setTheme(ThemeChoice choice);

    // False until the bundled demo table has been copied and opened once.
    bool demoInstalled() const;
    void setDemoInstalled(bool installed);

    void sync();

  private:
    QSettings m_settings;
};

} // namespace tern::ui
