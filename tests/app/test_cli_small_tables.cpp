// Tables too small to validate, refused by tern-cli before a run starts: exit 2, one line on stderr that says how
// many rows there are, how many the validation needs and what would work, nothing on stdout and no run stored
// (they used to start, store a run and end "every candidate failed", or score folds of one row). The suggested
// --folds runs; a target missing in every row, of one class or of one value is refused the same way; resume
// refuses a training file that shrank below what its folds need, pointing to a new run and leaving the stored run
// as it was.
#include "tests/app/process_support.h"

#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tern::test;

class TestCliSmallTables : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusedInOneLineWithNothingStored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("3 rows") << QByteArray("x,y\n1,1.5\n2,2.7\n3,3.1\n") << QStringList{}
                                << "3 rows with a target; cross-validation with 5 folds needs at least 10 (add rows: "
                                   "even 2 folds need 4)";
        QTest::newRow("3 rows, 2 folds") << QByteArray("x,label\n1,a\n2,b\n3,a\n") << QStringList{"--folds", "2"}
                                         << "3 rows with a target; cross-validation with 2 folds needs at least 4 "
                                            "(add rows)";
        QTest::newRow("9 rows") << QByteArray("x,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n")
                                << QStringList{}
                                << "9 rows with a target; cross-validation with 5 folds needs at least 10 (try --folds "
                                   "4, or add rows)";
        QTest::newRow("7 dated rows")
            << QByteArray("date,x,y\n2024-01-01,1,1.5\n2024-01-02,2,2.5\n2024-01-03,3,3.5\n2024-01-04,4,4.25\n"
                          "2024-01-05,5,5.5\n2024-01-06,6,6.75\n2024-01-07,7,7.5\n,8,8.5\n,9,9.25\n")
            << QStringList{"--time-column", "date"}
            << "7 rows with a target and a date in 'date'; forward-in-time validation with 5 folds needs at least 12 "
               "(try --folds 2, or add rows)";
        QTest::newRow("target missing in every row") << QByteArray("x,label\n1,\n2,\n3,\n") << QStringList{}
                                                      << "target 'label' has no values (missing in every row)";
        QTest::newRow("one class") << QByteArray("x,label\n1,p\n2,p\n3,p\n4,p\n5,p\n6,p\n7,p\n8,p\n9,p\n10,p\n11,p\n")
                                   << QStringList{} << "target 'label' has only one class";
        QTest::newRow("one value") << QByteArray("x,y\n1,2.5\n2,2.5\n1,2.5\n2,2.5\n1,2.5\n2,2.5\n1,2.5\n2,2.5\n1,2.5\n"
                                                 "2,2.5\n")
                                   << QStringList{"--task", "regression"}
                                   << "target 'y' has the same value (2.5) in every row; there is nothing to predict";
        // Every candidate failed on "an empty matrix", after the run was stored: on a fold's 33 training rows 'a' is a
        // key and 'b' constant (its one other value fell in that fold's validation rows).
        QByteArray vanishing("a,b,y\n1,xxxxxxxxxx,yes\n");
        for (int i = 0; i < 40; ++i)
            vanishing += QByteArray::number(i) + ",q," + (i % 2 ? "yes" : "no") + "\n";
        QTest::newRow("no feature left in a fold")
            << vanishing << QStringList{}
            << "on the 33 training rows of a validation fold no column can be a feature ('a' id-like: a distinct "
               "integer in each of the 33 training rows; 'b' constant: one value in every training row); the table has "
               "too few rows for its folds to learn from";
    }
    void refusedInOneLineWithNothingStored()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString path = write("small.csv", content);
        const QString target = content.startsWith("x,label") ? "label" : "y";
        const auto r = cli(QStringList{"automl", path, "--target", target, "--budget", "10", "--db", db()} + options);
        QCOMPARE(r.code, 2);
        QCOMPARE(QString(r.err), QString("error: %1: %2\n").arg(path, message));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(storedRuns().size(), 0);
    }

    void theSuggestedFoldsRun()
    {
        const QString path = write("nine.csv", "x,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n");
        const auto r = cli({"automl", path, "--target", "label", "--folds", "4", "--budget", "10", "--max-candidates",
                            "1", "--families", "linear", "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json_of(r)["candidates"].toArray().first().toObject()["status"].toString(), QString("ok"));
        QCOMPARE(storedRuns().size(), 1);
        QFile::remove(db());
    }

    void resumeRefusesAFileThatShrank()
    {
        const QString path = write("shrinks.csv", "x,y\n1,1.5\n2,2.5\n3,3.25\n4,4.5\n5,5.75\n6,6.5\n7,7.25\n8,8.5\n"
                                                  "9,9.75\n10,10.5\n11,11.25\n12,12.5\n");
        const auto first = cli({"automl", path, "--target", "y", "--budget", "10", "--max-candidates", "1",
                                "--families", "linear", "--db", db(), "--json"});
        QVERIFY2(first.code == 0, first.err.constData());
        const auto before = storedRuns();
        QCOMPARE(before.size(), 1);

        // A stored run keeps its folds, so the way out is a new run, never --folds (which resume does not take).
        const QString run = QString::number(before.first().toObject()["run_id"].toInt());
        write("shrinks.csv", "x,y\n1,1.5\n2,2.5\n3,3.25\n4,4.5\n5,5.75\n6,6.5\n7,7.25\n8,8.5\n9,9.75\n");
        auto r = cli({"resume", run, "--db", db()});
        QCOMPARE(r.code, 2);
        QCOMPARE(QString(r.err), QString("error: %1: run %2 cannot go on: 9 rows with a target; cross-validation with 5 "
                                         "folds needs at least 10 (start a new run with --folds 4)\n")
                                     .arg(path, run));
        write("shrinks.csv", "x,y\n1,1.5\n2,2.5\n3,3.25\n");
        r = cli({"resume", run, "--db", db()});
        QCOMPARE(r.code, 2);
        QCOMPARE(QString(r.err), QString("error: %1: run %2 cannot go on: 3 rows with a target; cross-validation with 5 "
                                         "folds needs at least 10 (start a new run on more rows)\n")
                                     .arg(path, run));
        QCOMPARE(storedRuns(), before);
        QFile::remove(db());
    }

private:
    QString db() const { return m_dir.filePath("small.db"); }

    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    QJsonArray storedRuns() const
    {
        const auto r = cli({"runs", "--db", db(), "--json"});
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).array();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliSmallTables)
#include "test_cli_small_tables.moc"
