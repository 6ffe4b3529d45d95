// CSV/TSV reading: the shared tricky and real tables, dialect and header detection, quoting, encodings, type
// inference, missing tokens, bad files with their line, and the multi-chunk (two-thread) path against one thread.
#include "engine/core/error.h"
#include "engine/data/csv_reader.h"
#include "engine/data/readers.h"
#include "engine/data/unreadable_cell.h"
#include "tests/engine/data/data_fixtures.h"

#include <QTest>
#include <cmath>
#include <fstream>
#include <map>
#include <random>

using namespace tern;
using namespace tern::data;

class TestCsvReader : public QObject {
    Q_OBJECT

  private slots:
    void sharedTables_data();
    void sharedTables();
    void inlineCases_data();
    void inlineCases();
    void badFiles_data();
    void badFiles();
    void typeInference();
    void levelsInNaturalOrder();
    void missingTokensAndValues();
    void quotedFieldsKeepContent();
    void blankHeaderNamesAvoidWrittenOnes();
    void headerRepeatedFurtherDownIsStillAHeader();
    void latin1IsConverted();
    void chunkedParseMatchesSingleThread();
    void quotedNewlinesAcrossChunks();
    void lateNonNumericValueDemotesColumn();
    void lenientColumnsReadStrayWordsAsMissing();
    void strayWordsAmongNumbersReadAsMissing();
    void wholeNumbersTooLongForADoubleAreCodes();
    void cancellationStopsTheRead();
    void progressReachesOne();
    void memoryLimitRefusesLargeFile();
};

void TestCsvReader::sharedTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("missing");
    QTest::newRow("iris") << "tabular/iris.csv" << 150 << 5 << 0;
    QTest::newRow("penguins") << "tabular/penguins.csv" << 344 << 7 << 19;
    QTest::newRow("airquality") << "tabular/airquality.csv" << 116 << 6 << 5;
    // Every file listed in tricky/EXPECTED.tsv (file, rows, cols); missing -1 = not checked.
    QFile expected(QString::fromStdString(test::fixture("tricky/EXPECTED.tsv")));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    expected.readLine(); // header
    while (!expected.atEnd()) {
        QList<QByteArray> f = expected.readLine().trimmed().split('\t');
        if (f.size() == 3)
            QTest::newRow(f[0].constData()) << "tricky/" + QString(f[0]) << f[1].toInt() << f[2].toInt() << -1;
    }
    QTest::newRow("blank_cells missing") << "tricky/blank_cells.csv" << 3 << 3 << 3;
}

void TestCsvReader::sharedTables()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, missing);
    Table t = read_table(test::fixture(file.toUtf8().constData()));
    QCOMPARE(int(t.rows()), rows);
    QCOMPARE(int(t.cols()), cols);
    if (missing >= 0)
        QCOMPARE(int(t.missing_cells()), missing);
}

