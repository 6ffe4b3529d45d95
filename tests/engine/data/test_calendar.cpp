// Dates as numbers: ISO dates and date-times parse to days since 1970-01-01 and print back; a CSV column of them
// reads as a numeric date column, and one value that is not a date keeps the column categorical.
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
        for (const char* bad : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "2024-3-1",
                                "2024-03/01", "01/03/2024", "2024-03-01 25:00", "2024-03-01T12", "2024-03-01x",
                                "20240301", "", "nan", "12.5"})
            QTest::newRow(bad) << bad;
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parse_date(text.toStdString()).has_value());
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
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
