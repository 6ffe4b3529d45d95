// Narrow windows: below MainWindow::kCompactNavigationBelow the navigation folds to its icons (titles kept in the
// tooltips, the View menu still names every page) and unfolds again when the window grows; no page holds the
// window wider than 900 px. In a narrow importance plot long feature names are elided (the full name on hover) and
// an axis title longer than its axis breaks onto two lines.
#include "ui/main_window.h"
#include "ui/plots/importance_plot.h"
#include "ui/widgets/navigation_bar.h"
#include "ui_test_support.h"

#include <QMenuBar>
#include <QtTest>

using namespace tern;
using ui::MainWindow;
using ui::NavigationBar;

class TestNarrowWindow : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void navigationFoldsToIconsWhenNarrow()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<NavigationBar*>();
        QVERIFY(navigation);
        QVERIFY(!navigation->isCompact());
        const int fullWidth = navigation->width();
        QCOMPARE(navigation->item(MainWindow::Leaderboard)->text(), navigation->title(MainWindow::Leaderboard));

        window.resize(900, 640);
        QTRY_VERIFY(navigation->isCompact());
        QVERIFY(navigation->width() < fullWidth / 2);
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            QVERIFY(navigation->item(page)->text().isEmpty());
            QVERIFY(!navigation->title(page).isEmpty());
            QVERIFY(navigation->item(page)->toolTip().startsWith(navigation->title(page)));
        }

        window.resize(MainWindow::kCompactNavigationBelow, 800);
        QTRY_VERIFY(!navigation->isCompact());
        QCOMPARE(navigation->width(), fullWidth);
        QCOMPARE(navigation->item(MainWindow::History)->text(), navigation->title(MainWindow::History));
    }

    void viewMenuNamesPagesWhileFolded()
    {
        MainWindow window;
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* view = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu() && menu->text().contains(QStringLiteral("View")))
                view = menu->menu();
        QVERIFY(view);
        QCOMPARE(view->actions().at(MainWindow::Leaderboard)->text(), QObject::tr("Leaderboard"));
    }

    void importanceNamesFitNarrowPlots();

    void everyPageFitsNineHundredPixels()
    {
        MainWindow window;
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.setCurrentPage(page);
            QVERIFY2(window.minimumSizeHint().width() <= 900, qPrintable(QString::number(page)));
            QCOMPARE(window.width(), 900);
        }
    }
};

void TestNarrowWindow::importanceNamesFitNarrowPlots()
{
    const QString longName = QStringLiteral("will_the_customer_churn_within_next_quarter");
    ui::ImportancePlot plot;
    plot.setImportance(nlohmann::json::parse(R"([{"feature": "will_the_customer_churn_within_next_quarter",
                                                   "importance": 0.2, "std": 0.01},
                                                  {"feature": "age", "importance": 0.1, "std": 0.02}])"),
                       QStringLiteral("none"));
    plot.resize(260, 300);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot();
    auto label = [&plot] { return plot.yAxis->tickVectorLabels().value(0); };
    // Elided in the middle: both ends stay, since names sharing a prefix differ at the end.
    QVERIFY(label().contains(QChar(0x2026)));
    QVERIFY(label().startsWith(QStringLiteral("will")) && label().endsWith(QStringLiteral("quarter")));
    QVERIFY(QFontMetrics(plot.yAxis->tickLabelFont()).horizontalAdvance(label()) <= plot.width() / 2);
    QTRY_VERIFY(plot.xAxis->label().contains(QLatin1Char('\n'))); // after the layout that showed the room
    plot.replot();
    const QRect rows = plot.axisRect()->rect();
    const int firstRow = int(plot.yAxis->coordToPixel(0));
    QVERIFY(plot.toolTipAt(QPoint(rows.left() - 10, firstRow)).startsWith(longName));
    QVERIFY(
        plot.toolTipAt(QPoint(rows.center().x(), int(plot.yAxis->coordToPixel(1)))).startsWith(QStringLiteral("age")));
    QVERIFY(plot.toolTipAt(QPoint(rows.center().x(), rows.bottom() + 20)).isEmpty());

    plot.resize(1200, 300);
    QTRY_COMPARE(label(), longName);
    QTRY_VERIFY(!plot.xAxis->label().contains(QLatin1Char('\n')));
}

QTEST_MAIN(TestNarrowWindow)
#include "test_narrow_window.moc"
