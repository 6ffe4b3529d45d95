// The life of a run from the command line when users get things wrong: Ctrl-C or SIGTERM mid-run exits 128 + signal
// with the run kept as cancelled (it used to exit 0, as if the run had finished) and resumable; values that
// used to slip through (an infinite budget that never ended, a NaN latency budget that crashed after the search,
// --seed -1 wrapped to 2^64 - 1, "--families ," searching every family, resume --budget -1 ignored) are refused
// in one line with exit 2, as is `show --importance 0` (it printed the leaderboard); show, resume and export on a
// mistyped --db refuse instead of creating a database there; `delete` removes one run and only it.
#include "tests/app/process_support.h"

#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace tern::test;

namespace {

void expectOneLineError(const Result& r, int code, const QString& message)
{
    QVERIFY2(r.code == code, r.err.constData());
    QVERIFY2(r.err.startsWith("error: "), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString(r.err).contains(message), r.err.constData());
}

}  // namespace

class TestCliRunLifecycle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = cli({"automl", test_data("search/iris.train.csv"), "--target", "species", "--max-candidates",
                            "2", "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        m_run = QString::number(json_of(r)["run_id"].toInt());
    }

    void signalMidRunExitsWithItAndKeepsTheRun_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("Ctrl-C") << int(SIGINT) << "SIGINT";
        QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
    }
    void signalMidRunExitsWithItAndKeepsTheRun()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        const QString store = m_dir.filePath(name + ".db");
        QProcess p;
        p.start(TERN_CLI_PATH, {"automl", test_data("search/titanic.train.csv"), "--target", "Survived", "--budget",
                                "120", "--db", store});
        QVERIFY(p.waitForStarted());
        int committed = 0;
        for (int i = 0; i < 600 && committed < 2; ++i) {
            QTest::qWait(100);
            const auto runs = QJsonDocument::fromJson(cli({"runs", "--db", store, "--json"}).out).array();
            committed = runs.isEmpty() ? 0 : runs.first().toObject()["candidates"].toInt();
        }
        QVERIFY(committed >= 2);
        ::kill(static_cast<pid_t>(p.processId()), signal);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);  // it stopped itself, keeping what finished
        QCOMPARE(p.exitCode(), 128 + signal);
        const QByteArray err = p.readAllStandardError();
        const QByteArray last = err.trimmed().split('\n').last();
        QVERIFY2(last.startsWith("error: run ") && last.contains("stopped by " + name.toUtf8()) &&
                     last.contains("tern-cli resume"),
                 last.constData());
        QVERIFY(p.readAllStandardOutput().contains("naive_bayes"));  // the leaderboard of what finished

        const auto run = QJsonDocument::fromJson(cli({"runs", "--db", store, "--json"}).out).array().first().toObject();
        QCOMPARE(run["status"].toString(), QString("cancelled"));
        const auto resumed = cli({"resume", QString::number(run["run_id"].toInt()), "--budget", "4", "--db", store,
                                  "--json"});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(json_of(resumed)["status"].toString(), QString("finished"));
    }

    void badValuesExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList automl{"automl", test_data("search/iris.train.csv"), "--target", "species"};
        QTest::newRow("infinite budget") << automl + QStringList{"--budget", "inf"} << "--budget must be a number of seconds > 0";
        QTest::newRow("NaN budget") << automl + QStringList{"--budget", "nan"} << "--budget must be a number of seconds > 0";
        // Beyond about 115 days the candidates' time limits overflowed: every candidate timed out at once.
        QTest::newRow("budget of centuries") << automl + QStringList{"--budget", "1e11"}
                                             << "at most 10000000 (got 100000000000)";
        QTest::newRow("resume for centuries") << QStringList{"resume", "RUN", "--budget", "1e12"} << "at most 10000000";
        QTest::newRow("NaN latency budget") << automl + QStringList{"--latency-budget-us", "nan"}
                                            << "--latency-budget-us must be a finite";
        QTest::newRow("negative seed") << automl + QStringList{"--seed", "-1"} << "--seed must be between 0 and";
        QTest::newRow("seed past 2^64") << automl + QStringList{"--seed", "99999999999999999999999"}
                                        << "--seed must be between 0 and";
        QTest::newRow("no family in the list") << automl + QStringList{"--families", ","} << "names no model family";
        QTest::newRow("pin on a missing column") << automl + QStringList{"--impute", "nosuch=mean"}
                                                 << "--impute names column 'nosuch'";
        QTest::newRow("pin with an unknown strategy") << automl + QStringList{"--impute", "species=bogus"}
                                                      << "unknown imputer";
        QTest::newRow("pin twice") << automl + QStringList{"--impute", "sepal_length_cm=mean,sepal_length_cm=median"}
                                   << "--impute names 'sepal_length_cm' twice";
        // Only xgboost reads missing values: a pin that keeps them leaves linear and knn nothing they can fit.
        QTest::newRow("pin none without a family for it")
            << QStringList{"automl", test_data("search/airquality.train.csv"), "--target", "Ozone", "--impute",
                           "Solar.R=none", "--families", "linear,knn"}
            << "none of the families asked for (linear, knn) can read";
        QTest::newRow("resume with a negative budget") << QStringList{"resume", "RUN", "--budget", "-1"}
                                                       << "--budget must be a number of seconds > 0";
        QTest::newRow("resume with a NaN budget") << QStringList{"resume", "RUN", "--budget", "nan"}
                                                  << "--budget must be a number of seconds > 0";
        QTest::newRow("importance of candidate 0") << QStringList{"show", "RUN", "--importance", "0"}
                                                   << "has no candidate 0";
    }
    void badValuesExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings("RUN", m_run);
        const int runs_before = QJsonDocument::fromJson(cli({"runs", "--db", db(), "--json"}).out).array().size();
        const auto r = cli(args + QStringList{"--db", db()});
        expectOneLineError(r, 2, message);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(cli({"runs", "--db", db(), "--json"}).out).array().size(), runs_before);
    }

    void readCommandsOnAMissingDatabaseCreateNothing()
    {
        const QString folder = m_dir.filePath("typo");
        const QString store = folder + "/tern.db";
        for (const QStringList& args : {QStringList{"show", m_run}, QStringList{"resume", m_run},
                                        QStringList{"export", m_run, "1", "--precision", "fp32", "--out",
                                                    m_dir.filePath("out")},
                                        QStringList{"runs", "--json"}})
            expectOneLineError(cli(args + QStringList{"--db", store}), 2, "no Tern database here");
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("out")));
    }

    // The last: it removes the run the other tests use.
    void deleteRemovesTheRunAndOnlyIt()
    {
        const auto other = cli({"automl", test_data("search/iris.train.csv"), "--target", "species", "--max-candidates",
                                "1", "--db", db(), "--json"});
        QVERIFY2(other.code == 0, other.err.constData());
        const auto deleted = cli({"delete", m_run, "--db", db(), "--json"});
        QVERIFY2(deleted.code == 0, deleted.err.constData());
        QCOMPARE(QString::number(json_of(deleted)["deleted"].toInt()), m_run);
        const auto runs = QJsonDocument::fromJson(cli({"runs", "--db", db(), "--json"}).out).array();
        for (const auto& run : runs)
            QVERIFY(QString::number(run.toObject()["run_id"].toInt()) != m_run);
        QVERIFY(!runs.isEmpty()); // the others stay
        expectOneLineError(cli({"delete", m_run, "--db", db()}), 2, "no run " + m_run);
        expectOneLineError(cli({"show", m_run, "--db", db()}), 2, "no run " + m_run);
    }

private:
    QString db() const { return m_dir.filePath("lifecycle.db"); }
    QTemporaryDir m_dir;
    QString m_run;
};

QTEST_GUILESS_MAIN(TestCliRunLifecycle)
#include "test_cli_run_lifecycle.moc"
