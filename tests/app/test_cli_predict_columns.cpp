// tern-cli predict reads a later file's columns as the exported model's training read them: a column of words whose
// later rows are all numbers stays words, and dates that read both ways (02/03/2024) take the order training saw,
// also for a package exported before date formats had more than an order.
#include "engine/data/readers.h"
#include "engine/export/package.h"
#include "tests/app/process_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fmt/format.h>
#include <fstream>

using namespace tern;
using namespace tern::test;

class TestCliPredictColumns : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A column that held words when fitted (an engine's cylinders: 4, 6, rotary) stays a word column in a later
    // file whose rows are all numbers: predicting one row used to fail as 'numeric here but categorical'.
    void wordColumnWithOnlyNumbersPredicts()
    {
        const QString train = m_dir.filePath("engines.csv"), later = m_dir.filePath("engines_later.csv");
        {
            std::ofstream out(train.toStdString());
            out << "cyl,hp,price\n";
            const char* cyl[] = {"4", "6", "8", "rotary"};
            for (int i = 0; i < 80; ++i)
                out << cyl[i % 4] << ',' << 90 + (i * 37) % 200 << ',' << 10 + (i % 4) * 5 + (i * 37) % 200 / 20
                    << '\n';
            std::ofstream(later.toStdString()) << "cyl,hp\n6,150\n";
        }
        const QString out = m_dir.filePath("engines-export");
        QVERIFY(exportOneXgboost(train, "price", out));
        const auto p = cli({"predict", out, later, "--json"});
        QVERIFY2(p.code == 0, p.err.constData());
        QCOMPARE(json_of(p)["predictions"].toArray().size(), 1);
    }

    // A model fitted on day-first dates reads a later file whose dates read both ways (02/03/2024) day first, as
    // the card says: its predictions equal those for the same days written year first.
    void datesAreReadAsTrainingWroteThem_data()
    {
        QTest::addColumn<QString>("written"); // fmt pattern of a training day: {0} day, {1} month, {2} month name
        QTest::addColumn<QString>("later");   // 2 and 5 March 2024 as the later file writes them
        QTest::addColumn<QString>("pattern"); // what the card says
        // The later days read both ways: the order training saw decides.
        QTest::newRow("four-digit years") << "{0:02}/{1:02}/2024"
                                          << "02/03/2024\n05/03/2024\n"
                                          << "DD/MM/YYYY";
        QTest::newRow("two-digit years") << "{0:02}/{1:02}/24"
                                         << "02/03/24\n05/03/24\n"
                                         << "DD/MM/YY";
        QTest::newRow("month names") << "{0}-{2}-24"
                                     << "2-Mar-24\n05-MAR-24\n"
                                     << "DD-MMM-YY";
    }

    void datesAreReadAsTrainingWroteThem()
    {
        QFETCH(QString, written);
        QFETCH(QString, later);
        QFETCH(QString, pattern);
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        const QString train = m_dir.filePath(tag + "_sales.csv"), same = m_dir.filePath(tag + "_later.csv"),
                      iso = m_dir.filePath(tag + "_iso_later.csv");
        {
            static constexpr const char* names[] = {"Jan", "Feb", "Mar", "Apr"};
            std::ofstream out(train.toStdString());
            out << "day,sales\n";
            for (int d = 0; d < 90; ++d) {
                const int day = 1 + d % 28, month = 1 + d / 28; // 28 days of January to April
                out << fmt::format(fmt::runtime(written.toStdString()), day, month, names[month - 1]) << ','
                    << 10 + (d % 7) * 3 + month * 2 << '\n';
            }
            std::ofstream(same.toStdString()) << "day\n" << later.toStdString();
            std::ofstream(iso.toStdString()) << "day\n2024-03-02\n2024-03-05\n";
        }
        const QString out = m_dir.filePath(tag + "-export");
        QVERIFY(exportOneXgboost(train, "sales", out));
        const auto a = cli({"predict", out, same, "--json"}), b = cli({"predict", out, iso, "--json"});
        QVERIFY2(a.code == 0 && b.code == 0, (a.err + b.err).constData());
        QCOMPARE(json_of(a)["predictions"].toArray(), json_of(b)["predictions"].toArray());
        QVERIFY(json_of(a)["predictions"].toArray()[0] != json_of(a)["predictions"].toArray()[1]);
        std::ifstream card_file((out + "/model_card.json").toStdString());
        const std::string card((std::istreambuf_iterator<char>(card_file)), {});
        QVERIFY2(card.find(std::string{"\""} + pattern.toStdString() + "\"") != std::string::npos, card.c_str());
    }

    // A model exported before date formats had more than an order (tests/data/export/day_first_dates, fitted on
    // day-first dates of 2024 by a linear candidate) reads dates as it did then, to the same predictions.
    void aModelFromBeforeDateFormatsReadsDatesAsThen()
    {
        const QString model = test_data("export/day_first_dates"), ambiguous = m_dir.filePath("old_ambiguous.csv");
        std::ofstream(ambiguous.toStdString()) << "day\n02/03/2024\n05/03/2024\n";
        const auto p = cli({"predict", model, ambiguous, "--json"});
        QVERIFY2(p.code == 0, p.err.constData());
        const auto values = json_of(p)["predictions"].toArray();
        QCOMPARE(values.size(), 2);
        // What the model predicted for 2 and 5 March 2024 when it was exported.
        QVERIFY(std::abs(values[0].toDouble() - 23.015804) < 1e-5);
        QVERIFY(std::abs(values[1].toDouble() - 23.035433) < 1e-5);
        const auto options = exporting::ExportedModel::load((model + "/model.tern").toStdString()).read_options();
        QCOMPARE(options.date_format_of("day"), data::DateFormat{data::DateOrder::day_first});
    }

  private:
    QString db() const { return m_dir.filePath("runs.db"); }

    // One default XGBoost candidate fitted on `train` and exported to `out`; a failure is reported, then false.
    bool exportOneXgboost(const QString& train, const char* target, const QString& out)
    {
        const auto run = cli({"automl", train, "--target", target, "--families", "xgboost", "--max-candidates", "1",
                              "--folds", "3", "--budget", "60", "--seed", "0", "--db", db(), "--json"});
        if (run.code != 0) {
            qWarning("automl: %s", run.err.constData());
            return false;
        }
        const auto j = json_of(run);
        const auto e = cli({"export", QString::number(j["run_id"].toInteger()),
                            QString::number(j["best_id"].toInteger()), "--out", out, "--db", db()});
        if (e.code != 0)
            qWarning("export: %s", e.err.constData());
        return e.code == 0;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliPredictColumns)
#include "test_cli_predict_columns.moc"
