// View > Theme: a choice is stored in the settings, survives a new settings object, is applied to the application
// at once (dark window and text colours, Fusion), and System follows the desktop palette remembered at start-up. The
// main window follows without a restart: navigation, plots and the line icons take the new colours.
#include "tests/ui/ui_test_support.h"
#include "ui/main_window.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/settings.h"
#include "ui/theme.h"
#include "ui/widgets/navigation_bar.h"
#include "ui/widgets/text_tone.h"
#include "ui/widgets/theme_menu.h"
#include "ui/widgets/themed_icon.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QtTest>

using namespace tern::ui;

class TestThemeChoice : public QObject {
    Q_OBJECT
  private slots:
    void init() { test::prepareUiTest(); }
    void cleanup() { applyTheme(*qApp, ThemeChoice::Light); }

    void keysRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("choice");
        QTest::newRow("system") << QStringLiteral("system") << int(ThemeChoice::System);
        QTest::newRow("light") << QStringLiteral("light") << int(ThemeChoice::Light);
        QTest::newRow("dark") << QStringLiteral("dark") << int(ThemeChoice::Dark);
        QTest::newRow("unknown is system") << QStringLiteral("sepia") << int(ThemeChoice::System);
    }
    void keysRoundTrip()
    {
        QFETCH(QString, key);
        QFETCH(int, choice);
        QCOMPARE(int(themeChoiceFromKey(key)), choice);
    }

    void defaultIsSystem() { QCOMPARE(int(Settings().theme()), int(ThemeChoice::System)); }

    void menuChoicePersistsAndApplies()
    {
        ThemeMenu menu;
        QVERIFY(menu.action(ThemeChoice::Dark));
        menu.action(ThemeChoice::Dark)->trigger();
        QCOMPARE(int(Settings().theme()), int(ThemeChoice::Dark));
        QCOMPARE(int(appliedTheme()), int(ThemeChoice::Dark));
        QVERIFY(isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), darkPalette().color(QPalette::Text));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        // A menu made later (the next start) shows the stored choice checked.
        ThemeMenu again;
        QVERIFY(again.action(ThemeChoice::Dark)->isChecked());
        QVERIFY(!again.action(ThemeChoice::Light)->isChecked());

        menu.action(ThemeChoice::Light)->trigger();
        QCOMPARE(int(Settings().theme()), int(ThemeChoice::Light));
        QVERIFY(!isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Base), lightPalette().color(QPalette::Base));
    }

    // Without a restart: a window on screen takes the new palette with the next turn of the event loop.
    void windowsTakeThePaletteWithoutRestart()
    {
        QWidget window;
        auto* child = new QWidget(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        applyTheme(*qApp, ThemeChoice::Dark);
        QTRY_COMPARE(window.palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QCOMPARE(child->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        applyTheme(*qApp, ThemeChoice::Light);
        QTRY_COMPARE(window.palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
        QCOMPARE(child->palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    }

    void mainWindowFollowsWithoutRestart()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* plot = window.page(MainWindow::Leaderboard)->findChild<AccuracyLatencyPlot*>();
        auto* navigation = window.findChild<NavigationBar*>();
        QVERIFY(plot && navigation);
        QCOMPARE(plot->xAxis->labelColor(), lightPalette().color(QPalette::Text));
        ThemeMenu menu;
        menu.action(ThemeChoice::Dark)->trigger();
        QTRY_COMPARE(plot->xAxis->labelColor(), darkPalette().color(QPalette::Text));
        QVERIFY(navigation->styleSheet().contains(darkPalette().color(QPalette::Window).name()));
        menu.action(ThemeChoice::Light)->trigger();
        QTRY_COMPARE(plot->xAxis->labelColor(), lightPalette().color(QPalette::Text));
        QVERIFY(navigation->styleSheet().contains(lightPalette().color(QPalette::Window).name()));
    }

    void toneFollowsTheTheme()
    {
        QWidget window;
        auto* error = new QLabel(QStringLiteral("Unknown name 'x'"), &window);
        setTextTone(error, TextTone::Error);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(error->palette().color(QPalette::WindowText), errorColour(lightPalette()));
        applyTheme(*qApp, ThemeChoice::Dark);
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), errorColour(darkPalette()));
        QVERIFY(errorColour(darkPalette()) != errorColour(lightPalette()));
        QCOMPARE(error->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        setTextTone(error, TextTone::Muted); // a second call changes the tone, it adds no second keeper
        QCOMPARE(error->palette().color(QPalette::WindowText), mutedTextColour(darkPalette()));
        applyTheme(*qApp, ThemeChoice::Light);
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), mutedTextColour(lightPalette()));
    }

    // The icon files draw in a dark slate ink; on the dark theme that ink is swapped for a light one.
    void iconsTakeTheThemesInk()
    {
        const QColor slate(0x3b, 0x4a, 0x5a);
        auto inked = [](const QColor& ink) {
            const QImage image = themedIcon(QStringLiteral("history")).pixmap(64, 64).toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y).alpha() == 255 && image.pixelColor(x, y).rgb() == ink.rgb();
            return count;
        };
        QVERIFY(inked(slate) > 20);
        applyTheme(*qApp, ThemeChoice::Dark);
        QCOMPARE(inked(slate), 0);
        const QPalette dark = QApplication::palette();
        QVERIFY(inked(blend(dark.color(QPalette::WindowText), dark.color(QPalette::Window), 0.15)) > 20);
        QVERIFY(themedIcon(QStringLiteral("no-such-icon")).isNull());
    }

    // The offscreen platform reports a light palette, so System means light here.
    void systemFollowsTheDesktopPalette()
    {
        applyTheme(*qApp, ThemeChoice::Dark);
        applyTheme(*qApp, ThemeChoice::System);
        QVERIFY(!isDark(QApplication::palette()));
    }

    // Readable pairs on the dark theme: body text, secondary text, disabled text and the selection.
    void darkPaletteContrast()
    {
        const QPalette p = darkPalette();
        auto contrast = [](const QColor& a, const QColor& b) {
            auto lum = [](const QColor& c) {
                auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
            };
            const double x = lum(a), y = lum(b);
            return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
        };
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
        QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4);
        QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)) >= 7);
        QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= 3);
        QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) <
                contrast(p.color(QPalette::Text), p.color(QPalette::Base)));
        QVERIFY(contrast(errorColour(p), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(warningColour(p), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(mutedTextColour(p), p.color(QPalette::Window)) >= 4.5);
    }
};

QTEST_MAIN(TestThemeChoice)
#include "test_theme_choice.moc"
