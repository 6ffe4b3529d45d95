// The test file of a run, read with the training table's schema and checked before the search: a column that held
// numbers in training and words here, a missing feature or target column, each refused in one line naming the
// file; a categorical column whose test rows are all numbers and an entirely empty column are accepted.
#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/search/test_table.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

using namespace tern;
using namespace tern::search;

class TestTestTable : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_train =
            data::read_table(write("train.csv", "cyl,price,day,type\n4,10.5,2024-01-02,a\nrotary,20,2024-02-03,b\n"
                                                "6,15,2024-03-04,a\n"));
        m_train.set_target("type");
    }

    void compatibleFilesAreRead_data()
    {
        QTest::addColumn<QString>("content");
        QTest::newRow("same types") << "cyl,price,day,type\n4,11,2024-05-06,a\nrotary,12,2024-05-07,b\n";
        QTest::newRow("categorical all numbers") << "cyl,price,day,type\n4,11,2024-05-06,a\n6,12,2024-05-07,b\n";
        QTest::newRow("empty columns") << "cyl,price,day,type\n,,,a\n,,,b\n";
    }
    void compatibleFilesAreRead()
    {
        QFETCH(QString, content);
        const data::Table test = read_test_table(write("ok.csv", content.toStdString()), m_train, "type", {});
        QCOMPARE(test.rows(), std::size_t{2});
        QVERIFY(test.column("cyl").type() != data::ColumnType::numeric);
        QCOMPARE(*test.target_index(), std::size_t{3});
    }

    void incompatibleFilesAreRefused_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        // The cell to fix is named, not the column's first (good) value.
        QTest::newRow("words in a number column")
            << "cyl,price,day,type\n4,3.5,2024-05-06,a\n4,unknown,2024-05-06,a\n"
            << "column 'price' holds numbers in the training file but not here (data row 2 holds 'unknown')";
        QTest::newRow("no dates in a date column")
            << "cyl,price,day,type\n4,3,2024-05-06,a\n4,3,soon,a\n"
            << "column 'day' holds dates in the training file but not here (data row 2 holds 'soon')";
        QTest::newRow("missing feature") << "cyl,type\n4,a\n"
                                         << "missing columns price, day";
        QTest::newRow("missing target") << "cyl,price,day\n4,3,2024-05-06\n"
                                        << "no target column 'type'";
    }
    void incompatibleFilesAreRefused()
    {
        QFETCH(QString, content);
        QFETCH(QString, message);
        const std::string path = write("bad.csv", content.toStdString());
        try {
            read_test_table(path, m_train, "type", {});
            QFAIL("the test file should be refused");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(std::string(e.what()).find(message.toStdString()) != std::string::npos, e.what());
        }
    }

  private:
    std::string write(const char* name, const std::string& content)
    {
        const std::string path = m_dir.filePath(name).toStdString();
        std::ofstream(path) << content;
        return path;
    }
    QTemporaryDir m_dir;
    data::Table m_train;
};

QTEST_GUILESS_MAIN(TestTestTable)
#include "test_test_table.moc"
