// Date columns in the pipeline: the value (days since 1970) plus its month, day of month, weekday and (date-times
// only) hour of day as features, filled like any number when missing; the one-row path, the batch path and a
// saved-and-loaded pipeline agree.
#include "engine/core/error.h"
#include "engine/prep/pipeline.h"
#include "prep_fixtures.h"

#include <QtTest/QtTest>
#include <algorithm>
#include <cstring>

using namespace tern;
using namespace prep_fixtures;

namespace {

// 2024-02-29 (Thursday), 1969-12-31 (Wednesday), missing, 2024-03-04 12:00 (Monday).
Table dates_table()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    return Table({Column::date("day", {19782.0f, -1.0f, nan, 19786.5f}), Column::numeric("units", {1, 2, 3, 4})});
}

// The pipeline fitted on dates_table() with no scaling, so the features read as the calendar values themselves.
prep::Pipeline unscaled(const std::string& imputer, bool indicators)
{
    const Table t = dates_table();
    prep::PipelineConfig config;
    config.imputer = imputer;
    config.missing_indicators = indicators;
    config.scaler = "none";
    return prep::Pipeline::fit(t, all_rows(t), {}, config);
}

// Whether the saved bytes hold `key` (CBOR keeps map keys as plain text).
bool holds(const std::vector<std::uint8_t>& bytes, std::string_view key)
{
    return std::search(bytes.begin(), bytes.end(), key.begin(), key.end()) != bytes.end();
}

