// Reading a test or prediction file with the schema of the training table (read_options_like): a column that held
// words when fitted stays categorical even when the few rows of the new file are all numbers.
#include "engine/data/readers.h"
#include "tests/engine/data/data_fixtures.h"

#include <QTest>

using namespace tern;
using namespace tern::data;

class TestReadLike : public QObject {
    Q_OBJECT

  private slots:
    void wordColumnStaysCategoricalWhenAllNumbers();
    void numericAndTextColumnsKeepTheirType();
};

void TestReadLike::wordColumnStaysCategoricalWhenAllNumbers()
{
    QTemporaryDir dir;
    const Table train = read_table(test::write_file(dir, "train.csv", "cyl,hp\n4,100\nrotary,255\n6,170\n"));
    QCOMPARE(train.column("cyl").type(), ColumnType::categorical);
    const std::string test_path = test::write_file(dir, "test.csv", "cyl,hp\n4,90\n6,180\n04,95\n");
    QCOMPARE(read_table(test_path).column("cyl").type(), ColumnType::numeric); // on its own: numbers

    const Table test = read_table(test_path, read_options_like(train));
    const Column& cyl = test.column("cyl");
    QCOMPARE(cyl.type(), ColumnType::categorical);
    // The cells keep their spelling, so "04" is not the training level "4".
    QCOMPARE(cyl.display(0), std::string("4"));
    QCOMPARE(cyl.display(2), std::string("04"));
    QCOMPARE(test.column("hp").type(), ColumnType::numeric);
}

void TestReadLike::numericAndTextColumnsKeepTheirType()
{
    QTemporaryDir dir;
    const Table train = read_table(test::write_file(
        dir, "train.csv",
        "note,n\n\"a long note about the first item here\",1\n\"another long note on the second one\",2\n"));
    QCOMPARE(train.column("note").type(), ColumnType::text);
    const Table test = read_table(test::write_file(dir, "test.csv", "note,n\n12,3\n15,4\n"), read_options_like(train));
    QVERIFY(test.column("note").type() != ColumnType::numeric);
    QCOMPARE(test.column("n").type(), ColumnType::numeric);
}

QTEST_GUILESS_MAIN(TestReadLike)
#include "test_read_like.moc"
