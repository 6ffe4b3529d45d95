// Target handling: the task inferred from the column, class names from levels or distinct values, rows with a
// missing target left out and counted, one class refused, test labels mapped to the training classes.
#include "engine/core/error.h"
#include "engine/search/target.h"

#include <QtTest>

#include <cmath>

using namespace tern;
using namespace tern::search;
using data::Column;
using data::Table;

namespace {

const float missing_value = std::nanf("");

Table table_with(Column target)
{
    std::vector<double> x(target.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<float>(i);
    std::vector<Column> cols;
    cols.push_back(Column::numeric("x", x));
    cols.push_back(std::move(target));
    return Table(std::move(cols));
}

// Ten classes of two rows and one of three.
Column pairs_and_a_triple()
{
    std::vector<std::int32_t> codes{10};
    std::vector<std::string> levels;
    for (int c = 0; c <= 10; ++c) {
        levels.push_back(std::string("c").append(std::to_string(c)));
        codes.insert(codes.end(), {c, c});
    }
    return Column::categorical("y", codes, levels);
}

}  // namespace

class TestTarget : public QObject {
    Q_OBJECT
private slots:
    void infersTheTask_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("classes");
        QTest::newRow("categorical, two levels") << 0 << "binary" << 2;
        QTest::newRow("categorical, three levels") << 1 << "multiclass" << 3;
        QTest::newRow("numeric 0/1") << 2 << "binary" << 2;
        QTest::newRow("numeric, many values") << 3 << "regression" << 0;
        QTest::newRow("numeric, few whole values") << 4 << "multiclass" << 4;
    }

    void infersTheTask()
    {
        QFETCH(int, kind);
        QFETCH(QString, task);
        QFETCH(int, classes);
        std::vector<double> v(40);
        std::vector<std::int32_t> codes(40);
        for (std::size_t i = 0; i < 40; ++i) {
            codes[i] = static_cast<std::int32_t>(i % (kind == 0 ? 2 : 3));
            v[i] = kind == 2 ? static_cast<float>(i % 2) : kind == 3 ? 0.37f * static_cast<float>(i) : static_cast<float>(i % 4);
        }
        Column c = kind <= 1 ? Column::categorical("y", codes, {"a", "b", "c"}) : Column::numeric("y", v);
        const auto t = prepare_target(table_with(std::move(c)), "y", "auto");
        QCOMPARE(QString::fromUtf8(std::string(to_string(t.task)).c_str()), task);
        QCOMPARE(t.n_classes(), classes);
        QCOMPARE(t.rows.size(), std::size_t{40});
    }

    void classNamesComeFromLevelsInOrder()
    {
        // Level "unused" never occurs: it is not a class.
        Column c = Column::categorical("y", {2, 0, 2, 0, -1, 2}, {"no", "unused", "yes"});
        const auto t = prepare_target(table_with(std::move(c)), "y", "auto");
        QCOMPARE(t.class_names, (std::vector<std::string>{"no", "yes"}));
        QCOMPARE(t.y, (std::vector<float>{1, 0, 1, 0, 1}));
        QCOMPARE(t.missing, std::size_t{1});
        QCOMPARE(t.rows, (std::vector<std::size_t>{0, 1, 2, 3, 5}));
    }