// The refusal, as its message, of transforming a later table whose day column holds `days` (not all dates).
QString refusal(const prep::Pipeline& p, const std::vector<std::string>& days)
{
    const Table later({categorical("day", days), Column::numeric("units", {1, 2})});
    try {
        p.transform(later);
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestPrepDates : public QObject {
    Q_OBJECT

  private slots:
    void calendar_parts_are_features()
    {
        const Table t = dates_table();
        const auto p = unscaled("median", true);
        QCOMPARE(p.feature_names(), (std::vector<std::string>{"day", "day@month", "day@day", "day@weekday", "day@hour",
                                                              "day@missing", "units"}));
        const Matrix x = p.transform(t);
        const std::vector<float> leap{19782, 2, 29, 3, 0, 0, 1}, before_1970{-1, 12, 31, 2, 0, 0, 2},
            noon{19786.5f, 3, 4, 0, 12, 0, 4};
        QCOMPARE(std::vector<float>(x.row(0).begin(), x.row(0).end()), leap);
        QCOMPARE(std::vector<float>(x.row(1).begin(), x.row(1).end()), before_1970);
        QCOMPARE(std::vector<float>(x.row(3).begin(), x.row(3).end()), noon);
        // A missing date takes the median day (2024-02-29) and that day's parts, and its indicator.
        QCOMPARE(std::vector<float>(x.row(2).begin(), x.row(2).end()), (std::vector<float>{19782, 2, 29, 3, 0, 1, 3}));
    }

    void a_minute_before_midnight_is_still_that_day()
    {
        const double late = 19782.0 + 86370.0 / 86400.0; // 2024-02-29 23:59:30, a Thursday
        const Table t({Column::date("day", {late, 19790.25}), Column::numeric("units", {1, 2})});
        prep::PipelineConfig config;
        config.scaler = "none";
        const Matrix x = prep::Pipeline::fit(t, all_rows(t), {}, config).transform(t);
        QCOMPARE(x(0, 1), 2.0f);  // month
        QCOMPARE(x(0, 2), 29.0f); // day
        QCOMPARE(x(0, 3), 3.0f);  // weekday
        QVERIFY(x(0, 4) > 23.9f && x(0, 4) < 24.0f);
    }

    void dates_without_times_have_no_hour()
    {
        const Table t({Column::date("day", {19782.0f, 19790.0f, -3.0f}), Column::numeric("units", {1, 2, 3})});
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, {});
        QCOMPARE(p.feature_names(), (std::vector<std::string>{"day", "day@month", "day@day", "day@weekday", "units"}));
    }

    void missing_dates_stay_missing_without_imputation()
    {
        const Matrix x = unscaled("none", false).transform(dates_table());
        for (std::size_t k = 0; k < 5; ++k) // the value, its calendar parts and its hour
            QVERIFY(std::isnan(x(2, k)));
    }

    void a_column_that_is_no_longer_dates_is_refused()
    {
        const auto p = unscaled("median", false);
        const QString why = refusal(p, {"2024-03-01", "soon"});
        QVERIFY2(!why.isEmpty(), "transformed a day column without dates");
        QVERIFY2(why.contains("not every value is a date") && why.contains("data row 2 holds 'soon'"),
                 qPrintable(why));
    }

    void the_saved_pipeline_remembers_how_dates_were_written()
    {
        const Table t(
            {Column::date("day", {19782.0f, 19790.0f}, data::DateOrder::day_first), Column::numeric("units", {1, 2})});
        const auto saved = prep::Pipeline::fit(t, all_rows(t), {}, {}).save();
        // Saved as before two-digit years and month names: an older Tern reads it.
        QVERIFY(holds(saved, "date_order") && !holds(saved, "date_year_digits") && !holds(saved, "date_month_name"));
        const auto q = prep::Pipeline::load(saved);
        QCOMPARE(q.steps().numeric.at(0).date_format, data::DateOrder::day_first);
        const QString why = refusal(q, {"29/02/2024", "soon"});
        QVERIFY2(!why.isEmpty(), "transformed a day column without dates");
        QVERIFY2(why.contains("DD/MM/YYYY"), qPrintable(why));
    }

    void the_saved_pipeline_remembers_short_years_and_month_names()
    {
        const data::DateFormat written{data::DateOrder::day_first, true, true};
        const Table t({Column::date("day", {19782.0f, 19790.0f}, written), Column::numeric("units", {1, 2})});
        const auto saved = prep::Pipeline::fit(t, all_rows(t), {}, {}).save();
        QVERIFY(holds(saved, "date_year_digits") && holds(saved, "date_month_name"));
        const auto q = prep::Pipeline::load(saved);
        QCOMPARE(q.steps().numeric.at(0).date_format, written);
        const QString why = refusal(q, {"29-Feb-24", "soon"});
        QVERIFY2(!why.isEmpty(), "transformed a day column without dates");
        QVERIFY2(why.contains("DD-MMM-YY"), qPrintable(why));
    }

    // How the dates were separated is kept for showing them ("DD.MM.YYYY" on the card and in errors); reading a
    // later file takes any separator.
    void the_saved_pipeline_remembers_how_dates_were_separated()
    {
        const data::DateFormat written{data::DateOrder::day_first, false, false, '.'};
        const Table t({Column::date("day", {19782.0f, 19790.0f}, written), Column::numeric("units", {1, 2})});
        const auto saved = prep::Pipeline::fit(t, all_rows(t), {}, {}).save();
        QVERIFY(holds(saved, "date_separator"));
        const auto q = prep::Pipeline::load(saved);
        QCOMPARE(q.steps().numeric.at(0).date_format.separator, '.');
        const QString why = refusal(q, {"29/02/2024", "soon"});
        QVERIFY2(!why.isEmpty(), "transformed a day column without dates");
        QVERIFY2(why.contains("DD.MM.YYYY"), qPrintable(why));
    }

    void row_batch_and_saved_pipeline_agree()
    {
        const Table t = dates_table();
        prep::PipelineConfig config; // median, standard scaling: the parts are scaled like any feature
        const auto p = prep::Pipeline::fit(t, all_rows(t), {}, config);
        const auto q = prep::Pipeline::load(p.save());
        const Matrix a = p.transform(t), b = q.transform(t);
        QCOMPARE(q.feature_names(), p.feature_names());
        QVERIFY(std::memcmp(a.data(), b.data(), a.rows() * a.cols() * sizeof(float)) == 0);
        std::vector<float> one(p.n_features());
        for (std::size_t r = 0; r < t.rows(); ++r) {
            q.transform_row(t, r, one);
            QVERIFY(std::memcmp(one.data(), a.row(r).data(), one.size() * sizeof(float)) == 0);
        }
        QVERIFY(p.report().dump().find("weekday") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPrepDates)
#include "test_prep_dates.moc"
