// tern-cli automl --time-column: on monthly sales with a trend, forward-in-time folds give a lower (honest) CV score
// than random folds, which let a tree interpolate between a store's neighbouring months; a forward candidate's score
// weighs its later folds (more history) more; the run's JSON and text say how it validated, resume keeps it, and a
// column that cannot order the rows is refused in one line with no run stored.
#include "tests/app/process_support.h"

#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <numbers>
#include <random>

using namespace tern::test;

namespace {

// Sales per store and month: a store's own level and growth, a season, noise; `months` from January 2020.
void write_monthly_sales(const QString& path, int stores, int months)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&file);
    out << "month,store,area_m2,sales\n";
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> level(50, 150), growth(0.5, 2), area(100, 900);
    std::normal_distribution<double> noise(0, 6);
    for (int s = 0; s < stores; ++s) {
        const double base = level(rng), slope = growth(rng);
        for (int t = 0; t < months; ++t) {
            const int month = 1 + t % 12;
            const double season = 25 * std::sin(2 * std::numbers::pi * (month - 3) / 12.0);
            const double sales = base + slope * t + season + noise(rng);
            out << QString("%1-%2,store%3,%4,%5\n")
                       .arg(2020 + t / 12)
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(s, 2, 10, QLatin1Char('0'))
                       .arg(std::round(area(rng)))
                       .arg(sales, 0, 'f', 1);
        }
    }
}

double best_score(const QJsonObject& run)
{
    for (const auto& v : run["candidates"].toArray())
        if (v.toObject()["id"] == run["best_id"])
            return v.toObject()["score"].toDouble();
    return NAN;
}

}  // namespace

class TestCliTimeValidation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write_monthly_sales(sales(), 40, 36);
        write_monthly_sales(m_dir.filePath("four_months.csv"), 30, 4);
    }

    void forwardInTimeScoresBelowRandomFoldsAndResumesKeepingIt()
    {
        const QStringList common{"automl", sales(), "--target", "sales", "--families", "extra_trees,random_forest",
                                 "--max-candidates", "3", "--budget", "120", "--seed", "0", "--db", db(), "--json"};
        const auto random = cli(common);
        QVERIFY2(random.code == 0, random.err.constData());
        const auto forward = cli(common + QStringList{"--time-column", "month"});
        QVERIFY2(forward.code == 0, forward.err.constData());
        const auto r = json_of(random), f = json_of(forward);

        QCOMPARE(r["validation"].toObject()["kind"].toString(), QString("random"));
        const auto v = f["validation"].toObject();
        QCOMPARE(v["kind"].toString(), QString("time"));
        QCOMPARE(v["column"].toString(), QString("month"));
        QCOMPARE(v["folds"].toInt(), 5);
        for (const auto& entry : f["candidates"].toArray()) {
            const auto c = entry.toObject();
            if (c["status"].toString() != "ok")
                continue;
            const auto folds = c["fold_scores"].toArray();
            QCOMPARE(folds.size(), 5);  // no repeats
            // Six-month blocks after 6, 12, ... 30 months of history: the folds weigh 1 to 5, the ensemble's too.
            double weighted = 0;
            for (int i = 0; i < 5; ++i)
                weighted += (i + 1) * folds[i].toDouble() / 15;
            const double score = c["score"].toDouble();
            const QString why =
                QString("%1: score %2, weighted folds %3").arg(c["family"].toString()).arg(score).arg(weighted);
            QVERIFY2(std::abs(score - weighted) < 1e-9, qPrintable(why));
        }

        // Trees cannot extrapolate the stores' growth: the forward estimate is the lower, honest one.
        const double random_r2 = best_score(r), forward_r2 = best_score(f);
        qInfo("R^2 random folds %.4f, forward in time %.4f", random_r2, forward_r2);
        QVERIFY2(random_r2 > 0.6, qPrintable(QString::number(random_r2)));
        QVERIFY2(forward_r2 < random_r2 - 0.2, qPrintable(QString("%1 vs %2").arg(forward_r2).arg(random_r2)));

        // Resume rebuilds the run's folds from its stored spec (its log says so), and the text leaderboard and
        // `show` say how the run validated.
        const QString id = QString::number(f["run_id"].toInt());
        const auto resumed = cli({"resume", id, "--budget", "10", "--db", db()});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("validation: forward in time by 'month': 5 folds"), resumed.err.constData());
        QVERIFY2(resumed.out.contains("validated: forward in time by 'month': 5 folds"), resumed.out.constData());
        const auto shown = json_of(cli({"show", id, "--db", db(), "--json"}));
        QCOMPARE(shown["validation"].toObject()["column"].toString(), QString("month"));
        QCOMPARE(shown["report"].toObject()["resumed"].toInt(), 1);
        const auto shown_random = cli({"show", QString::number(r["run_id"].toInt()), "--db", db()});
        QVERIFY2(shown_random.out.contains("validated: 2 x 5-fold"), shown_random.out.constData());
    }

    void refusedInOneLineWithNothingStored_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << "sales.csv" << "when" << "--time-column 'when' is not a column";
        QTest::newRow("not dates") << "sales.csv" << "store" << "--time-column 'store' is not a date column";
        QTest::newRow("the target") << "sales.csv" << "sales" << "--time-column 'sales' is the target";
        QTest::newRow("too few times") << "four_months.csv" << "month"
                                       << "4 distinct times among the rows with a target, too few for 5 forward folds";
    }

    void refusedInOneLineWithNothingStored()
    {
        QFETCH(QString, file);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const QString store = m_dir.filePath("refused.db");
        const auto r = cli({"automl", m_dir.filePath(file), "--target", "sales", "--time-column", column,
                            "--budget", "30", "--db", store, "--json"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("error: "), r.err.constData());
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(QString(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const auto runs = QJsonDocument::fromJson(cli({"runs", "--db", store, "--json"}).out).array();
        QCOMPARE(runs.size(), 0);
    }

    // A model trained on 2020-2022 predicts next year without a word, but a date before its range, or a placeholder
    // such as 2199-12, is named as far outside it, in dates.
    void predictNamesDatesFarOutsideTraining()
    {
        const auto run = cli({"automl", sales(), "--target", "sales", "--families", "linear", "--max-candidates", "1",
                              "--budget", "60", "--db", db(), "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        const auto j = json_of(run);
        const QString out = m_dir.filePath("dated-model");
        const auto exported = cli({"export", QString::number(j["run_id"].toInt()),
                                   QString::number(j["best_id"].toInt()), "--precision", "fp32", "--out", out, "--db",
                                   db()});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile rows(m_dir.filePath("to_predict.csv"));
        QVERIFY(rows.open(QIODevice::WriteOnly));
        rows.write("month,store,area_m2\n2023-06,store01,400\n1900-01,store01,400\n2199-12,store01,400\n");
        rows.close();
        const auto p = cli({"predict", out, rows.fileName(), "--json"});
        QVERIFY2(p.code == 0, p.err.constData());
        const auto warnings = json_of(p)["warnings"].toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].toString().startsWith("month: 2 row(s) lie far outside the training range 2020-01-01 to "
                                                   "2022-12-01 (e.g. 1900-01-01)"),
                 qPrintable(warnings[0].toString()));
    }

private:
    QString sales() const { return m_dir.filePath("sales.csv"); }
    QString db() const { return m_dir.filePath("time.db"); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliTimeValidation)
#include "test_cli_time_validation.moc"
