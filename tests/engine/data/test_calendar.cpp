// Dates as numbers: dates and date-times, year, month or day first, with four- or two-digit years, in numbers or
// with month names, parse to days since 1970-01-01 and print back; a CSV column of them reads as a numeric date
// column in the one format that reads every value, and one value that is not a date keeps the column categorical.
#include "engine/data/calendar.h"
#include "engine/data/readers.h"
#include "tests/engine/data/data_fixtures.h"

#include <QTest>
#include <cmath>

using namespace tern;
using namespace tern::data;

namespace {

// The format date_pattern names `pattern` ("DD-MMM-YY"): the tests name formats as people read them.
DateFormat format_of(const QString& pattern)
{
    for (DateOrder order : {DateOrder::year_first, DateOrder::month_first, DateOrder::day_first})
        for (bool two_digit_year : {false, true})
            for (bool month_name : {false, true})
                for (char separator : {'\0', '.', '-'})
                    if (QString::fromStdString(date_pattern({order, two_digit_year, month_name, separator})) == pattern)
                        return {order, two_digit_year, month_name, separator};
    qFatal("no date format is written %s", qPrintable(pattern));
}

// The pattern of the format that reads every value, or "none".
std::string detected(std::vector<std::string_view> values, std::optional<DateFormat> preferred = std::nullopt)
{
    const auto format = detect_date_format(values, preferred);
    return format ? std::string(date_pattern(*format)) : "none";
}

} // namespace

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
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("days");
        const QString month = "MM/DD/YYYY", day = "DD/MM/YYYY";
        QTest::newRow("US") << "3/1/2024" << month << 19783.0;
        QTest::newRow("US with zeros") << "03/01/2024" << month << 19783.0;
        QTest::newRow("US afternoon") << "3/1/2024 2:30 PM" << month << 19783.0 + 14.5 / 24;
        QTest::newRow("US midnight") << "3/1/2024 12:00 AM" << month << 19783.0;
        QTest::newRow("US noon") << "3/1/2024 12:00 pm" << month << 19783.5;
        QTest::newRow("German") << "01.03.2024" << "DD.MM.YYYY" << 19783.0;
        QTest::newRow("British") << "1/3/2024 18:00" << day << 19783.75;
        QTest::newRow("dashes") << "01-03-2024" << "DD-MM-YYYY" << 19783.0;
        // Two-digit years: 00-29 are this century, 30-99 the last.
        QTest::newRow("US short year") << "3/1/24" << "MM/DD/YY" << 19783.0;
        QTest::newRow("US short year afternoon") << "03/01/24 2:30 PM" << "MM/DD/YY" << 19783.0 + 14.5 / 24;
        QTest::newRow("German short year") << "01.03.24" << "DD.MM.YY" << 19783.0;
        QTest::newRow("dashes short year") << "01-03-24" << "DD-MM-YY" << 19783.0;
        QTest::newRow("pivot: 29 is 2029") << "1/3/29" << "DD/MM/YY" << 21609.0;
        QTest::newRow("pivot: 30 is 1930") << "1/3/30" << "DD/MM/YY" << -14551.0;
        QTest::newRow("pivot: 99 is 1999") << "1/3/99" << "DD/MM/YY" << 10651.0;
        QTest::newRow("pivot: 00 is 2000") << "1/3/00" << "DD/MM/YY" << 11017.0;
        // Month names, month first.
        QTest::newRow("Mar 1, 2024") << "Mar 1, 2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("March 1 2024") << "March 1 2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("capitals") << "MARCH 01, 2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("abbreviation with a dot") << "mar. 1, 2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("Sept") << "Sept 30, 2024" << "MMM D, YYYY" << 19996.0;
        QTest::newRow("dashes between") << "Mar-01-2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("with a time") << "Mar 1, 2024 2:30 PM" << "MMM D, YYYY" << 19783.0 + 14.5 / 24;
        QTest::newRow("weekday first") << "Fri, Mar 1, 2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("month name, short year") << "Mar 1, 24" << "MMM D, YY" << 19783.0;
        QTest::newRow("a month") << "Mar-2024" << "MMM D, YYYY" << 19783.0;
        QTest::newRow("a month in full") << "March 2024" << "MMM D, YYYY" << 19783.0;
        // Month names, day first.
        QTest::newRow("1 Mar 2024") << "1 Mar 2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("01-Mar-2024") << "01-Mar-2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("1-Mar-24") << "1-Mar-24" << "DD-MMM-YY" << 19783.0;
        QTest::newRow("Oracle's capitals and a time") << "01-MAR-24 18:00" << "DD-MMM-YY" << 19783.75;
        QTest::newRow("weekday in full") << "Friday 1 March 2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("slashes around") << "01/Mar/2024" << "DD-MMM-YYYY" << 19783.0;
        // Month names, year first.
        QTest::newRow("2024-Mar-01") << "2024-Mar-01" << "YYYY-MMM-DD" << 19783.0;
        // German month names.
        QTest::newRow("1. März 2024") << "1. März 2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("MÄRZ in capitals") << "1. MÄRZ 2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("Mär") << "01-Mär-24" << "DD-MMM-YY" << 19783.0;
        QTest::newRow("Mrz") << "1 Mrz 2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("Dez") << "01-Dez-2023" << "DD-MMM-YYYY" << 19692.0;
        QTest::newRow("Okt.") << "3. Okt. 2024" << "DD-MMM-YYYY" << 19999.0;
        QTest::newRow("Mai, a month") << "Mai 2024" << "MMM D, YYYY" << 19844.0;
        QTest::newRow("German weekday") << "Fr., 1. März 2024" << "DD-MMM-YYYY" << 19783.0;
        // Spanish month names.
        QTest::newRow("1 de marzo de 2024") << "1 de marzo de 2024" << "DD-MMM-YYYY" << 19783.0;
        QTest::newRow("ene") << "01-ene-2024" << "DD-MMM-YYYY" << 19723.0;
        QTest::newRow("abr") << "15 abr 2024" << "DD-MMM-YYYY" << 19828.0;
        QTest::newRow("ago, short year") << "1-ago-24" << "DD-MMM-YY" << 19936.0;
        QTest::newRow("dic, a month") << "dic 2024" << "MMM D, YYYY" << 20058.0;
        QTest::newRow("mar is Tuesday and March") << "vie, 1 mar 2024" << "DD-MMM-YYYY" << 19783.0;
    }

    void parses_in_order()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(double, days);
        const auto got = parse_date(text.toStdString(), format_of(format));
        QVERIFY2(got.has_value(), qPrintable(text));
        QVERIFY(std::abs(*got - days) < 1e-9);
        QVERIFY2(!parse_date(text.toStdString()).has_value(), "read as ISO");
        QCOMPARE(detected({text.toStdString()}, format_of(format)), format.toStdString());
    }

    void rejects_in_order()
    {
        QVERIFY(!parse_date("13/1/2024", DateOrder::month_first));
        QVERIFY(!parse_date("1/13/2024", DateOrder::day_first));
        QVERIFY(!parse_date("2024-03-01", DateOrder::day_first));
        QVERIFY(!parse_date("1/3/24", DateOrder::day_first)); // the format says four digits
        QVERIFY(!parse_date("1/3/2024", format_of("DD/MM/YY")));
        QVERIFY(!parse_date("1/3/2024T10:00", DateOrder::day_first));
        QVERIFY(!parse_date("1/3/2024 0:30 AM", DateOrder::month_first));
        QVERIFY(!parse_date("1/3/2024 13:30 PM", DateOrder::month_first));
    }

    void rejects_in_every_format_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"12-05", "3/1", "05.12", "1.5", "Mar 1", "1 Mar", "Mar-24", "March 24", "1. März",
                                "2024", "Mar", "Feb 30, 2024", "30-Feb-24", "Feb 29, 2023", "31 Apr 2024",
                                "Foo 1, 2024", "Mar 1, 2024x", "Mar 1 2024T10:00", "1 Mar 202", "Mar 123, 2024",
                                "1 Mar 20245", "Mar2024", "1Mar2024", "Fri", "Fri, ", "Friday", "Fri, red",
                                "1 de 2024", "Mar 2024 10:00", "12:30", "3 - 5", "A-100", "1.2.10", "0/1/24",
                                "1/0/24", "Mar 0, 2024", "1 Mar 2024 25:00", "€ 5", "Mar, 1 2024x"})
            QTest::newRow(bad) << bad;
    }

    void rejects_in_every_format()
    {
        QFETCH(QString, text);
        for (DateOrder order : {DateOrder::year_first, DateOrder::month_first, DateOrder::day_first})
            for (bool two_digit_year : {false, true})
                for (bool month_name : {false, true})
                    QVERIFY2(!parse_date(text.toStdString(), {order, two_digit_year, month_name}),
                             date_pattern({order, two_digit_year, month_name}).data());
    }

    void rejects_dotted_short_dates_without_two_digit_days()
    {
        QVERIFY(parse_date("01.03.24", format_of("DD/MM/YY")));
        QVERIFY(!parse_date("1.3.24", format_of("DD/MM/YY"))); // a version number as often as a date
        QVERIFY(!parse_date("01.3.24", format_of("DD/MM/YY")));
        QVERIFY(parse_date("1/3/24", format_of("DD/MM/YY")));
    }

    void detects_the_format_that_reads_every_value()
    {
        QCOMPARE(detected({"2024-03-01", "2024/3/2"}), std::string("YYYY-MM-DD"));
        QCOMPARE(detected({"03/01/2024", "03/13/2024"}), std::string("MM/DD/YYYY"));
        QCOMPARE(detected({"01/03/2024", "13/03/2024"}), std::string("DD/MM/YYYY"));
        QCOMPARE(detected({"13/03/2024", "03/13/2024"}), std::string("none")); // one order must read all
        // Both read every value: the separator's custom, unless an order is preferred.
        QCOMPARE(detected({"01/03/2024", "02/03/2024"}), std::string("MM/DD/YYYY"));
        QCOMPARE(detected({"01.03.2024", "02.03.2024"}), std::string("DD.MM.YYYY")); // shown as written
        QCOMPARE(detected({"01/03/2024"}, DateOrder::day_first), std::string("DD/MM/YYYY"));
        QCOMPARE(detected({"13/03/2024"}, DateOrder::month_first), std::string("DD/MM/YYYY"));
        QCOMPARE(detected({}), std::string("none"));
        // Two-digit years: the same rules.
        QCOMPARE(detected({"3/1/24", "3/13/24 9:00 PM"}), std::string("MM/DD/YY"));
        QCOMPARE(detected({"01.03.24", "13.03.24"}), std::string("DD.MM.YY"));
        QCOMPARE(detected({"01/03/24", "02/03/24"}), std::string("MM/DD/YY"));
        QCOMPARE(detected({"01-03-24", "02-03-24"}), std::string("DD-MM-YY"));
        QCOMPARE(detected({"01/03/24", "02/03/24"}, DateFormat{DateOrder::day_first, true}), std::string("DD/MM/YY"));
        QCOMPARE(detected({"01/03/24", "02/03/24"}, DateOrder::day_first), std::string("DD/MM/YY")); // the order carries over
        // Month names say which part is the month.
        QCOMPARE(detected({"Mar 1, 2024", "March 13 2024", "Apr 2024"}), std::string("MMM D, YYYY"));
        QCOMPARE(detected({"1-Mar-24", "13-Apr-24"}), std::string("DD-MMM-YY"));
        QCOMPARE(detected({"01-Mar-24"}, DateOrder::month_first), std::string("DD-MMM-YY"));
        QCOMPARE(detected({"2024-Mar-01", "2024-Apr-13"}), std::string("YYYY-MMM-DD"));
        QCOMPARE(detected({"Fri, Mar 1, 2024", "Sat, Mar 2, 2024"}), std::string("MMM D, YYYY"));
    }

    void mixed_columns_are_no_dates()
    {
        QCOMPARE(detected({"24-03-15", "24-03-16", "A-100"}), std::string("none")); // codes, one not a date
        QCOMPARE(detected({"3/1/24", "3/1/2024"}), std::string("none"));            // two ways to write a year
        QCOMPARE(detected({"Mar 1, 2024", "1 Mar 2024"}), std::string("none"));     // month first and day first
        QCOMPARE(detected({"Mar 1, 2024", "3/1/2024"}), std::string("none"));       // a name and a number
        QCOMPARE(detected({"2024-03-01", "3/1/2024"}), std::string("none"));
        QCOMPARE(detected({"Feb 28, 2024", "Feb 30, 2024"}), std::string("none"));
        QCOMPARE(detected({"12-05", "11-04"}), std::string("none")); // no year
        QCOMPARE(detected({"3/1", "3/2"}), std::string("none"));
        QCOMPARE(detected({"1.5", "2.5", "10.25"}), std::string("none"));
        QCOMPARE(detected({"Mar 1", "Mar 2"}), std::string("none"));
        QCOMPARE(detected({"May", "June"}), std::string("none"));
    }

    void patterns_name_every_format()
    {
        QCOMPARE(std::string(date_pattern({})), std::string("YYYY-MM-DD"));
        QCOMPARE(std::string(date_pattern({DateOrder::month_first, true})), std::string("MM/DD/YY"));
        QCOMPARE(std::string(date_pattern({DateOrder::month_first, false, true})), std::string("MMM D, YYYY"));
        QCOMPARE(std::string(date_pattern({DateOrder::day_first, true, true})), std::string("DD-MMM-YY"));
        QCOMPARE(std::string(date_pattern({DateOrder::year_first, false, true})), std::string("YYYY-MMM-DD"));
    }

    void prints_back()
    {
        QCOMPARE(format_date(19783.0), std::string("2024-03-01"));
        QCOMPARE(format_date(-1.0), std::string("1969-12-31"));
        QCOMPARE(format_date(19783.75), std::string("2024-03-01 18:00"));
        QCOMPARE(format_date(19783.9999999), std::string("2024-03-02")); // rounds to the second, over midnight
        QCOMPARE(format_date(19783.0 + 86385.0 / 86400.0), std::string("2024-03-01 23:59:45"));
    }

    void floats_stay_within_their_day()
    {
        const double last_minute = 19783.0 + 86370.0 / 86400.0; // 2024-03-01 23:59:30: float(x) is 2024-03-02
        QCOMPARE(std::floor(float(last_minute)), 19784.0f);
        const float kept = days_as_float(last_minute);
        QCOMPARE(std::floor(kept), 19783.0f);
        QCOMPARE(calendar_parts(kept).day, 1.0f);
        QVERIFY(hour_of_day(kept) > 23.9f);
        QCOMPARE(days_as_float(19783.75), 19783.75f);  // exact values stay as they are
        QCOMPARE(days_as_float(-0.5), -0.5f);
        QCOMPARE(std::floor(days_as_float(-1.0 / 86400.0)), -1.0f);  // 1969-12-31 23:59:59
        QVERIFY(std::isnan(days_as_float(std::nan(""))));
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
        QCOMPARE(day.date_format(), DateOrder::month_first);
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
        QCOMPARE(first.column("day").date_format(), DateOrder::day_first);
        const std::string later = test::write_file(dir, "later.csv", "day,sold\n1/3/2024,3\n2/3/2024,4\n");
        QCOMPARE(read_table(later).column("day").date_format(), DateOrder::month_first);
        const Table like = read_table(later, read_options_like(first));
        QCOMPARE(like.column("day").date_format(), DateOrder::day_first);
        QCOMPARE(like.column("day").display(1), std::string("2024-03-02"));
    }

    void csv_columns_of_month_names_and_short_years()
    {
        QTemporaryDir dir;
        const QByteArray csv = "ordered,shipped,day,code,sold\n"
                               "\"Mar 1, 2024\",1-Mar-24,13.03.24,24-03-15,3\n"
                               "\"Fri, Mar 15, 2024 2:30 PM\",15-MAR-24,01.04.24,24-03-16,4\n"
                               ",,,A-100,5\n"
                               "April 2024,2-Apr-99,02.04.24,24-03-17,6\n";
        const Table t = read_table(test::write_file(dir, "retail.csv", csv));
        const auto pattern = [&](const char* name) { return std::string(date_pattern(t.column(name).date_format())); };
        QVERIFY(t.column("ordered").is_date());
        QCOMPARE(pattern("ordered"), std::string("MMM D, YYYY"));
        QCOMPARE(t.column("ordered").display(1), std::string("2024-03-15 14:30"));
        QCOMPARE(t.column("ordered").display(3), std::string("2024-04-01"));
        QVERIFY(t.column("ordered").is_missing(2));
        QVERIFY(t.column("shipped").is_date());
        QCOMPARE(pattern("shipped"), std::string("DD-MMM-YY"));
        QCOMPARE(t.column("shipped").display(3), std::string("1999-04-02"));
        QVERIFY(t.column("day").is_date());
        QCOMPARE(pattern("day"), std::string("DD.MM.YY")); // as written
        QCOMPARE(t.column("day").display(0), std::string("2024-03-13"));
        // Codes that read as dates but one: categorical, all of them.
        QCOMPARE(t.column("code").type(), ColumnType::categorical);
        QCOMPARE(t.column("code").levels().size(), std::size_t(4));
    }

    void a_later_file_is_read_as_the_first_was_written()
    {
        QTemporaryDir dir;
        // Day first with two-digit years; a later file of three early days reads both ways.
        const Table first = read_table(test::write_file(dir, "train.csv", "day,sold\n01/03/24,3\n14/03/24,4\n"));
        QCOMPARE(std::string(date_pattern(first.column("day").date_format())), std::string("DD/MM/YY"));
        const std::string later = test::write_file(dir, "later.csv", "day,sold\n01/03/24,3\n02/03/24,4\n");
        QCOMPARE(std::string(date_pattern(read_table(later).column("day").date_format())), std::string("MM/DD/YY"));
        const Table like = read_table(later, read_options_like(first));
        QCOMPARE(std::string(date_pattern(like.column("day").date_format())), std::string("DD/MM/YY"));
        QCOMPARE(like.column("day").display(1), std::string("2024-03-02"));
        // Month names need no help, and a later file may write its years in full: the order still decides.
        const std::string full = test::write_file(dir, "full.csv", "day,sold\n01/03/2024,3\n02/03/2024,4\n");
        QCOMPARE(read_table(full, read_options_like(first)).column("day").display(1), std::string("2024-03-02"));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