// One row per dialect feature: the content, and the shape, column types (n/c/t) and missing cells it must give.
void TestCsvReader::inlineCases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("types");
    QTest::addColumn<int>("missing");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;x\n3;4;y\n") << "t.csv" << 2 << "nnc" << 0;
    QTest::newRow("semicolon decimal comma") << QByteArray("a;b\n1,5;x\n2,25;y\n") << "t.csv" << 2 << "nc" << 0;
    QTest::newRow("tab") << QByteArray("a\tb\n1\tx y\n2\tz\n") << "t.txt" << 2 << "nc" << 0;
    QTest::newRow("tsv with commas") << QByteArray("a\tb\n1,2,3\tx\n4,5,6\ty\n") << "t.tsv" << 2 << "cc" << 0;
    QTest::newRow("tsv one column") << QByteArray("a\n1\n2\n") << "t.tsv" << 2 << "n" << 0;
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << "t.csv" << 1 << "nn" << 0;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,x\r\n2,y\r\n") << "t.csv" << 2 << "nc" << 0;
    QTest::newRow("cr only") << QByteArray("a,b\r1,x\r2,y\r") << "t.csv" << 2 << "nc" << 0;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4") << "t.csv" << 2 << "nn" << 0;
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n   \n\n3,4\n\n") << "t.csv" << 2 << "nn" << 0;
    QTest::newRow("quoted newline") << QByteArray("id,note\n1,\"two\nlines\"\n2,\"x\"\n") << "t.csv" << 2 << "nc" << 0;
    QTest::newRow("quoted crlf newline") << QByteArray("id,note\r\n1,\"a\r\nb\"\r\n2,c\r\n") << "t.csv" << 2 << "nc"
                                         << 0;
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",1\n\"x\",2\n") << "t.csv" << 2 << "cn" << 0;
    QTest::newRow("quoted numbers") << QByteArray("a,b\n\"1.5\",\"2\"\n\"3\",4\n") << "t.csv" << 2 << "nn" << 0;
    QTest::newRow("missing tokens") << QByteArray("a,b\nNA,x\nN/A,null\nNaN,?\n1,\n") << "t.csv" << 4 << "nc" << 6;
    QTest::newRow("all missing column") << QByteArray("a,b\n1,\n2,\n") << "t.csv" << 2 << "nn" << 2;
    QTest::newRow("header only") << QByteArray("a,b,c\n") << "t.csv" << 0 << "nnn" << 0;
    QTest::newRow("header only no newline") << QByteArray("a,b,c") << "t.csv" << 0 << "nnn" << 0;
    QTest::newRow("no header numeric") << QByteArray("1,2\n3,4\n5,6\n") << "t.csv" << 3 << "nn" << 0;
    QTest::newRow("utf8 bom crlf") << QByteArray("\xEF\xBB\xBFx,y\r\n1,2\r\n") << "t.csv" << 1 << "nn" << 0;
    QTest::newRow("spaces around values") << QByteArray("a, b\n 1 , x \n2,  y\n") << "t.csv" << 2 << "nc" << 0;
    QTest::newRow("signs and exponents") << QByteArray("a\n+1\n-2.5e3\n.5\n1E-2\n") << "t.csv" << 4 << "n" << 0;
    QTest::newRow("empty header name") << QByteArray(",a\n1,2\n") << "t.csv" << 1 << "nn" << 0;
    QTest::newRow("all-empty row kept") << QByteArray("a,b\n1,2\n,\n") << "t.csv" << 2 << "nn" << 2;
    QTest::newRow("excel sep line") << QByteArray("sep=;\r\na;b\r\n1,5;x\r\n") << "t.csv" << 1 << "nc" << 0;
    QTest::newRow("trailing delimiter") << QByteArray("a,b\n1,2,\n3,4,\n") << "t.csv" << 2 << "nn" << 0;
    QTest::newRow("wide") << QByteArray("a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n") << "t.csv" << 1 << "nnnnnnnn" << 0;
    QTest::newRow("categorical ids") << QByteArray("id,v\nA1,1\nA2,2\nA3,3\n") << "t.csv" << 3 << "cn" << 0;
}

void TestCsvReader::inlineCases()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(int, rows);
    QFETCH(QString, types);
    QFETCH(int, missing);
    QTemporaryDir dir;
    Table t = read_table(test::write_file(dir, name, content));
    QCOMPARE(int(t.rows()), rows);
    QCOMPARE(int(t.cols()), int(types.size()));
    for (int j = 0; j < types.size(); ++j) {
        char want = types[j].toLatin1();
        char got = t.column(std::size_t(j)).type() == ColumnType::numeric       ? 'n'
                   : t.column(std::size_t(j)).type() == ColumnType::categorical ? 'c'
                                                                                : 't';
        QVERIFY2(got == want, qPrintable(QString("column %1: %2 != %3").arg(j).arg(got).arg(want)));
    }
    QCOMPARE(int(t.missing_cells()), missing);
}

