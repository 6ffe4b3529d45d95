// ARFF reading: header forms, attribute types, dense and sparse rows, quoting, comments, missing values, and the
// errors a broken ARFF file must give (with its line).
#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "tests/engine/data/data_fixtures.h"

#include <QTest>
#include <cmath>

using namespace tern;
using namespace tern::data;

class TestArffReader : public QObject {
    Q_OBJECT

  private slots:
    void typesAndValues();
    void shapes_data();
    void shapes();
    void errors_data();
    void errors();
};

namespace {
const QByteArray weather = R"(% The classic weather data
@RELATION weather

@ATTRIBUTE outlook {sunny, overcast, 'rainy day'}
@ATTRIBUTE temperature NUMERIC
@attribute 'relative humidity' real
@attribute windy {TRUE, FALSE}
@attribute note string
@attribute seen date "yyyy-MM-dd"
@attribute play {yes,no}

@DATA
sunny,85,85,FALSE,'hot, dry',2024-01-02,no
% a comment between rows
overcast,83,?,TRUE,"it's fine",2024-01-03,yes
'rainy day',70,96,FALSE,?,?,yes
)";
}

void TestArffReader::typesAndValues()
{
    QTemporaryDir dir;
    Table t = read_table(test::write_file(dir, "weather.arff", weather));
    QCOMPARE(t.rows(), std::size_t(3));
    QCOMPARE(t.cols(), std::size_t(7));
    const Column& outlook = t.column("outlook");
    QCOMPARE(outlook.type(), ColumnType::categorical);
    QCOMPARE(outlook.levels(), (std::vector<std::string>{"sunny", "overcast", "rainy day"})); // declared order
    QCOMPARE(outlook.codes(), (std::vector<std::int32_t>{0, 1, 2}));
    QCOMPARE(t.column("temperature").type(), ColumnType::numeric);
    QCOMPARE(t.column("temperature").numbers()[1], 83.0f);
    QVERIFY(std::isnan(t.column("relative humidity").numbers()[1]));
    QCOMPARE(t.column("note").display(0), std::string("hot, dry"));
    QCOMPARE(t.column("note").display(1), std::string("it's fine"));
    QVERIFY(t.column("note").is_missing(2));
    QCOMPARE(t.column("seen").type(), ColumnType::numeric); // ISO dates: days since 1970 (calendar.h)
    QVERIFY(t.column("seen").is_date());
    QCOMPARE(t.column("seen").display(1), std::string("2024-01-03"));
    QCOMPARE(t.column("play").levels(), (std::vector<std::string>{"yes", "no"}));
    QCOMPARE(t.missing_cells(), std::size_t(3));
}

void TestArffReader::shapes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("missing");
    QTest::newRow("weather") << weather << "w.arff" << 3 << 7 << 3;
    QTest::newRow("no data rows") << QByteArray("@relation r\n@attribute a numeric\n@data\n") << "e.arff" << 0 << 1
                                  << 0;
    QTest::newRow("integer and crlf") << QByteArray("@relation r\r\n@attribute a integer\r\n@attribute b {x,y}\r\n"
                                                    "@data\r\n1,x\r\n2,y\r\n")
                                      << "c.arff" << 2 << 2 << 0;
    QTest::newRow("sparse rows") << QByteArray("@relation s\n@attribute a numeric\n@attribute b numeric\n"
                                               "@attribute c {u,v}\n@data\n{1 5}\n{0 2, 2 v}\n{}\n")
                                 << "s.arff" << 3 << 3 << 0;
    // An omitted date or string is missing; the date column stays dates (it turned into text).
    QTest::newRow("sparse date and string") << QByteArray("@relation s\n@attribute a numeric\n@attribute d date "
                                                          "yyyy-MM-dd\n@attribute s string\n@data\n"
                                                          "{0 1, 1 2024-01-02, 2 x}\n{0 2}\n")
                                            << "d.arff" << 2 << 3 << 2;
    QTest::newRow("instance weights") << QByteArray("@relation r\n@attribute a numeric\n@data\n1,{2}\n3,{0.5}\n")
                                      << "w.arff" << 2 << 1 << 0;
    QTest::newRow("detected by content") << QByteArray("% hi\n@relation r\n@attribute a numeric\n@data\n1\n?\n")
                                         << "data.txt" << 2 << 1 << 1;
}

