// tern-cli automl / resume / runs / show as CONTRACT.md describes them, driven as a user would: the JSON shape,
// bad input (exit 2, one line), a run killed with SIGKILL that reopens as interrupted and resumes.
#include "tests/app/process_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern::test;

class TestCliAutoml : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void automlPrintsTheContractJson()
    {
        const auto r = cli({"automl", test_data("search/iris.train.csv"), "--target", "species", "--budget", "30",
                            "--max-candidates", "6", "--seed", "1", "--test", test_data("search/iris.test.csv"), "--db",
                            db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        for (const char* key :
             {"run_id", "dataset", "target", "task", "metric", "budget_s", "elapsed_s", "best_id", "candidates"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["task"].toString(), QString("multiclass"));
        QCOMPARE(j["metric"].toString(), QString("balanced_accuracy"));
        QCOMPARE(j["metric_direction"].toString(), QString("max"));
        const auto candidates = j["candidates"].toArray();
        QCOMPARE(candidates.size(), 7); // six searched + the ensemble
        bool ensemble = false, best_has_test = false;
        for (const auto& v : candidates) {
            const auto c = v.toObject();
            for (const char* key : {"id", "family", "params", "score", "score_std", "metrics", "fit_s",
                                    "latency_us_p50", "throughput_rows_s", "size_bytes", "status"})
                QVERIFY2(c.contains(key), key);
            if (c["status"].toString() == "ok") {
                QVERIFY(c["latency_us_p50"].toDouble() > 0);
                QVERIFY(c["size_bytes"].toDouble() > 0);
                QVERIFY(c["metrics"].toObject().contains("accuracy"));
            }
            ensemble = ensemble || c["family"].toString() == "ensemble";
            if (c["id"] == j["best_id"])
                best_has_test = c.contains("test_score") && c["test_score"].toDouble() > 0.5;
        }
        QVERIFY(ensemble);
        QVERIFY(best_has_test);
        // The details a score or a model is explained by reach scripts: how the ensemble was scored.
        for (const auto& v : candidates)
            if (v.toObject()["family"].toString() == "ensemble")
                QVERIFY(v.toObject()["details"].toObject().contains("cross_fitted_score"));

        // show gives the same run; runs lists it first; the leaderboard prints without --json.
        const auto id = QString::number(j["run_id"].toInt());
        const auto shown = json_of(cli({"show", id, "--db", db(), "--json"}));
        QCOMPARE(shown["candidates"].toArray().size(), candidates.size());
        QCOMPARE(shown["best_id"], j["best_id"]);
        const auto runs = QJsonDocument::fromJson(cli({"runs", "--db", db(), "--json"}).out).array();
        QCOMPARE(runs.first().toObject()["run_id"].toInt(), j["run_id"].toInt());
        const auto table = cli({"show", id, "--db", db()});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("ensemble"));
        const auto importance =
            cli({"show", id, "--importance", QString::number(j["best_id"].toInt()), "--db", db(), "--json"});
        QCOMPARE(importance.code, 0);
        QVERIFY(json_of(importance)["importance"].toArray().size() == 4);
    }

    // An image folder needs no target; an image that cannot be decoded is named in the report, a test class the
    // training folder lacks is counted as such, a test path that is no folder is refused before the search, and the
    // exported model predicts on images (a folder, with each row's file) and refuses a table.
    void imageFolderRunsExportsAndPredicts()
    {
        const QString train = m_dir.filePath("img_train"), test = m_dir.filePath("img_test");
        for (const char* cls : {"Bag", "Sneaker", "Trouser"}) {
            QDir().mkpath(train + "/" + cls);
            QDir().mkpath(test + "/" + cls);
            const QDir source(test_data("search/images") + "/" + cls);
            for (const QString& name : source.entryList(QDir::Files)) {
                QVERIFY(QFile::copy(source.filePath(name), train + "/" + cls + "/" + name));
                QVERIFY(QFile::copy(source.filePath(name), test + "/" + cls + "/" + name));
            }
        }
        // A well-formed header over damaged pixel data: listed by the folder, refused by the decoder.
        const QString damaged = train + "/Bag/damaged.png";
        QVERIFY(QFile::copy(test_data("search/images") + "/Bag/fmnist_train_00023.png", damaged));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype i = 41; i < bytes.size() - 16; ++i)
            bytes[i] = char(0xAB);
        file.seek(0);
        file.write(bytes);
        file.close();
        QDir().mkpath(test + "/Shirt");
        QVERIFY(QFile::copy(test_data("search/images") + "/Bag/fmnist_train_00023.png", test + "/Shirt/shirt.png"));

        const auto refused =
            cli({"automl", train, "--budget", "20", "--test", test_data("search/iris.test.csv"), "--db", db()});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("not a folder") && !refused.out.contains("run "), refused.err.constData());

        const auto r = cli({"automl", train, "--budget", "20", "--max-candidates", "4", "--families",
                            "linear,knn,naive_bayes", "--test", test, "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        QCOMPARE(j["target"].toString(), QString("class"));
        QCOMPARE(j["task"].toString(), QString("multiclass"));
        QVERIFY(!j["best_id"].isNull());
        const auto report = j["report"].toObject();
        const auto left_out = report["images_left_out"].toArray();
        QCOMPARE(left_out.size(), 1);
        QVERIFY(left_out.first().toObject()["file"].toString().endsWith("damaged.png"));
        QCOMPARE(report["test_unknown_classes"].toArray(), QJsonArray({"Shirt"}));
        QCOMPARE(report["test_rows_unknown_class"].toInt(), 1);
        QCOMPARE(report["test_rows_missing_target"].toInt(), 0);
        QCOMPARE(report["test_rows_in_training"].toInt(), 24); // every test image of a known class is a copy

        const QString out = m_dir.filePath("img_model");
        const auto exported = cli({"export", QString::number(j["run_id"].toInt()),
                                   QString::number(j["best_id"].toInt()), "--out", out, "--db", db()});
        QVERIFY2(exported.code == 0, exported.err.constData());
        const auto predicted = cli({"predict", out, test});
        QVERIFY2(predicted.code == 0, predicted.err.constData());
        const QList<QByteArray> lines = predicted.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("file,prediction,p_Bag,p_Sneaker,p_Trouser"));
        QCOMPARE(lines.size(), 1 + 25);
        QVERIFY(lines[1].contains("/Bag/"));
        const auto table = cli({"predict", out, test_data("search/iris.test.csv")});
        QCOMPARE(table.code, 2);
        QVERIFY2(table.err.contains("trained on images"), table.err.constData());
    }

    // Test rows outside what the chosen model learned are scored all the same, and said, as `predict` says them:
    // a class of passage the training rows never had.
    void aTestFileWithAnUnlearnedLevelSaysSo()
    {
        QFile in(test_data("search/titanic.test.csv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("\n3rd,", "\nSteerage,");
        const QString test = m_dir.filePath("titanic_steerage.csv");
        QFile out(test);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
        out.close();
        const auto r = cli({"automl", test_data("search/titanic.train.csv"), "--target", "Survived", "--families",
                            "linear", "--max-candidates", "1", "--test", test, "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto unfamiliar = json_of(r)["report"].toObject()["test_unfamiliar"].toArray();
        QCOMPARE(unfamiliar.size(), 1);
        const QString line = unfamiliar.first().toString();
        QVERIFY2(line.startsWith("Class: ") && line.contains("a level the model did not learn (e.g. 'Steerage')"),
                 qPrintable(line));
        const auto shown = cli({"show", QString::number(json_of(r)["run_id"].toInt()), "--db", db()});
        QVERIFY2(shown.out.contains("test file: " + line.toUtf8()), shown.out.constData());
    }

    // A user's cost over confusion counts, a missed survivor ten times a false alarm: the classes are read far below
    // one half, and the export reads them there too (predict, the model card).
    void aCostMetricReadsClassesAtATunedThreshold()
    {
        const auto r =
            cli({"automl", test_data("search/titanic.train.csv"), "--target", "Survived", "--metric-expr",
                 "(10*fn + fp)/n", "--metric-direction", "min", "--families", "linear", "--max-candidates", "2",
                 "--seed", "2", "--test", test_data("search/titanic.test.csv"), "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        QJsonObject best;
        for (const auto& v : j["candidates"].toArray())
            if (v.toObject()["id"] == j["best_id"])
                best = v.toObject();
        const auto params = best["params"].toObject();
        QVERIFY2(params.contains("decision_threshold"), qPrintable(QJsonDocument(best).toJson()));
        const double threshold = params["decision_threshold"].toDouble();
        QVERIFY2(threshold > 0 && threshold < 0.4, qPrintable(QString::number(threshold)));

        const QString out = m_dir.filePath("cost_model");
        const auto exported = cli({"export", QString::number(j["run_id"].toInt()),
                                   QString::number(j["best_id"].toInt()), "--out", out, "--db", db()});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile card(out + "/model_card.json");
        QVERIFY(card.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(card.readAll())["decision_threshold"]["value"].toDouble(), threshold);

        const auto predicted = cli({"predict", out, test_data("search/titanic.test.csv"), "--json"});
        QVERIFY2(predicted.code == 0, predicted.err.constData());
        const auto p = json_of(predicted);
        const auto labels = p["predictions"].toArray(), probabilities = p["probabilities"].toArray();
        QCOMPARE(labels.size(), probabilities.size());
        int below_half = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const auto row = probabilities[i].toArray();
            const double share = row[1].toDouble() / (row[0].toDouble() + row[1].toDouble());
            QCOMPARE(labels[i].toString(), share > threshold ? QString("Yes") : QString("No"));
            below_half += labels[i].toString() == "Yes" && share < 0.5;
        }
        QVERIFY2(below_half > 10, "the threshold predicts survivors that one half would not");
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{"automl", "/nonexistent.csv", "--target", "y"} << "no such file";
        const QStringList iris{"automl", test_data("search/iris.train.csv"), "--target", "species"};
        QTest::newRow("no column") << QStringList{"automl", test_data("search/iris.train.csv"), "--target", "nope"}
                                   << "nope";
        QTest::newRow("bad metric") << iris + QStringList{"--metric", "r2"} << "r2";
        QTest::newRow("bad expression") << iris + QStringList{"--metric-expr", "tp +* zz"} << "";
        QTest::newRow("empty expression") << iris + QStringList{"--metric-expr", ""} << "empty";
        QTest::newRow("assignment in an expression") << iris + QStringList{"--metric-expr", "tp=1"} << "assigns";
        QTest::newRow("unknown family") << iris + QStringList{"--families", "quantum"} << "quantum";
        QTest::newRow("no run") << QStringList{"show", "9999"} << "9999";
        // CLI11 alone reads these as runs 1 and 10: a mistyped id must not show another run.
        QTest::newRow("hexadecimal id") << QStringList{"show", "0x1"} << "'0x1' is not an id";
        QTest::newRow("exponent id") << QStringList{"resume", "1e1"} << "'1e1' is not an id";
        QTest::newRow("candidate id") << QStringList{"export", "1", "2.0", "--out", "/tmp"} << "'2.0' is not an id";
        QTest::newRow("image target") << QStringList{"automl", test_data("search/images"), "--target", "label"}
                                      << "class sub-folder";
        QTest::newRow("image imputer") << QStringList{"automl", test_data("search/images"), "--impute", "px_0_0=mean"}
                                       << "no missing pixel";
    }

    // A class whose images are all unreadable leaves one class: said in the folder's terms, with the files that
    // failed, not as a target column with one class (nor with a --task regression hint, which images refuse).
    void anImageFolderLeftWithOneClassSaysWhy()
    {
        const QString folder = m_dir.filePath("img_one_class");
        QDir().mkpath(folder + "/Bag");
        QDir().mkpath(folder + "/Broken");
        const QDir source(test_data("search/images") + "/Bag");
        for (const QString& name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), folder + "/Bag/" + name));
        QFile empty(folder + "/Broken/empty.png");
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const auto r = cli({"automl", folder, "--max-candidates", "2", "--db", db()});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("two or more classes (sub-folders)") && r.err.contains("could not be read") &&
                     r.err.contains("empty.png") && !r.err.contains("--task"),
                 r.err.constData());
    }

    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = cli(args + QStringList{"--db", db()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("error: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // An empty --db (a script's unset variable) is refused, not read as "the default store": the user's own.
    void anEmptyDatabasePathIsRefused()
    {
        for (const QStringList& args :
             {QStringList{"automl", test_data("search/iris.train.csv"), "--target", "species"}, QStringList{"runs"},
              QStringList{"show", "1"}}) {
            const auto r = cli(args + QStringList{"--db", ""});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--db: an empty path"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
    }

    // A run refused before it is stored leaves no database behind at a new path: not an expression the metric
    // cannot read, nor a test file without a row to score (found before the search, not after its budget).
    void refusedRunLeavesNoDatabase()
    {
        const QString header = m_dir.filePath("header_only.csv");
        QFile f(header);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm,species\n");
        f.close();
        // A word among a regression test file's target values (the second data row).
        const QString worded = m_dir.filePath("worded_target.csv");
        QFile w(worded);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write("Ozone,Solar.R,Wind,Temp,Month,Day\n41,190,7.4,67,5,1\nhigh,118,8,72,5,2\n");
        w.close();
        const QString fresh = m_dir.filePath("fresh.db");
        const QList<QStringList> refused{
            {"--metric-expr", "tp + zz"},
            {"--test", header},
        };
        const auto words = cli(
            {"automl", test_data("search/airquality.train.csv"), "--target", "Ozone", "--db", fresh, "--test", worded});
        QCOMPARE(words.code, 2);
        QVERIFY2(words.err.contains(worded.toUtf8() + ": target 'Ozone' is not numeric in this file (data row 2 holds "
                                                      "'high')"),
                 words.err.constData());
        QVERIFY(!QFile::exists(fresh));
        for (const QStringList& extra : refused) {
            const auto r =
                cli(QStringList{"automl", test_data("search/iris.train.csv"), "--target", "species", "--db", fresh} +
                    extra);
            QCOMPARE(r.code, 2);
            QVERIFY2(!QFile::exists(fresh), r.err.constData());
        }
        const auto r =
            cli({"automl", test_data("search/iris.train.csv"), "--target", "species", "--db", fresh, "--test", header});
        QVERIFY2(r.err.contains("no row with a known target value"), r.err.constData());
        // runs on a --db that names no file: refused like show, not an empty list.
        QCOMPARE(cli({"runs", "--db", fresh}).code, 2);
    }

    // A budget too short for any candidate is a failed run (exit 1) that says so, not "every candidate failed".
    // One "-" among a column's numbers made it categorical, its 199 numbers lost to the models: it now reads as a
    // missing cell, named in the report and above the leaderboard.
    void aStrayWordAmongNumbersIsAMissingCell()
    {
        const QString path = m_dir.filePath("stray.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,y\n");
        for (int i = 0; i < 200; ++i)
            f.write(QStringLiteral("%1,%2,%3\n")
                        .arg(i == 150 ? QStringLiteral("-") : QString::number((i * 37 % 100) / 100.0))
                        .arg((i * 53 % 97) / 97.0)
                        .arg((i * 37 % 100) >= 50 ? "yes" : "no")
                        .toUtf8());
        f.close();
        const auto r = cli({"automl", path, "--target", "y", "--families", "linear", "--max-candidates", "1",
                            "--budget", "20", "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        const auto strays = j["report"].toObject()["not_numbers"].toArray();
        QCOMPARE(strays.size(), 1);
        QCOMPARE(strays[0].toObject()["column"].toString(), QString("a"));
        QCOMPARE(strays[0].toObject()["first_data_row"].toInt(), 151);
        QVERIFY(j["candidates"].toArray()[0].toObject()["score"].toDouble() > 0.9); // a is learnt from
        const auto shown = cli({"show", QString::number(j["run_id"].toInt()), "--db", db()});
        QVERIFY2(shown.out.contains("words among numbers, read as missing: 'a' 1 cell(s) (data row 151 holds '-')"),
                 shown.out.constData());
    }

    // A column pinned to keep its missing values leaves only the families that read them; the others are named.
    void aPinThatKeepsMissingValuesLeavesTheFamiliesThatReadThem()
    {
        const auto r =
            cli({"automl", test_data("search/airquality.train.csv"), "--target", "Ozone", "--impute", "Solar.R=none",
                 "--families", "linear,xgboost", "--max-candidates", "1", "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        QCOMPARE(j["report"].toObject()["families"].toArray(), QJsonArray{"xgboost"});
        const auto left_out = j["report"].toObject()["families_left_out"].toArray();
        QCOMPARE(left_out.size(), 1);
        QCOMPARE(left_out[0].toObject()["family"].toString(), QString("linear"));
        QCOMPARE(j["candidates"].toArray()[0].toObject()["status"].toString(), QString("ok"));
    }

    // An ensemble whose selection kept one member is that member behind a wrapper: the member is chosen, so that it
    // exports in every precision its family has.
    void aOneMemberEnsembleIsNotChosen()
    {
        const auto r = cli({"automl", test_data("search/iris.train.csv"), "--target", "species", "--families", "linear",
                            "--max-candidates", "1", "--db", db(), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        const auto candidates = j["candidates"].toArray();
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates[1].toObject()["family"].toString(), QString("ensemble"));
        QCOMPARE(candidates[1].toObject()["params"].toObject()["members"].toArray().size(), 1);
        QCOMPARE(j["best_id"].toInt(), candidates[0].toObject()["id"].toInt());
    }

    // Every candidate over the latency budget is marked so; the choice is then the closest to it, a fastest
    // candidate (not the slowest, the ensemble), and the log says how far out of reach the budget is. A generous
    // budget marks none.
    void aLatencyBudgetMarksTheCandidatesOverIt()
    {
        const QStringList run{"automl",
                              test_data("search/iris.train.csv"),
                              "--target",
                              "species",
                              "--families",
                              "linear,knn",
                              "--max-candidates",
                              "2",
                              "--db",
                              db()};
        const auto tight = cli(run + QStringList{"--latency-budget-us", "0.0001"});
        QVERIFY2(tight.code == 0, tight.err.constData());
        QVERIFY2(tight.err.contains("no candidate is within the latency budget of 0.0001 µs, so the choice is among "
                                    "the fastest (#"),
                 tight.err.constData());
        QVERIFY2(tight.out.contains(" *! linear") || tight.out.contains(" *! knn"), tight.out.constData());
        const auto loose = cli(run + QStringList{"--latency-budget-us", "1000000", "--json"});
        QVERIFY2(loose.code == 0, loose.err.constData());
        const auto j = json_of(loose);
        QCOMPARE(j["latency_budget_us"].toDouble(), 1e6);
        for (const auto& c : j["candidates"].toArray())
            QVERIFY(!c.toObject()["over_latency_budget"].toBool());
        const QJsonArray runs = QJsonDocument::fromJson(cli({"runs", "--db", db(), "--json"}).out).array();
        const int tight_run = runs.at(1).toObject()["run_id"].toInt(); // newest first
        const QJsonObject shown = json_of(cli({"show", QString::number(tight_run), "--db", db(), "--json"}));
        QCOMPARE(shown["latency_budget_us"].toDouble(), 0.0001);
        const QJsonArray candidates = shown["candidates"].toArray();
        QCOMPARE(candidates.size(), 3);
        for (const auto& c : candidates)
            QVERIFY(c.toObject()["over_latency_budget"].toBool());
    }

    void budgetTooShortForAnyCandidateSaysSo()
    {
        const auto r = cli({"automl", test_data("search/iris.train.csv"), "--target", "species", "--budget", "0.001",
                            "--db", db(), "--json"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("error: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains("ended before any candidate finished"), r.err.constData());
    }

    void killedRunIsInterruptedAndResumes()
    {
        const QString store = m_dir.filePath("killed.db");
        QProcess p;
        p.start(TERN_CLI_PATH, {"automl", test_data("search/titanic.train.csv"), "--target", "Survived", "--budget",
                                "120", "--db", store});
        QVERIFY(p.waitForStarted());
        // Wait for three committed candidates, then kill without warning.
        int committed = 0;
        for (int i = 0; i < 600 && committed < 3; ++i) {
            QTest::qWait(100);
            const auto runs = QJsonDocument::fromJson(cli({"runs", "--db", store, "--json"}).out).array();
            committed = runs.isEmpty() ? 0 : runs.first().toObject()["candidates"].toInt();
        }
        QVERIFY(committed >= 3);
        p.kill();
        QVERIFY(p.waitForFinished());

        const auto runs = QJsonDocument::fromJson(cli({"runs", "--db", store, "--json"}).out).array();
        const auto run = runs.first().toObject();
        QCOMPARE(run["status"].toString(), QString("interrupted"));
        const int before = run["candidates"].toInt();
        QVERIFY(before >= 3);

        const auto r =
            cli({"resume", QString::number(run["run_id"].toInt()), "--budget", "5", "--db", store, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = json_of(r);
        QCOMPARE(j["status"].toString(), QString("finished"));
        QVERIFY(j["candidates"].toArray().size() > before);
        QVERIFY(!j["best_id"].isNull());
    }

  private:
    QString db() const { return m_dir.filePath("cli.db"); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliAutoml)
#include "test_cli_automl.moc"