// Each bad input: the message must carry the file, the line when there is one, and say what is wrong.
void TestCsvReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");
    QTest::newRow("ragged") << QByteArray() << "bad/ragged_rows.csv" << 3 << "expected 3 fields, found 2";
    QTest::newRow("open quote") << QByteArray() << "bad/open_quote.csv" << 2 << "unterminated quote";
    QTest::newRow("duplicate names") << QByteArray() << "bad/duplicate_names.csv" << 1 << "duplicate column name";
    QTest::newRow("zero bytes") << QByteArray() << "bad/zero_bytes.csv" << 0 << "empty";
    QTest::newRow("jpeg renamed") << QByteArray() << "bad/jpeg_renamed.csv" << 0 << "JPEG";
    QTest::newRow("random bytes") << QByteArray() << "bad/random_bytes.csv" << -1 << "not a text table";
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n") << "" << 3 << "expected 2 fields, found 3";
    QTest::newRow("nul byte") << QByteArray("a,b\n1,2\n3,\0\n", 12) << "" << 3 << "NUL byte";
    QTest::newRow("only blank lines") << QByteArray("\n\n  \n") << "" << 0 << "only blank lines";
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << "" << 0 << "ZIP archive";
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00rest") << "" << 0 << "gzip";
    QTest::newRow("extra value past header") << QByteArray("a,b\n1,2,9\n") << "" << 2 << "expected 2 fields, found 3";
    QTest::newRow("late open quote") << QByteArray("a,b\n1,2\n3,\"x\n4,5\n") << "" << 3 << "unterminated quote";
}

void TestCsvReader::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fixture);
    QFETCH(int, line);
    QFETCH(QString, what);
    QTemporaryDir dir;
    std::string path =
        fixture.isEmpty() ? test::write_file(dir, "bad.csv", content) : test::fixture(fixture.toUtf8().constData());
    try {
        read_table(path);
        QFAIL("no error");
    } catch (const DataError& e) {
        QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(path));
        if (line >= 0)
            QCOMPARE(int(e.line()), line);
        QVERIFY2(QString(e.what()).contains(what), e.what());
        QVERIFY(!QString(e.what()).contains('\n'));
    }
}

void TestCsvReader::typeInference()
{
    QTemporaryDir dir;
    QByteArray csv = "num,cat,txt,idlike,ean\n";
    for (int i = 0; i < 60; ++i)
        csv += QByteArray::number(i * 0.5) + "," + (i % 3 ? "red" : "blue") + ",\"This is review number " +
               QByteArray::number(i) + ", long enough to be free text\",ID" + QByteArray::number(i) + "," +
               QByteArray::number(4006381333931LL + i) + "\n";
    Table t = read_table(test::write_file(dir, "types.csv", csv));
    QCOMPARE(t.column("num").type(), ColumnType::numeric);
    QCOMPARE(t.column("cat").type(), ColumnType::categorical);
    QCOMPARE(t.column("cat").levels(), (std::vector<std::string>{"blue", "red"}));
    QCOMPARE(t.column("txt").type(), ColumnType::text);
    QCOMPARE(t.column("txt").texts()[2], std::string("This is review number 2, long enough to be free text"));
    QCOMPARE(t.column("idlike").type(), ColumnType::categorical);
    QCOMPARE(t.column("num").numbers()[3], 1.5);
    // A 13-digit barcode keeps every digit: as float, neighbouring codes were one value.
    QCOMPARE(t.column("ean").type(), ColumnType::numeric);
    QCOMPARE(t.column("ean").unique_count(), std::size_t(60));
    QCOMPARE(t.column("ean").display(5), std::string("4006381333936"));
}