void TestArffReader::shapes()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, missing);
    QTemporaryDir dir;
    Table t = read_table(test::write_file(dir, name, content));
    QCOMPARE(int(t.rows()), rows);
    QCOMPARE(int(t.cols()), cols);
    QCOMPARE(int(t.missing_cells()), missing);
    if (t.find("d")) // a declared date attribute stays dates, sparse rows or not
        QVERIFY(t.column("d").is_date());
}

void TestArffReader::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");
    QTest::newRow("undeclared nominal value")
        << QByteArray("@relation r\n@attribute c {a,b}\n@data\na\nz\n") << 5 << "not one of the declared values";
    QTest::newRow("text in numeric") << QByteArray("@relation r\n@attribute x numeric\n@data\n1\nabc\n") << 5
                                     << "is numeric";
    QTest::newRow("wrong field count") << QByteArray("@relation r\n@attribute x numeric\n@attribute y numeric\n"
                                                     "@data\n1,2\n3\n")
                                       << 6 << "expected 2 fields, found 1";
    QTest::newRow("unknown type") << QByteArray("@relation r\n@attribute x complex\n@data\n") << 2 << "unknown type";
    QTest::newRow("open quote") << QByteArray("@relation r\n@attribute s string\n@data\n'abc\n") << 4
                                << "unterminated quote: field 1 opens with '";
    QTest::newRow("open quote in a later field")
        << QByteArray("@relation r\n@attribute x numeric\n@attribute s string\n@data\n1,'a'\n2,\"b\n") << 6
        << "field 2 opens with \"";
    QTest::newRow("open quote in nominal values")
        << QByteArray("@relation r\n@attribute c {'a,b}\n@data\n") << 2 << "attribute 'c': unterminated quote";
    QTest::newRow("no data section") << QByteArray("@relation r\n@attribute x numeric\n") << 0 << "without @data";
    QTest::newRow("bad sparse index") << QByteArray("@relation r\n@attribute x numeric\n@data\n{7 1}\n") << 4
                                      << "bad sparse entry";
    // Cast to an index, 1.9 put its value in column 1 and 2^64 in column 0.
    QTest::newRow("fractional sparse index")
        << QByteArray("@relation r\n@attribute x numeric\n@attribute y numeric\n@data\n{1.9 7}\n") << 5
        << "bad sparse entry";
    QTest::newRow("sparse index past 2^64")
        << QByteArray("@relation r\n@attribute x numeric\n@data\n{18446744073709551616 7}\n") << 4
        << "bad sparse entry";
    // One bad date used to turn a declared date attribute into text without a word.
    QTest::newRow("word among dates") << QByteArray("@relation r\n@attribute d date 'yyyy-MM-dd'\n@data\n"
                                                    "'2024-03-01'\n'2024-03-02'\ngarbage\n")
                                      << 6 << "attribute 'd' is a date but the value is 'garbage'";
    QTest::newRow("two words among dates")
        << QByteArray("@relation r\n@attribute d date 'yyyy-MM-dd'\n@attribute y {p,q}\n@data\n"
                      "'2024-03-01',p\nlater,q\n'2024-03-02',p\n?,q\nearlier,p\n")
        << 6 << "the value is 'later'";
}

void TestArffReader::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, what);
    QTemporaryDir dir;
    std::string path = test::write_file(dir, "bad.arff", content);
    try {
        read_table(path);
        QFAIL("no error");
    } catch (const DataError& e) {
        QCOMPARE(int(e.line()), line);
        QVERIFY2(QString(e.what()).contains(what), e.what());
        QVERIFY(QString(e.what()).startsWith(QString::fromStdString(path)));
    }
}

QTEST_GUILESS_MAIN(TestArffReader)
#include "test_arff_reader.moc"
