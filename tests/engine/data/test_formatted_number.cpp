// Currency, percent and thousands-grouped numbers (formatted_number.h): each written form against its value, the
// forms that must stay words, and price columns of a comma-delimited and a European semicolon file read as numbers;
// "1.200" is 1200 in a column of a file that writes decimal commas, 1.2 elsewhere; quoted decimal commas in a
// comma-delimited file ("6,23") make that column numeric.
#include "engine/data/csv_fields.h"
#include "engine/data/readers.h"
#include "engine/data/summary.h"
#include "tests/engine/data/data_fixtures.h"

#include <QTest>

using namespace tern;
using namespace tern::data;

class TestFormattedNumber : public QObject {
    Q_OBJECT

  private slots:
    void numbers_data();
    void numbers();
    void words_data();
    void words();
    void priceColumnReadsAsNumbers();
    void europeanPriceColumnReadsAsNumbers();
    void dotsGroupThousandsInAFileOfDecimalCommas();
    void laterFileReadsDotsAsTheFittedFileDid();
    void quotedDecimalCommasInACommaFile();
};

void TestFormattedNumber::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<double>("value");
    QTest::newRow("dollars") << "$12.99"
                             << "," << 12.99;
    QTest::newRow("minus before sign") << "-$5.00"
                                       << "," << -5.0;
    QTest::newRow("minus after sign") << "$-5"
                                      << "," << -5.0;
    QTest::newRow("euro") << "\xe2\x82\xac"
                             "3.50"
                          << "," << 3.5;
    QTest::newRow("pound, no whole part") << "\xc2\xa3.75"
                                          << "," << 0.75;
    QTest::newRow("grouped dollars") << "$1,234.50"
                                     << "," << 1234.5;
    QTest::newRow("grouped") << "1,234,567"
                             << "," << 1234567.0;
    QTest::newRow("percent") << "45%"
                             << "," << 45.0;
    QTest::newRow("negative percent") << "-2.5%"
                                      << "," << -2.5;
    QTest::newRow("decimal comma kept in semicolon files") << "3,5"
                                                           << ";" << 3.5;
    QTest::newRow("dollars in semicolon files") << "$7"
                                                << ";" << 7.0;
    QTest::newRow("European grouping") << "1.234,56"
                                       << ";" << 1234.56;
    QTest::newRow("European groups alone") << "1.234.567"
                                           << "\t" << 1234567.0;
    QTest::newRow("euros after the number") << "1.234,50 \xe2\x82\xac"
                                            << ";" << 1234.5;
    QTest::newRow("euros after, decimal comma") << "3,50\xe2\x82\xac"
                                                << ";" << 3.5;
    QTest::newRow("pounds after, decimal point") << "12.50 \xc2\xa3"
                                                 << "," << 12.5;
    QTest::newRow("percent after a space") << "12,5 %"
                                           << ";" << 12.5;
    // Quoted in a comma-delimited file, a comma before one or two digits can only be the decimal mark.
    QTest::newRow("euros, decimal comma, comma file") << "12,50 \xe2\x82\xac"
                                                      << "," << 12.5;
    QTest::newRow("percent, decimal comma, comma file") << "12,5 %"
                                                        << "," << 12.5;
    QTest::newRow("euros grouped by dots, comma file") << "1.234,00 \xe2\x82\xac"
                                                       << "," << 1234.0;
    QTest::newRow("accounting negative") << "($3.00)"
                                         << "," << -3.0;
    QTest::newRow("accounting negative, euros") << "(1.234,50 \xe2\x82\xac)"
                                                << ";" << -1234.5;
    QTest::newRow("dollars grouped by a comma, comma file") << "$1,234"
                                                            << "," << 1234.0;
}

void TestFormattedNumber::numbers()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(double, value);
    const auto v = parse_number(text.toStdString(), delimiter.toLatin1()[0]);
    QVERIFY2(v.has_value(), qPrintable(text));
    QCOMPARE(*v, value);
}