// Levels come in the order a person reads them: numbers inside names by value, whole numbers by value, numbers
// before words; the frequency of a level plays no part.
void TestCsvReader::levelsInNaturalOrder()
{
    QTemporaryDir dir;
    const QByteArray csv = "rad,class,mixed\n"
                           "rad_24,Crew,10\nrad_24,3rd,-2\nrad_4,Crew,high\nrad_10,2nd,-1.5\n"
                           "rad_04,1st,2\nrad_24,Crew,10\nrad_4,3rd,high\n";
    const Table t = read_table(test::write_file(dir, "levels.csv", csv));
    QCOMPARE(t.column("rad").levels(), (std::vector<std::string>{"rad_04", "rad_4", "rad_10", "rad_24"}));
    QCOMPARE(t.column("class").levels(), (std::vector<std::string>{"1st", "2nd", "3rd", "Crew"}));
    QCOMPARE(t.column("mixed").type(), ColumnType::categorical);
    QCOMPARE(t.column("mixed").levels(), (std::vector<std::string>{"-2", "-1.5", "2", "10", "high"}));
}

void TestCsvReader::missingTokensAndValues()
{
    QTemporaryDir dir;
    Table t = read_table(test::write_file(dir, "m.csv", "x,y\n1,a\nNA,null\n3,\n?,b\n"));
    const auto& x = t.column("x").numbers();
    QCOMPARE(x[0], 1.0f);
    QVERIFY(std::isnan(x[1]));
    QCOMPARE(x[2], 3.0f);
    QVERIFY(std::isnan(x[3]));
    const Column& y = t.column("y");
    QCOMPARE(y.missing_count(), std::size_t(2));
    QCOMPARE(y.display(0), std::string("a"));
    QCOMPARE(y.display(3), std::string("b"));

    // Spreadsheet exports: pandas' missing strings and Excel's error values are gaps, and so is a number no float
    // holds (inf, 1e39): a model could not use it, and one such cell failed every candidate of a run.
    Table s = read_table(test::write_file(dir, "s.csv",
                                          "price,kind\n1.5,a\n#N/A,None\nn/a,#DIV/0!\ninf,b\n-inf,<NA>\n1e39,#VALUE!\n"
                                          "2.5,a\n"));
    QCOMPARE(s.column("price").type(), ColumnType::numeric);
    QCOMPARE(s.column("price").missing_count(), std::size_t(5));
    QCOMPARE(s.column("price").numbers()[6], 2.5f);
    // ... and said: the notes of a run and of predict name them as they name stray words.
    QCOMPARE(s.column("price").unread_cells().count, std::size_t(3));
    QCOMPARE(s.column("price").unread_cells().first_text, std::string("inf"));
    QCOMPARE(s.column("price").unread_cells().first_row, std::size_t(3));
    QCOMPARE(unread_note(s.column("price")).text(),
             std::string("price: 3 numbers are infinite or beyond a float's range (3.4e38) and read as missing (data "
                         "row 4 holds 'inf')"));
    QCOMPARE(s.column("kind").missing_count(), std::size_t(4));
    QCOMPARE(s.column("kind").levels(), (std::vector<std::string>{"a", "b"}));

    ReadOptions custom;
    custom.missing_tokens = {"", "-"};
    Table u = read_table(test::write_file(dir, "n.csv", "x\n1\n-\nNA\n"), custom);
    QCOMPARE(u.column("x").type(), ColumnType::categorical); // "NA" is a value when not a missing token
    QCOMPARE(u.column("x").missing_count(), std::size_t(1));
}

void TestCsvReader::quotedFieldsKeepContent()
{
    QTemporaryDir dir;
    Table t = read_table(
        test::write_file(dir, "q.csv", "k,v\n\"a,b\"  ,1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n\"x\"y,4\n"));
    const Column& k = t.column("k");
    QCOMPARE(k.display(0), std::string("a,b"));
    QCOMPARE(k.display(1), std::string("say \"hi\""));
    QCOMPARE(k.display(2), std::string("two\nlines"));
    QCOMPARE(k.display(3), std::string("xy")); // text after a closing quote is kept, as pandas does
    QCOMPARE(t.column("v").numbers()[2], 3.0f);
}

