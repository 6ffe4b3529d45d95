// Settings: typed defaults, recent files (most recent first, no duplicates, bounded), values survive a new instance.
#include "ui/settings.h"
#include "ui_test_support.h"

#include <QtTest>

using tern::ui::Settings;

class TestSettings : public QObject {
    Q_OBJECT
  private slots:
    void init() { tern::ui::test::prepareUiTest(); }

    void defaults()
    {
        Settings settings;
        QCOMPARE(settings.currentPage(), 0);
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(!settings.demoInstalled());
        QCOMPARE(settings.lastDirectory(), QDir::homePath());
    }

    void recentFilesAreOrderedUniqueAndBounded()
    {
        Settings settings;
        for (int i = 0; i < Settings::maxRecentFiles + 3; ++i)
            settings.addRecentFile(QStringLiteral("/data/f%1.csv").arg(i));
        settings.addRecentFile(QStringLiteral("/data/./f5.csv")); // same file, other spelling
        const QStringList files = Settings().recentFiles();
        QCOMPARE(files.size(), Settings::maxRecentFiles);
        QCOMPARE(files.first(), QStringLiteral("/data/f5.csv"));
        QCOMPARE(files.count(QStringLiteral("/data/f5.csv")), 1);
        settings.clearRecentFiles();
        QVERIFY(Settings().recentFiles().isEmpty());
    }

    void valuesPersist()
    {
        {
            Settings settings;
            settings.setLanguage(QStringLiteral("de"));
            settings.setCurrentPage(3);
            settings.setDemoInstalled(true);
        }
        Settings again;
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.currentPage(), 3);
        QVERIFY(again.demoInstalled());
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
