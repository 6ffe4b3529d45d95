// Column summaries (the numbers `tern-cli inspect` and the GUI's Data page show) and their JSON.
#include "engine/data/readers.h"
#include "engine/data/summary.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace tern::data;

class TestSummary : public QObject {
    Q_OBJECT

  private slots:
    void numericColumn();
    void categoricalColumn();
    void textColumn();
    void allMissing();
    void tableJson();
};

namespace {
const float nan_f = std::numeric_limits<float>::quiet_NaN();
}

void TestSummary::numericColumn()
{
    ColumnSummary s = summarize_column(Column::numeric("x", {1, 2, nan_f, 3, 2, -0.0f, 0.0f}));
    QCOMPARE(s.type, ColumnType::numeric);
    QCOMPARE(s.rows, std::size_t(7));
    QCOMPARE(s.missing, std::size_t(1));
    QVERIFY(std::abs(s.missing_pct - 100.0 / 7) < 1e-9);
    QCOMPARE(s.unique, std::size_t(4)); // 0, 1, 2, 3
    QCOMPARE(*s.min, 0.0);
    QCOMPARE(*s.max, 3.0);
    QVERIFY(std::abs(*s.mean - 8.0 / 6) < 1e-9);
    QVERIFY(*s.std > 0);
    QVERIFY(s.top_levels.empty());
}

void TestSummary::categoricalColumn()
{
    ColumnSummary s = summarize_column(Column::categorical("c", {0, 1, 1, -1, 2, 1}, {"a", "b", "c", "unused"}), 2);
    QCOMPARE(s.type, ColumnType::categorical);
    QCOMPARE(s.missing, std::size_t(1));
    QCOMPARE(s.unique, std::size_t(3));
    QCOMPARE(s.top_levels.size(), std::size_t(2));
    QCOMPARE(s.top_levels[0].level, std::string("b"));
    QCOMPARE(s.top_levels[0].count, std::size_t(3));
    QVERIFY(!s.min);
}

void TestSummary::textColumn()
{
    ColumnSummary s = summarize_column(Column::text("t", {"x y", "", "x y", "z"}, {0, 1, 0, 0}));
    QCOMPARE(s.type, ColumnType::text);
    QCOMPARE(s.missing, std::size_t(1));
    QCOMPARE(s.unique, std::size_t(2));
    QCOMPARE(s.top_levels[0].level, std::string("x y"));
    QCOMPARE(s.top_levels[0].count, std::size_t(2));
}

void TestSummary::allMissing()
{
    ColumnSummary s = summarize_column(Column::numeric("x", {nan_f, nan_f}));
    QCOMPARE(s.missing, std::size_t(2));
    QCOMPARE(s.missing_pct, 100.0);
    QCOMPARE(s.unique, std::size_t(0));
    QVERIFY(!s.min);
    QCOMPARE(summarize_column(Column::numeric("e", {})).missing_pct, 0.0);
}

void TestSummary::tableJson()
{
    std::vector<Column> columns;
    columns.push_back(Column::numeric("x", {1, nan_f}));
    columns.push_back(Column::categorical("y", {0, 0}, {"k"}));
    Table t(std::move(columns));
    t.set_target("y");
    nlohmann::json j = table_summary_json("f.csv", t);
    QCOMPARE(j["kind"].get<std::string>(), std::string("table"));
    QCOMPARE(j["rows"].get<int>(), 2);
    QCOMPARE(j["duplicate_rows"].get<int>(), 0); // (1, k) and (missing, k) differ
    QCOMPARE(j["columns"].size(), std::size_t(2));
    QCOMPARE(j["columns"][0]["type"].get<std::string>(), std::string("numeric"));
    QCOMPARE(j["columns"][0]["missing"].get<int>(), 1);
    QCOMPARE(j["columns"][1]["unique"].get<int>(), 1);
    QCOMPARE(j["columns"][1]["role"].get<std::string>(), std::string("target"));
    QCOMPARE(j["columns"][1]["top_levels"][0]["level"].get<std::string>(), std::string("k"));
}

QTEST_GUILESS_MAIN(TestSummary)
#include "test_summary.moc"
