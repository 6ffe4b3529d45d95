// The desktop switches between light and dark while Tern runs. With System chosen Tern follows, in its own tuned
// palette rather than the desktop's raw one, and a plot on screen repaints in it (background and axis colours); an
// explicit Light stays light but remembers the desktop for a later System. Both ways a desktop tells: its
// integration setting the application palette (as KDE's does), and Qt's ThemeChange to the windows, after which Tern
// reads the platform's palette again (the offscreen platform's is light).
#include "tests/ui/ui_test_support.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/theme.h"

#include <QApplication>
#include <QWindow>
#include <QtTest>
#include <memory>

using namespace tern;
using namespace tern::ui;

namespace {

// What a desktop integration might set: plainly dark or light, and unlike Tern's own palettes.
QPalette desktopPalette(bool dark)
{
    QPalette p(dark ? QColor(0x31, 0x36, 0x3b) : QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, dark ? QColor(0x1b, 0x1e, 0x20) : QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Text, dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    return p;
}

QColor backgroundPixel(QCustomPlot* plot)
{
    return QColor(plot->toPixmap(plot->width(), plot->height()).toImage().pixel(2, 2));
}

} // namespace

class TestDesktopThemeSwitch : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::prepareUiTest(); }
    void cleanup() { applyTheme(*qApp, ThemeChoice::System); }

    void systemFollowsTheDesktop()
    {
        applyTheme(*qApp, ThemeChoice::System);
        AccuracyLatencyPlot plot;
        search::CandidateResult r;
        r.id = 1;
        r.family = "gbdt";
        r.status = "ok";
        r.score = 0.9;
        r.latency_us_p50 = 40;
        plot.addCandidate(r);
        plot.resize(420, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QCOMPARE(backgroundPixel(&plot), lightPalette().color(QPalette::Base));
        QCOMPARE(plot.xAxis->labelColor(), lightPalette().color(QPalette::Text));

        // The desktop goes dark by setting the application palette: Tern's dark one replaces it at once.
        QApplication::setPalette(desktopPalette(true));
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QCOMPARE(int(appliedTheme()), int(ThemeChoice::System));
        QTRY_COMPARE(plot.xAxis->labelColor(), darkPalette().color(QPalette::Text));
        QCOMPARE(plot.yAxis->tickLabelColor(), darkPalette().color(QPalette::Text));
        QCOMPARE(backgroundPixel(&plot), darkPalette().color(QPalette::Base));

        // And light again.
        QApplication::setPalette(desktopPalette(false));
        QCOMPARE(QApplication::palette().color(QPalette::Base), lightPalette().color(QPalette::Base));
        QTRY_COMPARE(plot.xAxis->labelColor(), lightPalette().color(QPalette::Text));
        QCOMPARE(backgroundPixel(&plot), lightPalette().color(QPalette::Base));

        // Dark once more, then Qt's ThemeChange: Tern reads the platform's palette, which is light here.
        QApplication::setPalette(desktopPalette(true));
        QTRY_COMPARE(backgroundPixel(&plot), darkPalette().color(QPalette::Base));
        QVERIFY(plot.windowHandle());
        QEvent themeChange(QEvent::ThemeChange);
        QCoreApplication::sendEvent(plot.windowHandle(), &themeChange);
        QTRY_COMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
        QTRY_COMPARE(plot.xAxis->labelColor(), lightPalette().color(QPalette::Text));
        QCOMPARE(backgroundPixel(&plot), lightPalette().color(QPalette::Base));
    }

    void anExplicitChoiceStays()
    {
        applyTheme(*qApp, ThemeChoice::Light);
        QApplication::setPalette(desktopPalette(true));
        QCOMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), lightPalette().color(QPalette::Text));
        QCOMPARE(int(appliedTheme()), int(ThemeChoice::Light));
        // The desktop is dark now: choosing System says so.
        applyTheme(*qApp, ThemeChoice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QApplication::setPalette(desktopPalette(false));
        QCOMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    }

    // Tern's own palette changes are not mistaken for the desktop's (they would loop or undo a choice).
    void ownChangesAreNotTheDesktops()
    {
        applyTheme(*qApp, ThemeChoice::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        applyTheme(*qApp, ThemeChoice::System); // the desktop is still light
        QCOMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    }
};

QTEST_MAIN(TestDesktopThemeSwitch)
#include "test_desktop_theme_switch.moc"
