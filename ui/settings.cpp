#include "ui/settings.h"

#include <QDir>

namespace tern::ui {
namespace {
// Every key lives here and only here.
constexpr auto keyGeometry = "mainWindow/geometry";
constexpr auto keyState = "mainWindow/state";
constexpr auto keyPage = "mainWindow/page";
constexpr auto keyRecent = "files/recent";
constexpr auto keyLastDir = "files/lastDirectory";
constexpr auto keyLanguage = "general/language";
constexpr auto keyDemo = "general/demoInstalled";
constexpr auto keyTheme = "general/theme";
} // namespace

Settings::Settings() = default;

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(keyGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(keyGeometry, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return m_settings.value(keyState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings.setValue(keyState, state);
}
int Settings::currentPage() const
{
    return m_settings.value(keyPage, 0).toInt();
}
void Settings::setCurrentPage(int index)
{
    m_settings.setValue(keyPage, index);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(keyRecent).toStringList();
}

void Settings::addRecentFile(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(keyRecent, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(keyRecent);
}

QString Settings::lastDirectory() const
{
    return m_settings.value(keyLastDir, QDir::homePath()).toString();
}
void Settings::setLastDirectory(const QString& directory)
{
    m_settings.setValue(keyLastDir, directory);
}

QString Settings::language() const
{
    return m_settings.value(keyLanguage).toString();
}
void Settings::setLanguage(const QString& code)
{
    m_settings.setValue(keyLanguage, code);
}

ThemeChoice Settings::theme() const
{
    return themeChoiceFromKey(m_settings.value(keyTheme).toString());
}
void Settings::setTheme(ThemeChoice choice)
{
    m_settings.setValue(keyTheme, themeChoiceKey(choice));
}

bool Settings::demoInstalled() const
{
    return m_settings.value(keyDemo, false).toBool();
}
void Settings::setDemoInstalled(bool installed)
{
    m_settings.setValue(keyDemo, installed);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace tern::ui
