#include "ui/theme.h"

#include <QApplication>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <memory>

namespace tern::ui {
namespace {

ThemeChoice g_applied = ThemeChoice::System;
QPalette* g_desktopPalette = nullptr; // the platform's palette, before Tern's replaced it
QPalette* g_ternPalette = nullptr;    // the application palette as Tern last set it
bool g_settingPalette = false;        // Tern's own QApplication::setPalette is under way

// Sets `colour` for every colour group, then the disabled group's own where one is given.
void setRole(QPalette& p, QPalette::ColorRole role, const QColor& colour, const QColor& disabled = QColor())
{
    p.setColor(role, colour);
    if (disabled.isValid())
        p.setColor(QPalette::Disabled, role, disabled);
}

void setApplicationPalette(const QPalette& palette)
{
    const QScopedValueRollback guard(g_settingPalette, true);
    QApplication::setPalette(palette);
    *g_ternPalette = QApplication::palette();
}

// A desktop that switches between light and dark while Tern runs tells it in one of two ways, and Tern follows
// either: System takes the new desktop's light or dark, an explicit Light or Dark stays, and the desktop's palette
// is remembered for a later choice of System.
// - Qt sends ThemeChange to every window (GTK and the portal, Windows, macOS). One queued look answers them all; it
//   reads the platform's palette whatever the choice, so that the remembered one is never stale.
// - The desktop's integration sets the application palette itself (KDE's platform theme does). That palette would
//   replace Tern's tuned one, and the plots and icons would take its colours with Tern none the wiser.
class DesktopThemeWatcher : public QObject {
  public:
    explicit DesktopThemeWatcher(QApplication* app) : QObject(app), m_app(app) {}

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ThemeChange && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                // An empty palette lets Qt resolve every role from the platform's again: that is the desktop's.
                // Both palettes are set before anything repaints, so the desktop's is never seen.
                setApplicationPalette(QPalette());
                follow(QApplication::palette());
            });
        } else if (event->type() == QEvent::ApplicationPaletteChange && watched == m_app && !g_settingPalette &&
                   QApplication::palette() != *g_ternPalette) {
            follow(QApplication::palette()); // at once: the foreign palette is not painted either
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    void follow(const QPalette& desktop)
    {
        *g_desktopPalette = desktop;
        applyTheme(*m_app, g_applied);
    }

    QApplication* m_app;
    bool m_pending = false;
};

} // namespace

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::System: break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    const QColor accent(0x2f, 0x6f, 0xb0);
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    p.setColor(QPalette::Button, QColor(0xf0, 0xf1, 0xf3));
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xce, 0xd4));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x7b));
    return p;
}

// Neutral greys with a hint of blue, text at 11-13:1 on the backgrounds, secondary text above 4.5:1, the accent
// lifted so that white text on a selection still reads (4.2:1) and links stand out from text on a dark base.
QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe6, 0xe8, 0xeb), disabledText(0x7c, 0x81, 0x89);
    const QColor window(0x2a, 0x2d, 0x32), base(0x1e, 0x20, 0x24), button(0x34, 0x37, 0x3d);
    setRole(p, QPalette::Window, window);
    setRole(p, QPalette::WindowText, text, disabledText);
    setRole(p, QPalette::Base, base, QColor(0x25, 0x28, 0x2d));
    setRole(p, QPalette::AlternateBase, QColor(0x24, 0x27, 0x2b));
    setRole(p, QPalette::Text, text, disabledText);
    setRole(p, QPalette::PlaceholderText, QColor(0x8d, 0x93, 0x9b), QColor(0x66, 0x6b, 0x72));
    setRole(p, QPalette::Button, button, QColor(0x2e, 0x31, 0x36));
    setRole(p, QPalette::ButtonText, text, disabledText);
    setRole(p, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    setRole(p, QPalette::Light, QColor(0x4a, 0x4e, 0x55));
    setRole(p, QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    setRole(p, QPalette::Mid, QColor(0x5a, 0x5f, 0x67));
    setRole(p, QPalette::Dark, QColor(0x1a, 0x1c, 0x1f));
    setRole(p, QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    setRole(p, QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4), QColor(0x45, 0x4a, 0x52));
    setRole(p, QPalette::HighlightedText, Qt::white, QColor(0xa0, 0xa4, 0xaa));
    setRole(p, QPalette::Link, QColor(0x6c, 0xb2, 0xf2), QColor(0x5a, 0x7a, 0x99));
    setRole(p, QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb), QColor(0x7a, 0x6e, 0x8f));
    setRole(p, QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x44));
    setRole(p, QPalette::ToolTipText, text);
    return p;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyTheme(QApplication& app, ThemeChoice choice)
{
    if (!g_desktopPalette) {
        g_desktopPalette = new QPalette(QApplication::palette());
        g_ternPalette = new QPalette(QApplication::palette());
        app.installEventFilter(new DesktopThemeWatcher(&app));
    }
    if (app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_applied = choice;
    const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && isDark(*g_desktopPalette));
    setApplicationPalette(dark ? darkPalette() : lightPalette());
}

ThemeChoice appliedTheme()
{
    return g_applied;
}

QColor errorColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe8, 0xa3, 0x3a) : QColor(0xb2, 0x6a, 0x00);
}

QColor mutedTextColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xa9, 0xb1, 0xbb) : QColor(0x4a, 0x55, 0x68);
}

QColor blend(const QColor& from, const QColor& to, double amount)
{
    auto mix = [amount](int a, int b) { return static_cast<int>(a + (b - a) * amount + 0.5); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue()),
                  mix(from.alpha(), to.alpha()));
}

} // namespace tern::ui