    void numericClassesUseTheirValues()
    {
        const auto t = prepare_target(table_with(Column::numeric("y", {3, 1, 3, missing_value, 1, 2})), "y", "multiclass");
        QCOMPARE(t.class_names, (std::vector<std::string>{"1", "2", "3"}));
        QCOMPARE(t.y, (std::vector<float>{2, 0, 2, 0, 1}));
        QCOMPARE(t.missing, std::size_t{1});
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("message");
        QTest::newRow("one class") << 0 << "auto" << "target 'y' has only one class";
        QTest::newRow("binary of three") << 1 << "binary" << "needs exactly two";
        QTest::newRow("regression of text") << 1 << "regression" << "cannot be regressed";
        QTest::newRow("unknown column") << 2 << "auto" << "nope";
        // Every candidate used to score a perfect R^2 of 1 on a target that never changes.
        QTest::newRow("constant regression") << 3 << "regression" << "target 'y' has the same value (2.5) in every row";
        // Every candidate scored 0 and one was "chosen" from a target with a class per row.
        // Distinct as written, one float: "the same value in every row" was false.
        QTest::newRow("below float precision") << 5 << "regression"
                                               << "target 'y' varies only below float precision (5 to 5.000000003)";
        QTest::newRow("a class per row") << 4 << "auto" << "target 'y' has a different class in each of its 3 rows";
        // Thousands of two-row classes ran past the budget and out of memory, every candidate scoring 0.
        QTest::newRow("two-row classes") << 6 << "auto"
                                         << "target 'y' has 11 classes in 23 rows, and 20 of the rows are in classes "
                                            "of one or two rows";
    }

    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, task);
        QFETCH(QString, message);
        Column c = kind == 0   ? Column::categorical("y", {0, 0, -1, 0}, {"only"})
                   : kind == 3 ? Column::numeric("y", {2.5f, missing_value, 2.5f, 2.5f})
                   : kind == 4 ? Column::categorical("y", {0, -1, 1, 2}, {"a", "b", "c"})
                   : kind == 5 ? Column::numeric("y", {5.000000001, 5.0, 5.000000003})
                   : kind == 6 ? pairs_and_a_triple()
                               : Column::categorical("y", {0, 1, 2, 0}, {"a", "b", "c"});
        const Table t = table_with(std::move(c));
        try {
            prepare_target(t, kind == 2 ? "nope" : "y", task.toStdString());
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    // Rare classes beside well-filled ones are a long tail, not a key: kept while they hold at most half the rows.
    void rareClassesBesideCommonOnesStay()
    {
        std::vector<std::int32_t> codes(12, 0);
        std::vector<std::string> levels{"common"};
        for (int c = 1; c <= 10; ++c) {
            levels.push_back(std::string("rare").append(std::to_string(c)));
            codes.push_back(c);
        }
        const Table t = table_with(Column::categorical("y", codes, levels));
        QCOMPARE(prepare_target(t, "y", "auto").n_classes(), 11);
    }

    void testLabelsMapToTrainingClasses()
    {
        const auto train = prepare_target(table_with(Column::categorical("y", {0, 1, 0}, {"no", "yes"})), "y", "auto");
        // The test file has its own level order and a class never seen in training.
        const auto test = encode_target_like(
            table_with(Column::categorical("y", {0, 1, 2, -1}, {"yes", "no", "maybe"})), "y", train);
        QCOMPARE(test.y, (std::vector<float>{1, 0}));
        QCOMPARE(test.unknown, std::size_t{1});
        QCOMPARE(test.unknown_classes, (std::vector<std::string>{"maybe"}));
        QCOMPARE(test.missing, std::size_t{1});
    }

    // A form preselects the column named as a target; else the last column a model could learn, passing over an
    // ID, a constant, free text and a date at the end of the table.
    void suggestsTheTarget()
    {
        const std::size_t n = 40;
        std::vector<double> value(n), id(n), constant(n, 1.0);
        std::vector<std::int32_t> colour(n);
        std::vector<std::string> note(n);
        std::vector<double> day(n);
        for (std::size_t i = 0; i < n; ++i) {
            value[i] = static_cast<float>(i % 7);
            id[i] = static_cast<float>(1000 + i);
            colour[i] = static_cast<std::int32_t>(i % 3);
            note[i] = "note " + std::to_string(i);
            day[i] = 19000.0 + static_cast<double>(i);
        }
        const auto columns = [&](bool named) {
            std::vector<Column> cols;
            cols.push_back(Column::numeric(named ? "Class" : "value", value));
            cols.push_back(Column::categorical("colour", colour, {"red", "green", "blue"}));
            cols.push_back(Column::numeric("id", id));
            cols.push_back(Column::numeric("constant", constant));
            cols.push_back(Column::text("note", note, std::vector<std::uint8_t>(n, 0)));
            cols.push_back(Column::date("sold_on", day));
            return Table(std::move(cols));
        };
        QCOMPARE(suggested_target(columns(true)), std::optional<std::size_t>(0));
        QCOMPARE(suggested_target(columns(false)), std::optional<std::size_t>(1));
        std::vector<Column> only_id;
        only_id.push_back(Column::numeric("id", id));
        QCOMPARE(suggested_target(Table(std::move(only_id))), std::optional<std::size_t>());
    }
};

QTEST_GUILESS_MAIN(TestTarget)
#include "test_target.moc"