// A blank header cell is named by its position; a header that writes that name itself keeps it, and the blank
// one gives way (it used to be refused as a duplicate the file does not have).
void TestCsvReader::blankHeaderNamesAvoidWrittenOnes()
{
    QTemporaryDir dir;
    const Table t = read_table(test::write_file(dir, "blank.csv", QByteArray("a,,column_2\n1,2,3\n4,5,6\n")));
    QCOMPARE(t.column(1).name(), std::string("column_2_blank"));
    QCOMPARE(t.column(2).name(), std::string("column_2"));
    const Table plain = read_table(test::write_file(dir, "plain.csv", QByteArray("a,\n1,2\n")));
    QCOMPARE(plain.column(1).name(), std::string("column_2"));
}

// Two exports joined: the header comes again among the rows. It is read as the header still (its repeat is a stray
// word in each numeric column); a header of numbers reads as data, and asking for one of its names says so.
void TestCsvReader::headerRepeatedFurtherDownIsStillAHeader()
{
    QTemporaryDir dir;
    QByteArray joined = "ozone,wind,month\n";
    for (int i = 0; i < 60; ++i)
        joined += (i == 30 ? QByteArray("ozone,wind,month") : QByteArray::number(i) + "," + QByteArray::number(i % 7) +
                                                                 "." + QByteArray::number(i % 10) + ",m" +
                                                                 QByteArray::number(i % 3)) +
                  "\n";
    const Table t = read_table(test::write_file(dir, "joined.csv", joined));
    QCOMPARE(t.column(0).name(), std::string("ozone"));
    QCOMPARE(t.column("ozone").type(), ColumnType::numeric);
    QVERIFY(t.column("ozone").is_missing(30));

    QByteArray years = "2019,2020,label\n";
    for (int i = 0; i < 30; ++i)
        years += QByteArray::number(i) + "," + QByteArray::number(2 * i) + "," + (i % 2 ? "up" : "down") + "\n";
    const Table y = read_table(test::write_file(dir, "years.csv", years));
    try {
        y.column("label");
        QFAIL("no error");
    } catch (const InputError& e) {
        QVERIFY2(std::string(e.what()).find("its first data row holds 'label' in column_3") != std::string::npos,
                 e.what());
    }
}

void TestCsvReader::latin1IsConverted()
{
    QTemporaryDir dir;
    Table t = read_table(test::write_file(dir, "l.csv", "name,qty\nCaf\xE9,1\nNa\xEFve \x80,2\n"));
    QCOMPARE(t.column("name").display(0), std::string("Caf\xC3\xA9"));
    QCOMPARE(t.column("name").display(1), std::string("Na\xC3\xAFve \xE2\x82\xAC"));
    // A file with UTF-8 rows under Latin-1 ones reads each as written: both say "München".
    Table mixed = read_table(test::write_file(dir, "m.csv", "city,qty\nM\xFCnchen,1\nM\xC3\xBCnchen,2\n"));
    QCOMPARE(mixed.column("city").display(0), std::string("M\xC3\xBCnchen"));
    QCOMPARE(mixed.column("city").display(1), std::string("M\xC3\xBCnchen"));
}

