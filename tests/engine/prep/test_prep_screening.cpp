// Column screening: constant, ID-like and high-cardinality text columns are set aside with a stated reason; the
// target and ignored columns are never features; decisions use the training rows only.
#include "engine/data/summary.h"
#include "engine/prep/pipeline.h"
#include "engine/prep/screening.h"
#include "prep_fixtures.h"

#include <QtTest/QtTest>

using namespace tern;
using namespace prep_fixtures;

namespace {

std::string reason_for(const prep::Pipeline& p, const std::string& column)
{
    for (const auto& s : p.steps().set_aside)
        if (s.column == column)
            return s.reason.text();
    return "kept";
}

} // namespace

class TestPrepScreening : public QObject {
    Q_OBJECT

  private slots:
    void reasons_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("constant number") << "one_value"
                                         << "constant: one value";
        QTest::newRow("all missing") << "empty"
                                     << "constant: every training value is missing";
        QTest::newRow("constant level") << "one_level"
                                        << "constant: one value";
        QTest::newRow("row id") << "row_id"
                                << "id-like";
        QTest::newRow("shuffled integer key") << "key"
                                              << "id-like";
        QTest::newRow("ten-digit order number") << "order_no"
                                                << "id-like";
        QTest::newRow("numbered in steps of seven") << "ticket"
                                                    << "id-like";
        QTest::newRow("distinct eight-digit amounts are a feature") << "amount"
                                                                    << "kept";
        QTest::newRow("barcodes in no order") << "barcode"
                                              << "id-like";
        QTest::newRow("epoch seconds in time order are a feature") << "stamp"
                                                                   << "kept";
        QTest::newRow("string key") << "code"
                                    << "id-like";
        QTest::newRow("free text") << "comment"
                                   << "high-cardinality text";
        QTest::newRow("target") << "label"
                                << "target";
        QTest::newRow("ignored") << "note"
                                 << "ignored";
        QTest::newRow("distinct floats are a feature") << "measure"
                                                       << "kept";
        QTest::newRow("sparse distinct integers are a feature") << "grams"
                                                                << "kept";
        QTest::newRow("one value plus missing is a feature") << "flag"
                                                             << "kept";
        QTest::newRow("short text is a feature") << "colour"
                                                 << "kept";
        QTest::newRow("one date per row is a feature") << "day"
                                                       << "kept";
    }

    void reasons()
    {
        QFETCH(QString, column);
        QFETCH(QString, reason);
        const std::size_t n = 40;
        std::vector<double> one_value(n, 3.0), empty(n, missing), row_id, order_no, barcode, stamp, ticket, amount, key,
            measure, grams, flag, label, day;
        std::vector<std::string> one_level(n, "same"), code, comment, colour, note;
        std::vector<std::uint8_t> no_missing(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            row_id.push_back(float(1000 + i));
            order_no.push_back(4000000001.0 + 7.0 * double(i)); // in file order; distinct only to ten digits
            ticket.push_back(100000.0 + 7.0 * double(i));
            amount.push_back(12500000.0 + 1000.0 * double((i * 17) % n) + double(i % 3)); // rupiah, say
            barcode.push_back(4006381333931.0 + 1000003.0 * double((i * 17) % n));
            stamp.push_back(1709251200.0 + 3600.0 * double(i) + double((i * i) % 97)); // hourly, 2024-03-01 on
            day.push_back(float(19783 + i));    // 2024-03-01 onwards, one row per day
            key.push_back(float((i * 17) % n)); // a permutation of 0..39
            measure.push_back(float(i) * 0.37f);
            grams.push_back(float(2000 + 97 * ((i * 13) % n)));
            flag.push_back(i % 3 ? 1.0f : missing);
            label.push_back(float(i % 2));
            code.push_back("K-" + std::to_string(i * 7));
            comment.push_back("remark number " + std::to_string(i) + (i % 2 ? " is long" : " is short"));
            colour.push_back(i % 3 ? "red" : "blue");
            note.push_back("x");
        }
        Table t({Column::numeric("one_value", one_value), Column::numeric("empty", empty),
                 categorical("one_level", one_level), Column::numeric("row_id", row_id),
                 Column::numeric("order_no", order_no), Column::numeric("barcode", barcode),
                 Column::numeric("stamp", stamp), Column::numeric("ticket", ticket), Column::numeric("amount", amount),
                 Column::numeric("key", key), categorical("code", code), Column::text("comment", comment, no_missing),
                 Column::numeric("measure", measure), Column::numeric("grams", grams), Column::numeric("flag", flag),
                 Column::text("colour", colour, no_missing), Column::text("note", note, no_missing),
                 Column::date("day", std::vector<double>(day.begin(), day.end())), Column::numeric("label", label)});
        t.set_target("label");
        t.column(*t.find("note")).set_role(data::ColumnRole::ignored);
        prep::PipelineConfig config;
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        const std::string got = reason_for(p, column.toStdString());
        QVERIFY2(QString::fromStdString(got).startsWith(reason), got.c_str());
        // A fold's training rows (every fifth row held out) screen the column alike.
        std::vector<std::size_t> fold_rows;
        for (std::size_t r = 0; r < n; ++r)
            if (r % 5 != 2)
                fold_rows.push_back(r);
        const std::string in_fold = reason_for(prep::Pipeline::fit(t, fold_rows, {}, config), column.toStdString());
        QVERIFY2(QString::fromStdString(in_fold).startsWith(reason), in_fold.c_str());
        // Screened at a file's opening from its summaries (the Data page), only where they allow a rule: alike.
        std::string at_opening = "kept";
        for (const auto& s : prep::set_aside_on_all_rows(t, data::summarize_table(t)))
            if (s.column == column.toStdString())
                at_opening = s.reason.text();
        if (reason != "target" && reason != "ignored")
            QVERIFY2(QString::fromStdString(at_opening).startsWith(reason), at_opening.c_str());
        // Set-aside columns contribute no feature; the report lists them.
        bool in_features = false;
        for (const auto& name : p.feature_names())
            in_features = in_features || name.rfind(column.toStdString(), 0) == 0;
        QCOMPARE(in_features, reason == "kept");
        QVERIFY(p.report().dump().find(got == "kept" ? column.toStdString() : got) != std::string::npos);
    }

    void small_tables_have_no_id_columns()
    {
        // Ten distinct integers are too few rows to call a column an identifier.
        std::vector<double> v;
        for (int i = 0; i < 10; ++i)
            v.push_back(float(i));
        const Table t({Column::numeric("v", v)});
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, {});
        QCOMPARE(p.n_features(), std::size_t(1));
    }

    void decided_on_training_rows()
    {
        // Constant within the training rows, varied in the others: set aside.
        std::vector<double> v(30, 1.0);
        for (std::size_t i = 20; i < 30; ++i)
            v[i] = float(i);
        const Table t({Column::numeric("v", v), Column::numeric("w", std::vector<double>(30, 2.0))});
        std::vector<std::size_t> rows(20);
        std::iota(rows.begin(), rows.end(), 0);
        const auto p = prep::Pipeline::fit(t, rows, {}, {});
        QCOMPARE(p.n_features(), std::size_t(0));
        QCOMPARE(p.steps().set_aside.size(), std::size_t(2));
        QCOMPARE(p.transform(t).cols(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestPrepScreening)
#include "test_prep_screening.moc"