void TestFormattedNumber::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("list of numbers") << "3,4"
                                     << ",";
    QTest::newRow("bad groups") << "12,34,5"
                                << ",";
    QTest::newRow("group too long") << "1234,567"
                                    << ",";
    QTest::newRow("sign alone") << "$"
                                << ",";
    QTest::newRow("percent alone") << "%"
                                   << ",";
    QTest::newRow("two minus signs") << "-$-5"
                                     << ",";
    QTest::newRow("code after sign") << "$AB12"
                                     << ",";
    QTest::newRow("exponent after sign") << "$1e5"
                                         << ",";
    QTest::newRow("groups in semicolon files") << "1,234,567"
                                               << ";";
    QTest::newRow("word with percent") << "half%"
                                       << ",";
    QTest::newRow("bad European groups") << "1.23,5"
                                         << ";";
    QTest::newRow("two decimal commas") << "1,2,3"
                                        << ";";
    QTest::newRow("currency code with a sign") << "US$"
                                               << ",";
    QTest::newRow("parenthesised plain number") << "(3)"
                                                << ",";
    QTest::newRow("parenthesised negative amount") << "(-$3)"
                                                   << ",";
    QTest::newRow("two commas before a decimal comma") << "1,2,50 \xe2\x82\xac"
                                                       << ",";
}

void TestFormattedNumber::words()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QVERIFY2(!parse_number(text.toStdString(), delimiter.toLatin1()[0]).has_value(), qPrintable(text));
}

void TestFormattedNumber::priceColumnReadsAsNumbers()
{
    QTemporaryDir dir;
    const Table t = read_table(test::write_file(dir, "shop.csv",
                                                "item,price,discount\n"
                                                "tea,\"$1,234.50\",10%\n"
                                                "cup,$5.25,0%\n"
                                                "pot,,25%\n"));
    QCOMPARE(t.column("price").type(), ColumnType::numeric);
    QCOMPARE(t.column("price").numbers()[0], 1234.5f);
    QVERIFY(t.column("price").is_missing(2));
    QCOMPARE(t.column("discount").type(), ColumnType::numeric);
    QCOMPARE(t.column("discount").numbers()[2], 25.0f);
    QCOMPARE(t.column("item").type(), ColumnType::categorical);
}

void TestFormattedNumber::europeanPriceColumnReadsAsNumbers()
{
    QTemporaryDir dir;
    const Table t = read_table(test::write_file(dir, "laden.csv",
                                                "Artikel;Preis;Rabatt\n"
                                                "Tee;1.234,50 \xe2\x82\xac;10 %\n"
                                                "Tasse;5,25 \xe2\x82\xac;0 %\n"));
    QCOMPARE(t.column("Preis").type(), ColumnType::numeric);
    QCOMPARE(t.column("Preis").numbers()[0], 1234.5f);
    QCOMPARE(t.column("Preis").numbers()[1], 5.25f);
    QCOMPARE(t.column("Rabatt").numbers()[0], 10.0f);
}

void TestFormattedNumber::dotsGroupThousandsInAFileOfDecimalCommas()
{
    QCOMPARE(dot_use("1.200"), DotUse::one_group);
    QCOMPARE(dot_use("-15.000"), DotUse::one_group);
    QCOMPARE(dot_use("0.125"), DotUse::decimal);
    QCOMPARE(dot_use("1.5"), DotUse::decimal);
    QCOMPARE(dot_use("12.3456"), DotUse::decimal);
    QCOMPARE(dot_use("1.234,56"), DotUse::none);
    QCOMPARE(dot_use("800"), DotUse::none);

    QTemporaryDir dir;
    // A German export: prices with decimal commas, quantities grouped by dots.
    const Table t = read_table(test::write_file(dir, "menge.csv",
                                                "Preis;Menge;Gewicht\n12,50;1.200;1.5\n3,99;2.500;1.250\n"
                                                "7,25;800;2\n"));
    QCOMPARE(t.column("Menge").numbers(), (std::vector<double>{1200, 2500, 800}));
    QCOMPARE(t.column("Gewicht").numbers(), (std::vector<double>{1.5, 1.25, 2})); // "1.5" cannot group
    QCOMPARE(t.column("Preis").numbers()[0], 12.5f);

    // Without a decimal comma anywhere, a dot is a decimal point.
    const Table u = read_table(test::write_file(dir, "points.csv", "Menge;Art\n1.200;a\n2.500;b\n"));
    QCOMPARE(u.column("Menge").numbers(), (std::vector<double>{1.2, 2.5}));
}