namespace {

// A table with numeric, categorical and quoted free-text columns, big enough for many chunks.
std::string write_big_mixed(const QTemporaryDir& dir, int rows, bool quoted_newlines)
{
    std::string path = dir.filePath("big.csv").toStdString();
    std::ofstream out(path);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(-1000, 1000);
    out << "a,b,cat,note,d\n";
    for (int i = 0; i < rows; ++i) {
        out << u(rng) << ',' << (i % 17 == 0 ? std::string("") : std::to_string(i)) << ",level" << (i % 5) << ',';
        if (quoted_newlines && i % 1000 == 0)
            out << "\"note " << i << "\nsecond line, \"\"quoted\"\"\"";
        else
            out << "plain" << i % 100;
        out << ',' << (i % 11 == 0 ? "NA" : std::to_string(i * 0.25)) << '\n';
    }
    return path;
}

void compare_tables(const Table& a, const Table& b)
{
    QCOMPARE(a.rows(), b.rows());
    QCOMPARE(a.cols(), b.cols());
    for (std::size_t j = 0; j < a.cols(); ++j) {
        QCOMPARE(a.column(j).type(), b.column(j).type());
        for (std::size_t r = 0; r < a.rows(); r += 97)
            QCOMPARE(a.column(j).display(r), b.column(j).display(r));
        QCOMPARE(a.column(j).missing_count(), b.column(j).missing_count());
    }
}

} // namespace

void TestCsvReader::chunkedParseMatchesSingleThread()
{
    QTemporaryDir dir;
    std::string path = write_big_mixed(dir, 300000, false); // ~14 MB: several chunks
    ReadOptions one;
    one.threads = 1;
    ReadOptions two;
    two.threads = 2;
    Table a = read_table(path, one);
    Table b = read_table(path, two);
    QCOMPARE(a.rows(), std::size_t(300000));
    QCOMPARE(a.column("cat").type(), ColumnType::categorical);
    QCOMPARE(a.column("cat").levels().size(), std::size_t(5));
    QCOMPARE(a.column("b").missing_count(), std::size_t(300000 / 17 + 1));
    compare_tables(a, b);
}

void TestCsvReader::quotedNewlinesAcrossChunks()
{
    QTemporaryDir dir;
    std::string path = write_big_mixed(dir, 300000, true);
    ReadOptions one;
    one.threads = 1;
    Table a = read_table(path, one);
    Table b = read_table(path);
    QCOMPARE(a.rows(), std::size_t(300000));
    QCOMPARE(a.column("note").display(1000), std::string("note 1000\nsecond line, \"quoted\""));
    compare_tables(a, b);
}

namespace {

// "x,y" rows: x counts 0..rows-1, y is x's remainder by 7 or, at the rows `words` names, its word.
std::string write_counted(const QTemporaryDir& dir, int rows, const std::map<int, std::string>& words)
{
    const std::string path = dir.filePath("counted.csv").toStdString();
    std::ofstream out(path);
    out << "x,y\n";
    for (int i = 0; i < rows; ++i) {
        const auto word = words.find(i);
        out << i << ',' << (word == words.end() ? std::to_string(i % 7) : word->second) << '\n';
    }
    return path;
}

} // namespace

void TestCsvReader::lateNonNumericValueDemotesColumn()
{
    QTemporaryDir dir;
    ReadOptions strict; // as a file that must read as another did
    strict.stray_words_as_missing = false;
    Table t = read_table(write_counted(dir, 400000, {{399990, "oops"}}), strict);
    QCOMPARE(t.rows(), std::size_t(400000));
    QCOMPARE(t.column("x").type(), ColumnType::numeric);
    QCOMPARE(t.column("y").type(), ColumnType::categorical);
    QCOMPARE(t.column("y").display(399990), std::string("oops"));
    QCOMPARE(t.column("y").display(5), std::string("5"));
}

