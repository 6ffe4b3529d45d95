// The About dialog lists a non-empty version for Qt and every engine library, the very versions the libraries
// report at run time, and the CPU line.
#include "engine/core/library_versions.h"
#include "ui/dialogs/about_dialog.h"
#include "ui_test_support.h"

#include <QtTest>
#include <sqlite3.h>

using namespace tern;

class TestAboutDialog : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void listsEveryLibrary_data()
    {
        QTest::addColumn<QString>("library");
        for (const char* name :
             {"Qt", "oneDNN", "libxsmm", "OpenCV", "Tesseract", "SQLite", "XGBoost", "muparser", "ONNX", "fmt"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void listsEveryLibrary()
    {
        QFETCH(QString, library);
        ui::AboutDialog dialog;
        const QString version = dialog.versionOf(library);
        QVERIFY2(!version.isEmpty() && version != QStringLiteral("unknown"), qPrintable(library));
        QVERIFY2(version.front().isDigit(), qPrintable(version));
        QVERIFY(dialog.versionsText().contains(library + QStringLiteral(": ") + version));
    }

    void showsRunTimeVersions()
    {
        ui::AboutDialog dialog;
        QCOMPARE(dialog.versionOf(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(dialog.versionOf(QStringLiteral("SQLite")), QString::fromLatin1(sqlite3_libversion()));
        const QString cpu = dialog.versionsText().section(QLatin1Char('\n'), -1);
        QVERIFY(cpu.startsWith(QStringLiteral("CPU: ")));
        QVERIFY(cpu.contains(QStringLiteral("threads")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_about_dialog.moc"
