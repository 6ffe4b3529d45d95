// tern-cli inspect as users and the acceptance checks drive it: JSON on good tables and image folders, exit 2 with
// exactly one "error:" line on stderr for every bad input, header-only files accepted, the dataset registered in
// the store, and a store that cannot be written reported as one warning without failing the command.
#include "tests/app/process_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliInspect : public QObject {
    Q_OBJECT

  private slots:
    void init();
    void goodTables_data();
    void goodTables();
    void badInputs_data();
    void badInputs();
    void imageFolder();
    void textOutput();
    void registersInStore();
    void unwritableStoreIsAWarning();

  private:
    struct Run {
        int code = -1;
        QByteArray out;
        QStringList err_lines;
    };
    Run inspect(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_db;
};

using tern::test::test_data;

namespace {
} // namespace

TestCliInspect::Run TestCliInspect::inspect(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TERN_DB", m_db);
    p.setProcessEnvironment(env);
    p.start(TERN_CLI_PATH, QStringList{"inspect"} + args);
    if (!p.waitForFinished(60000))
        qFatal("tern-cli inspect did not finish");
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    for (const QString& line : QString::fromUtf8(p.readAllStandardError()).split('\n'))
        if (!line.trimmed().isEmpty())
            r.err_lines << line;
    return r;
}

void TestCliInspect::init()
{
    m_db = m_dir.filePath("tern.db");
}

void TestCliInspect::goodTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("missing");
    QTest::newRow("iris") << test_data("data/tabular/iris.csv") << 150 << 5 << 0;
    QTest::newRow("penguins") << test_data("data/tabular/penguins.csv") << 344 << 7 << 19;
    QTest::newRow("airquality") << test_data("data/tabular/airquality.csv") << 116 << 6 << 5;
    QTest::newRow("blank_cells") << test_data("data/tricky/blank_cells.csv") << 3 << 3 << 3;
    QTest::newRow("embedded_commas") << test_data("data/tricky/embedded_commas.csv") << 2 << 3 << 0;
    QTest::newRow("pipe_delimited") << test_data("data/tricky/pipe_delimited.csv") << 2 << 3 << 0;
    QTest::newRow("utf8_bom") << test_data("data/tricky/utf8_bom.csv") << 2 << 2 << 0;
}

void TestCliInspect::goodTables()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, missing);
    Run r = inspect({file, "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err_lines.isEmpty(), qPrintable(r.err_lines.join('\n')));
    QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j["kind"].toString(), QString("table"));
    QCOMPARE(j["path"].toString(), file);
    QCOMPARE(j["rows"].toInt(), rows);
    QJsonArray columns = j["columns"].toArray();
    QCOMPARE(int(columns.size()), cols);
    int total_missing = 0;
    for (const QJsonValue& c : columns) {
        QVERIFY(QStringList({"numeric", "categorical", "text"}).contains(c["type"].toString()));
        QVERIFY(c["unique"].isDouble());
        total_missing += c["missing"].toInt();
    }
    QCOMPARE(total_missing, missing);
}

void TestCliInspect::badInputs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("what");
    for (const QString& f : QDir(test_data("data/bad")).entryList(QDir::Files))
        QTest::newRow(qPrintable(f)) << test_data("data/bad/" + f) << "";
    QTest::newRow("missing file") << test_data("data/no_such_file.csv") << "no such file";
    QTest::newRow("plain folder") << test_data("data/tricky") << "not an image folder";
}

void TestCliInspect::badInputs()
{
    QFETCH(QString, path);
    QFETCH(QString, what);
    Run r = inspect({path, "--json"});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err_lines.size(), 1);
    QVERIFY2(r.err_lines[0].startsWith("error: " + path), qPrintable(r.err_lines[0]));
    QVERIFY2(r.err_lines[0].contains(what), qPrintable(r.err_lines[0]));
    QVERIFY(r.out.trimmed().isEmpty());
}

void TestCliInspect::imageFolder()
{
    Run r = inspect({test_data("data/images"), "--json"});
    QCOMPARE(r.code, 0);
    QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j["kind"].toString(), QString("images"));
    QCOMPARE(j["classes"].toObject()["Bag"].toInt(), 3);
    QCOMPARE(j["classes"].toObject()["Sneaker"].toInt(), 3);
    QCOMPARE(j["unreadable"].toArray().size(), 0);
}

void TestCliInspect::textOutput()
{
    QTemporaryDir dir;
    QFile header_only(dir.filePath("header_only.csv"));
    QVERIFY(header_only.open(QIODevice::WriteOnly));
    header_only.write("a,b,c\n");
    header_only.close();
    Run empty = inspect({header_only.fileName(), "--json"});
    QCOMPARE(empty.code, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out).object()["rows"].toInt(), 0);

    Run r = inspect({test_data("data/tabular/penguins.csv")});
    QCOMPARE(r.code, 0);
    QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains("344 rows x 7 columns"), qPrintable(text));
    QVERIFY(text.contains("categorical"));
    QVERIFY(text.contains("Adelie (152)"));

    // Order numbers and prices as the file wrote them, not as 4e+09 or 1e+08; date-times to the second.
    QFile orders(dir.filePath("orders.csv"));
    QVERIFY(orders.open(QIODevice::WriteOnly));
    orders.write("order,price,at\n4000000001,99999999.99,2024-03-31T23:59:45\n4000000002,0.5,2024-03-01T08:00:00\n");
    orders.close();
    const QString o = QString::fromUtf8(inspect({orders.fileName()}).out);
    QVERIFY2(o.contains("min 4000000001  max 4000000002  mean 4000000002"), qPrintable(o));
    QVERIFY2(o.contains("max 99999999.99"), qPrintable(o));
    QVERIFY2(o.contains("to 2024-03-31 23:59:45"), qPrintable(o));

    // A quoted line break, in a name or a level, is one line of the table; a long level is cut between characters.
    QFile notes(dir.filePath("notes.csv"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write(
        "id,\"two\nlines\",y\n1,\"first\nline\",a\n2,\"\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3"
        "\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\",b\n");
    notes.close();
    const QString n = QString::fromUtf8(inspect({notes.fileName()}).out);
    QCOMPARE(n.count('\n'), 6); // title, blank, header, three columns
    QVERIFY2(n.contains("two\\nlines") && n.contains("first\\nline (1)"), qPrintable(n));
    QVERIFY2(n.contains(QString::fromUtf8(
                 "\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4...")),
             qPrintable(n));
}

void TestCliInspect::registersInStore()
{
    QString db = m_dir.filePath("own.db");
    Run r = inspect({test_data("data/tabular/iris.csv"), "--db", db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err_lines.isEmpty(), qPrintable(r.err_lines.join('\n')));
    QVERIFY(QFile::exists(db));
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(16).startsWith("SQLite format 3"));
}

void TestCliInspect::unwritableStoreIsAWarning()
{
    QString not_a_db = m_dir.filePath("notes.db");
    QFile f(not_a_db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a database\n");
    f.close();
    Run r = inspect({test_data("data/tabular/iris.csv"), "--json", "--db", not_a_db});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err_lines.size(), 1);
    QVERIFY2(r.err_lines[0].startsWith("warning:"), qPrintable(r.err_lines[0]));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["rows"].toInt(), 150);
    QFile check(not_a_db);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("these are my notes, not a database\n")); // never modified
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "test_cli_inspect.moc"