void TestFormattedNumber::laterFileReadsDotsAsTheFittedFileDid()
{
    QTemporaryDir dir;
    const Table fitted = read_table(test::write_file(dir, "menge.csv", "Preis;Menge\n12,50;1.200\n3,99;2.500\n"));
    QVERIFY(fitted.column("Menge").thousands_dots());
    QVERIFY(!fitted.column("Preis").thousands_dots());
    const ReadOptions like = read_options_like(fitted);

    // A prediction file of whole prices: no decimal comma says how its dots group, the fitted file does.
    const std::string whole = test::write_file(dir, "whole.csv", "Preis;Menge\n12;1.200\n4;3.000\n");
    QCOMPARE(read_table(whole, like).column("Menge").numbers(), (std::vector<double>{1200, 3000}));
    QCOMPARE(read_table(whole).column("Menge").numbers(), (std::vector<double>{1.2, 3}));

    // A decimal dot in the column, or a comma-delimited file, means the dots are decimal points after all.
    const std::string decimal = test::write_file(dir, "decimal.csv", "Preis;Menge\n12;1.200\n4;1.5\n");
    QCOMPARE(read_table(decimal, like).column("Menge").numbers(), (std::vector<double>{1.2, 1.5}));
    QVERIFY(!read_table(decimal, like).column("Menge").thousands_dots());
    const std::string comma = test::write_file(dir, "comma.csv", "Preis,Menge\n12,1.200\n4,3.000\n");
    QCOMPARE(read_table(comma, like).column("Menge").numbers(), (std::vector<double>{1.2, 3}));
}

void TestFormattedNumber::quotedDecimalCommasInACommaFile()
{
    QCOMPARE(parse_decimal_comma("6,23"), std::optional<double>(6.23));
    QCOMPARE(parse_decimal_comma("-1.234,5"), std::optional<double>(-1234.5));
    QVERIFY(!parse_decimal_comma("1,234")); // a thousands group in a comma file
    QVERIFY(!parse_decimal_comma("7"));
    QVERIFY(!parse_decimal_comma("1,2,3"));

    QTemporaryDir dir;
    // One cell that only a decimal comma explains settles the column: its "1,234" is 1.234 too.
    const Table t = read_table(test::write_file(dir, "export.csv",
                                                "id,price,size\n1,\"6,23\",\"1,2\"\n2,\"1,234\",\"1,2,3\"\n"
                                                "3,7,\"2,5\"\n4,,\"3\"\n"));
    QCOMPARE(t.column("price").type(), ColumnType::numeric);
    QCOMPARE(t.column("price").numbers()[0], 6.23);
    QCOMPARE(t.column("price").numbers()[1], 1.234);
    QCOMPARE(t.column("price").numbers()[2], 7.0f);
    QVERIFY(t.column("price").is_missing(3));
    QCOMPARE(t.column("size").type(), ColumnType::categorical); // "1,2,3" is no number

    // Without such a cell a quoted "1,234" stays a thousands group.
    const Table u = read_table(test::write_file(dir, "groups.csv", "id,n\n1,\"1,234\"\n2,5\n"));
    QCOMPARE(u.column("n").numbers()[0], 1234.0f);

    QVERIFY(t.column("price").decimal_commas());
    QCOMPARE(table_summary_json("export.csv", t)["columns"][1].value("decimal_commas", false), true);
    QVERIFY(!u.column("n").decimal_commas());

    // Commas that can only group thousands ("1,234,567") keep the column from decimal commas: "2,50" is then a word.
    const Table v = read_table(test::write_file(dir, "mixed.csv", "id,n\n1,\"1,234,567\"\n2,\"2,50\"\n"));
    QCOMPARE(v.column("n").type(), ColumnType::categorical);

    // A file read like a fitted one (predict) reads them as numbers as well, not as stray words.
    const std::string later = test::write_file(dir, "later.csv", "id,price,size\n1,8,a\n2,\"0,5\",b\n");
    ReadOptions like;
    like.lenient_number_columns.insert("price");
    QCOMPARE(read_table(later, like).column("price").numbers()[1], 0.5f);

    // ... also where nothing in it would tell: the fitted file's "1,234" was 1.234, and so is this one's.
    const std::string whole = test::write_file(dir, "whole.csv", "id,price,size\n1,\"1,234\",a\n2,7,b\n");
    QCOMPARE(read_table(whole, read_options_like(t)).column("price").numbers()[0], 1.234);
    QCOMPARE(read_table(whole).column("price").numbers()[0], 1234.0);
}

QTEST_GUILESS_MAIN(TestFormattedNumber)
#include "test_formatted_number.moc"
