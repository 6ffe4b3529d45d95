// MessageBanner with a very long message: it wraps inside the width it is given and never asks for more, so that a
// dialog showing a list of missing columns keeps its size and its buttons on screen.
#include "ui/widgets/message_banner.h"
#include "ui_test_support.h"

#include <QPushButton>
#include <QVBoxLayout>
#include <QtTest>

using tern::ui::MessageBanner;

class TestMessageBanner : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { tern::ui::test::prepareUiTest(); }

    void aLongMessageWrapsInsteadOfWideningItsWindow()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* banner = new MessageBanner(&window);
        layout->addWidget(banner);
        layout->addWidget(new QPushButton(QStringLiteral("Close"), &window));
        QStringList columns;
        for (int i = 0; i < 200; ++i)
            columns << QStringLiteral("store_region_column_%1").arg(i);
        banner->showMessage(MessageBanner::Kind::Error, QStringLiteral("missing columns ") + columns.join(", "));
        window.resize(600, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() < 600, qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(window.width() <= 600);
        QCOMPARE(banner->text(), QStringLiteral("missing columns ") + columns.join(", ")); // nothing is cut
    }
};

QTEST_MAIN(TestMessageBanner)
#include "test_message_banner.moc"