// A column of numbers with a stray word or two (ReadOptions::stray_words_as_missing, on by default) reads as numbers:
// one "-" among measurements made the column categorical, a feature no model could use. Three words in 200 numbers
// are words; among 400,000 numbers, up to one in 200 cells are strays.
void TestCsvReader::strayWordsAmongNumbersReadAsMissing()
{
    QTemporaryDir dir;
    // The first word in the sniffer's sample, the second in the parse's last chunk.
    const Table t = read_table(write_counted(dir, 400000, {{5, "-"}, {399990, "oops"}}));
    QCOMPARE(t.column("y").type(), ColumnType::numeric);
    QCOMPARE(t.column("y").unread_cells().count, std::size_t(2));
    QCOMPARE(t.column("y").unread_cells().first_row, std::size_t(5));
    QCOMPARE(t.column("y").unread_cells().first_text, std::string("-"));
    QVERIFY(t.column("y").is_missing(399990));
    QCOMPARE(t.column("y").numbers()[6], 6.0);

    const auto rows_with = [](int words) {
        std::string text = "a,b\n";
        for (int i = 0; i < 200; ++i)
            text += (i < words ? std::string("word") + std::to_string(i) : std::to_string(i * 0.5)) + "," +
                    std::to_string(i % 3) + "\n";
        return text;
    };
    const Table two = read_table(test::write_file(dir, "two.csv", QByteArray::fromStdString(rows_with(2))));
    QCOMPARE(two.column("a").type(), ColumnType::numeric);
    QCOMPARE(two.column("a").missing_count(), std::size_t(2));
    const Table three = read_table(test::write_file(dir, "three.csv", QByteArray::fromStdString(rows_with(3))));
    QCOMPARE(three.column("a").type(), ColumnType::categorical);
    QCOMPARE(three.column("a").unread_cells().count, std::size_t(0));

    // Where the words fall does not decide: three among 5,000 numbers are strays early (in the sniffed rows) as late.
    for (const int first : {100, 2100}) {
        const Table t5 = read_table(write_counted(dir, 5000, {{first, "-"}, {first + 100, "-"}, {first + 200, "-"}}));
        QCOMPARE(t5.column("y").type(), ColumnType::numeric);
        QCOMPARE(t5.column("y").unread_cells().count, std::size_t(3));
    }
    // A column empty in the sniffed rows with two words later holds words, not numbers missing in every row.
    std::string late = "x,note\n";
    for (int i = 0; i < 3000; ++i)
        late += std::to_string(i) + "," + (i == 2501 || i == 2901 ? "refund" : "") + "\n";
    const Table l = read_table(test::write_file(dir, "late.csv", QByteArray::fromStdString(late)));
    QVERIFY(l.column("note").type() != ColumnType::numeric);
    // A classification target's words are classes (ReadOptions::strict_columns): grade K is not a missing grade.
    std::string grades = "x,grade\n";
    for (int i = 0; i < 400; ++i)
        grades += std::to_string(i) + "," + (i % 150 == 7 ? std::string("K") : std::to_string(1 + i % 5)) + "\n";
    ReadOptions strict;
    strict.strict_columns = {"grade"};
    QCOMPARE(read_table(test::write_file(dir, "grades.csv", QByteArray::fromStdString(grades)), strict)
                 .column("grade")
                 .type(),
             ColumnType::categorical);
}

