// A mistyped command is named, with the commands there are, in one line, exit 2 (CLI11 alone said "A subcommand
// is required" for `tern-cli exprot` and `tern-cli bench mpl`); so is an empty value (CLI11 read one as 0). Output that
// cannot be written (a full disk under
// `> file`) fails the command instead of ending in success with the file cut short.
#include "process_support.h"

#include <QTest>

using namespace tern::test;

class TestCliCommands : public QObject {
    Q_OBJECT

  private slots:
    void unknownCommandsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("top level") << QStringList{"exprot"}
                                   << "unknown command 'exprot' for tern-cli (expected inspect";
        QTest::newRow("bench") << QStringList{"bench", "mpl"}
                               << "unknown command 'mpl' for tern-cli bench (expected mlp)";
        QTest::newRow("none at all") << QStringList{} << "A subcommand is required";
        // An unset shell variable must not read as 0 (the smallest ternary model) or as no latency budget.
        QTest::newRow("empty number") << QStringList{"export",    "1",
                                                     "2",         "--precision",
                                                     "ternary",   "--residual-fraction",
                                                     "",          "--out",
                                                     "/tmp/never"}
                                      << "--residual-fraction: an empty value";
        QTest::newRow("empty path") << QStringList{"ocr", ""} << "paths: an empty value";
    }

    void unknownCommandsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = cli(args, 60000);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().startsWith("error: " + message.toUtf8()), r.err.constData());
    }

    void outputToAFullDiskFails()
    {
        QProcess p;
        p.setStandardOutputFile("/dev/full");
        p.start(TERN_CLI_PATH, {"inspect", test_data("export/penguins.train.csv"), "--json"});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.startsWith("error: the output could not be written in full (standard output: "), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
