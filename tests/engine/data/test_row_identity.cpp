// Rows by content (row_identity.h): duplicates within a table, and rows a later file shares with an earlier one,
// compared by value (a category by its text, whatever its code in each file), missing cells alike.
#include "engine/data/row_identity.h"

#include <QTest>
#include <limits>

using namespace tern::data;

namespace {

const float nan_f = std::numeric_limits<float>::quiet_NaN();

Column categorical(const std::string& name, const std::vector<std::string>& values)
{
    std::vector<std::string> levels;
    std::vector<std::int32_t> codes;
    for (const auto& v : values) {
        if (v.empty()) {
            codes.push_back(Column::missing_code);
            continue;
        }
        auto it = std::find(levels.begin(), levels.end(), v);
        if (it == levels.end())
            it = levels.insert(levels.end(), v);
        codes.push_back(std::int32_t(it - levels.begin()));
    }
    return Column::categorical(name, codes, levels);
}

}  // namespace

class TestRowIdentity : public QObject {
    Q_OBJECT

  private slots:
    void duplicatesAreRowsEqualInEveryColumn()
    {
        const Table t({Column::numeric("price", {1.5f, 1.5f, 1.5f, nan_f, nan_f, -0.0f, 0.0f}),
                       categorical("colour", {"red", "red", "blue", "", "", "red", "red"}),
                       Column::text("note", {"a", "a", "a", "", "", "b", "b"}, {0, 0, 0, 1, 1, 0, 0})});
        // rows 1 (= 0), 4 (= 3: missing alike) and 6 (= 5: -0 is 0) repeat an earlier row; row 2 differs in colour
        QCOMPARE(duplicate_rows(t), std::size_t(3));
        QCOMPARE(duplicate_rows(Table({Column::numeric("x", {1, 2, 3})})), std::size_t(0));
    }

    void sharedRowsCompareCategoriesByText()
    {
        const Table train({categorical("colour", {"red", "blue", "green"}), Column::numeric("units", {1, 2, 3})});
        // Another file: other codes for the same levels, one unseen level, one row with other units.
        const Table test({categorical("colour", {"green", "red", "pink", "blue"}), Column::numeric("units", {3, 1, 1, 9})});
        const std::vector<std::string> both{"colour", "units"};
        QCOMPARE(rows_also_in(test, train, both), std::size_t(2));
        const std::vector<std::string> colour{"colour"};
        QCOMPARE(rows_also_in(test, train, colour), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestRowIdentity)
#include "test_row_identity.moc"