// A fitted model's numeric column (ReadOptions::lenient_number_columns): a stray word is a missing cell, counted
// with its data row across the parse's chunks; a column of words stays words.
void TestCsvReader::lenientColumnsReadStrayWordsAsMissing()
{
    QTemporaryDir dir;
    // 13 MB: parsed in three chunks, the words in the last.
    const std::string path = write_counted(dir, 1000000, {{999990, "oops"}, {999995, "n/a?"}});
    ReadOptions lenient;
    lenient.lenient_number_columns = {"y"};
    const Table t = read_table(path, lenient);
    QCOMPARE(t.column("y").type(), ColumnType::numeric);
    QCOMPARE(t.column("y").missing_count(), std::size_t(2));
    QCOMPARE(t.column("y").unread_cells().count, std::size_t(2));
    QCOMPARE(t.column("y").unread_cells().first_row, std::size_t(999990));
    QCOMPARE(t.column("y").unread_cells().first_text, std::string("oops"));
    QCOMPARE(t.column("y").numbers()[5], 5.0);
    QCOMPARE(t.column("x").unread_cells().count, std::size_t(0));

    const std::string words = test::write_file(dir, "words.csv", "x,y\n1,red\n2,blue\n3,green\n4,4\n");
    lenient.lenient_number_columns = {"x", "y"};
    const Table w = read_table(words, lenient);
    QCOMPARE(w.column("y").type(), ColumnType::categorical);
    QCOMPARE(w.column("x").type(), ColumnType::numeric);
    // Two stray words are stray however few the numbers: a one-row file to predict is not refused for its word.
    const Table one = read_table(test::write_file(dir, "one.csv", "x,y\nn/a?,4\n"), lenient);
    QCOMPARE(one.column("x").type(), ColumnType::numeric);
    QCOMPARE(one.column("x").unread_cells().first_text, std::string("n/a?"));

    // A fitted model's date column: a stray word is a missing day; a column of words stays words.
    ReadOptions dated;
    dated.date_formats.emplace("day", DateFormat{});
    dated.lenient_number_columns = {"day"};
    const Table d = read_table(test::write_file(dir, "days.csv", "day,v\n2024-03-01,1\nsoon,2\n2024-03-03,3\n"), dated);
    QVERIFY(d.column("day").is_date());
    QVERIFY(d.column("day").is_missing(1));
    QCOMPARE(d.column("day").unread_cells().first_row, std::size_t(1));
    QCOMPARE(d.column("day").display(2), std::string("2024-03-03"));
    const Table w2 =
        read_table(test::write_file(dir, "nodays.csv", "day,v\nsoon,1\nlater,2\nnever,3\n2024-03-03,4\n"), dated);
    QVERIFY(!w2.column("day").is_date());
}

// Order numbers of 18 digits are codes: as doubles, neighbours would be one value. One such typo among
// measurements leaves them numbers.
void TestCsvReader::wholeNumbersTooLongForADoubleAreCodes()
{
    QTemporaryDir dir;
    const Table t = read_table(test::write_file(dir, "codes.csv",
                                                "order,weight\n202403011430050001,1.5\n202403011430050002,"
                                                "-12345678901234567\n202403011430050003,3.25\n"));
    QCOMPARE(t.column("order").type(), ColumnType::categorical);
    QCOMPARE(t.column("order").unique_count(), std::size_t(3));
    QCOMPARE(t.column("weight").type(), ColumnType::numeric);
}

void TestCsvReader::cancellationStopsTheRead()
{
    QTemporaryDir dir;
    std::string path = write_big_mixed(dir, 300000, false);
    std::stop_source already;
    already.request_stop();
    QVERIFY_THROWS_EXCEPTION(Cancelled, read_table(path, {}, JobControl{already.get_token(), {}}));

    std::stop_source later;
    int reports = 0;
    JobControl control{later.get_token(), [&](double f) {
                           if (f > 0 && ++reports == 1)
                               later.request_stop(); // the user presses Cancel after the first progress
                       }};
    QVERIFY_THROWS_EXCEPTION(Cancelled, read_table(path, {}, control));
}

void TestCsvReader::progressReachesOne()
{
    QTemporaryDir dir;
    std::string path = write_big_mixed(dir, 200000, false);
    std::vector<double> seen;
    ReadOptions one;
    one.threads = 1;
    read_table(path, one, JobControl{{}, [&](double f) { seen.push_back(f); }});
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestCsvReader::memoryLimitRefusesLargeFile()
{
    QTemporaryDir dir;
    ReadOptions tight;
    tight.memory_limit = 1000;
    std::string path = test::write_file(dir, "m.csv", QByteArray("a,b\n") + QByteArray("1,2\n").repeated(200));
    try {
        read_table(path, tight);
        QFAIL("no error");
    } catch (const DataError& e) {
        QVERIFY2(QString(e.what()).contains("too large"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(DataError, read_table(dir.filePath("missing.csv").toStdString()));
    QVERIFY_THROWS_EXCEPTION(DataError, read_table(dir.path().toStdString()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
