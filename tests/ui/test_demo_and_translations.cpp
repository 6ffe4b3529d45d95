// The embedded default and the translations: the demo tables are copied out of the resources once (never over a
// user's copy), and the German and Spanish catalogues are compiled into :/i18n and translate the shell.
#include "ui/demo_data.h"
#include "ui_test_support.h"

#include <QTranslator>
#include <QtTest>

using namespace tern;

class TestDemoAndTranslations : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        ui::test::prepareUiTest();
        // Test mode keeps its data folder between runs: start from a first start.
        QDir(ui::demoFolder()).removeRecursively();
    }

    void demoDataIsCopiedOnce()
    {
        const ui::DemoTable demo = ui::installDemoData();
        QVERIFY(QFileInfo(demo.path).isFile());
        QVERIFY2(demo.path.endsWith(QStringLiteral("/tern/demo/penguins.csv")), qPrintable(demo.path));
        QCOMPARE(demo.target, QStringLiteral("species"));
        const QDir folder = QFileInfo(demo.path).dir();
        for (const char* name : {"penguins.csv", "iris.csv", "airquality.csv", "titanic.csv", "README.md"})
            QVERIFY2(folder.exists(QString::fromLatin1(name)), name);
        QFile resource(QStringLiteral(":/demo/penguins.csv"));
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QFile copy(demo.path);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QCOMPARE(copy.readAll(), resource.readAll());

        // A user's edit survives the next start.
        copy.resize(0);
        copy.write("edited\n");
        copy.close();
        ui::installDemoData();
        QFile again(demo.path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("edited\n"));
    }

    void translationsAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("quit");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Daten") << QStringLiteral("&Beenden");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Datos") << QStringLiteral("&Salir");
    }

    void translationsAreEmbedded()
    {
        QFETCH(QString, language);
        QFETCH(QString, data);
        QFETCH(QString, quit);
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(language), QStringLiteral("tern"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("tern::ui::MainWindow", "Data"), data);
        QCOMPARE(translator.translate("tern::ui::MainWindow", "&Quit"), quit);
    }

    // The sources' "%n run(s)" reads "1 run" and "2 runs" in English, whatever the system's language.
    void englishPluralsAreEmbedded()
    {
        QTranslator plurals;
        QVERIFY(plurals.load(QStringLiteral(":/i18n/tern_en.qm")));
        const char* context = "tern::ui::HistoryPage";
        QCOMPARE(plurals.translate(context, "%n run(s), newest first.", nullptr, 1),
                 QStringLiteral("%n run, newest first."));
        QCOMPARE(plurals.translate(context, "%n run(s), newest first.", nullptr, 2),
                 QStringLiteral("%n runs, newest first."));
        QCOMPARE(plurals.translate(context, "%n OCR job(s).", nullptr, 0), QStringLiteral("%n OCR jobs."));
    }
};

QTEST_MAIN(TestDemoAndTranslations)
#include "test_demo_and_translations.moc"
