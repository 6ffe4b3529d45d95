// Dates as numbers: dates and date-times, year, month or day first, parse to days since 1970-01-01 and print back;
// a CSV column of them reads as a numeric date column in the one order that reads every value, and one value that
// is not a date keeps the column categorical.
#include "engine/data/calendar.h"
#include "engine/data/readers.h"
#include "tests/engine/data/data_fixtures.h"

#include <QTest>
#include <cmath>

using namespace tern;
using namespace tern::data;

class TestCalendar : public QObject {
    Q_OBJECT

  private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("days");
        QTest::newRow("epoch") << "1970-01-01" << 0.0;
        QTest::newRow("day before the epoch") << "1969-12-31" << -1.0;
        QTest::newRow("leap day") << "2024-02-29" << 19782.0;
        QTest::newRow("slashes") << "2024/03/01" << 19783.0;
        QTest::newRow("time with a space") << "2024-03-01 12:00" << 19783.5;
        QTest::newRow("ISO date-time in UTC") << "2024-03-01T18:00:00Z" << 19783.75;
        QTest::newRow("fractional seconds") << "1970-01-01T00:00:00.5" << 0.5 / 86400.0;
        QTest::newRow("year 2000 is a leap year") << "2000-02-29" << 11016.0;
        QTest::newRow("one-digit month and day") << "2024-3-1" << 19783.0;
        QTest::newRow("one-digit hour") << "2024-03-01 6:00" << 19783.25;
        QTest::newRow("a month") << "2024-03" << 19783.0;
        QTest::newRow("local time with its offset") << "2024-03-01T18:00:00+01:00" << 19783.75;
        QTest::newRow("offset without a colon") << "2024-03-01T06:00:00.5-0500" << 19783.25 + 0.5 / 86400;
        QTest::newRow("a month with a slash") << "2024/3" << 19783.0;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(double, days);
        const auto got = parse_date(text.toStdString());
        QVERIFY2(got.has_value(), qPrintable(text));
        QVERIFY(std::abs(*got - days) < 1e-9);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "2024-03/01", "01/03/2024", "2024-03-01 25:00", "2024-03-01T12", "2024-03-01x",
                                "20240301", "", "nan", "12.5", "2024-03-01 13:00 PM",
                                "24-03-01", "02024-03-01", "2024-03-001", "1234-05",
                                "2024-13", "2024-03 10:00", "2024.03", "2024-",
                                "2024-03-01T10:00+1", "2024-03-01T10:00+01:00Z"})
            QTest::newRow(bad) << bad;
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parse_date(text.toStdString()).has_value());
    }

    void parses_in_order_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<double>("days");
        const int month = int(DateOrder::month_first), day = int(DateOrder::day_first);
        QTest::newRow("US") << "3/1/2024" << month << 19783.0;
        QTest::newRow("US with zeros") << "03/01/2024" << month << 19783.0;
        QTest::newRow("US afternoon") << "3/1/2024 2:30 PM" << month << 19783.0 + 14.5 / 24;
        QTest::newRow("US midnight") << "3/1/2024 12:00 AM" << month << 19783.0;
        QTest::newRow("US noon") << "3/1/2024 12:00 pm" << month << 19783.5;
        QTest::newRow("German") << "01.03.2024" << day << 19783.0;
        QTest::newRow("British") << "1/3/2024 18:00" << day << 19783.75;
        QTest::newRow("dashes") << "01-03-2024" << day << 19783.0;
    }

    void parses_in_order()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(double, days);
        const auto got = parse_date(text.toStdString(), DateOrder(order));
        QVERIFY2(got.has_value(), qPrintable(text));
        QVERIFY(std::abs(*got - days) < 1e-9);
        QVERIFY2(!parse_date(text.toStdString()).has_value(), "read as year first");
    }

    void rejects_in_order()
    {
        QVERIFY(!parse_date("13/1/2024", DateOrder::month_first));
        QVERIFY(!parse_date("1/13/2024", DateOrder::day_first));
        QVERIFY(!parse_date("2024-03-01", DateOrder::day_first));
        QVERIFY(!parse_date("1/3/24", DateOrder::day_first)); // a two-digit year names no century
        QVERIFY(!parse_date("1/3/2024T10:00", DateOrder::day_first));
        QVERIFY(!parse_date("1/3/2024 0:30 AM", DateOrder::month_first));
        QVERIFY(!parse_date("1/3/2024 13:30 PM", DateOrder::month_first));
    }

    void detects_the_order_that_reads_every_value()
    {
        using V = std::vector<std::string_view>;
        QCOMPARE(detect_date_order(V{"2024-03-01", "2024/3/2"}), DateOrder::year_first);
        QCOMPARE(detect_date_order(V{"03/01/2024", "03/13/2024"}), DateOrder::month_first);
        QCOMPARE(detect_date_order(V{"01/03/2024", "13/03/2024"}), DateOrder::day_first);
        QCOMPARE(detect_date_order(V{"13/03/2024", "03/13/2024"}), std::nullopt); // one order must read all
        // Both read every value: the separator's custom, unless an order is preferred.
        QCOMPARE(detect_date_order(V{"01/03/2024", "02/03/2024"}), DateOrder::month_first);
        QCOMPARE(detect_date_order(V{"01.03.2024", "02.03.2024"}), DateOrder::day_first);
        QCOMPARE(detect_date_order(V{"01/03/2024"}, DateOrder::day_first), DateOrder::day_first);
        QCOMPARE(detect_date_order(V{"13/03/2024"}, DateOrder::month_first), DateOrder::day_first);
        QCOMPARE(detect_date_order(V{}), std::nullopt);
    }

    void prints_back()
    {
        QCOMPARE(format_date(19783.0), std::string("2024-03-01"));
        QCOMPARE(format_date(-1.0), std::string("1969-12-31"));
        QCOMPARE(format_date(19783.75), std::string("2024-03-01 18:00"));
        QCOMPARE(format_date(19783.9999999), std::string("2024-03-02")); // rounds to the minute, over midnight
    }

    void csv_column_of_dates_is_numeric()
    {
        QTemporaryDir dir;
        const QByteArray csv = "day,sold,label\n2024-03-01,3,a\n2024-03-02 06:00,4,b\n,5,c\n2024/03/04,6,2024-03-01\n";
        const Table t = read_table(test::write_file(dir, "sales.csv", csv));
        const Column& day = t.column("day");
        QCOMPARE(day.type(), ColumnType::numeric);
        QVERIFY(day.is_date());
        QCOMPARE(day.numbers()[0], 19783.0f);
        QCOMPARE(day.numbers()[1], 19784.25f);
        QVERIFY(day.is_missing(2));
        QCOMPARE(day.display(1), std::string("2024-03-02 06:00"));
        QCOMPARE(day.display(3), std::string("2024-03-04"));
        QVERIFY(!t.column("sold").is_date());
        // One value that is not a date: the column stays what it was.
        QCOMPARE(t.column("label").type(), ColumnType::categorical);
    }

    void csv_column_of_us_dates()
    {
        QTemporaryDir dir;
        const QByteArray csv = "day,sold\n12/30/2023,3\n1/2/2024,4\n1/13/2024 9:00 PM,5\n6/2/2024 6:49 AM,6\n";
        const Table t = read_table(test::write_file(dir, "us.csv", csv));
        const Column& day = t.column("day");
        QVERIFY(day.is_date());
        QCOMPARE(day.date_order(), DateOrder::month_first);
        QCOMPARE(day.display(1), std::string("2024-01-02"));
        QCOMPARE(day.display(2), std::string("2024-01-13 21:00"));
        // Shown to the minute as written, though the float the models see is only good to about three minutes.
        QCOMPARE(day.display(3), std::string("2024-06-02 06:49"));
    }

    void a_later_file_is_read_in_the_order_of_the_first()
    {
        QTemporaryDir dir;
        // Two weeks of European dates read day first; a later file of three early days reads both ways.
        const Table first = read_table(test::write_file(dir, "train.csv", "day,sold\n1/3/2024,3\n14/3/2024,4\n"));
        QCOMPARE(first.column("day").date_order(), DateOrder::day_first);
        const std::string later = test::write_file(dir, "later.csv", "day,sold\n1/3/2024,3\n2/3/2024,4\n");
        QCOMPARE(read_table(later).column("day").date_order(), DateOrder::month_first);
        const Table like = read_table(later, read_options_like(first));
        QCOMPARE(like.column("day").date_order(), DateOrder::day_first);
        QCOMPARE(like.column("day").display(1), std::string("2024-03-02"));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
