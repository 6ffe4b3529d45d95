// The Run page's log in the GUI's language: every pattern a run logs (its validation plan, the columns it set
// aside and why, stray words, a far target value, each candidate, the ensemble, the choice) has a German and a
// Spanish translation in the embedded catalogue, and a line reads translated with its arguments in place, families
// and metrics under the names the pages give them; so does a target's refusal.
#include "engine/core/error.h"
#include "engine/data/readers.h"
#include "engine/search/runner.h"
#include "engine/search/target.h"
#include "engine/store/store.h"
#include "tests/ui/ui_test_support.h"
#include "ui/engine_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <fstream>
#include <set>

using namespace tern;

namespace {

class Recorder final : public search::Observer {
  public:
    void log(const Message& line) override { lines.push_back(line); }
    std::vector<Message> lines;
};

// Every translatable pattern in `m`: arguments too, verbatim text not, nor patterns of arguments and signs alone
// ("#%1 %2 %3", "%1; %2").
void collect_patterns(const Message& m, std::set<std::string>& out)
{
    if (m.is_verbatim())
        return;
    if (QString::fromStdString(m.pattern())
            .remove(QRegularExpression(QStringLiteral("%\\d+")))
            .contains(QRegularExpression(QStringLiteral("[A-Za-z]"))))
        out.insert(m.pattern());
    for (const Message& a : m.args())
        collect_patterns(a, out);
}

// Sixty rows made to draw every note prepare() can log on a table: a key, a constant, a stray word in a number
// column, rows without a target, a target value far from the rest.
void write_table(const std::string& path)
{
    std::ofstream f(path);
    f << "order_id,region,channel,discount,units,revenue\n";
    for (int i = 0; i < 60; ++i) {
        const double revenue = i == 7 ? 1e7 : 100.0 + 13.0 * (i % 9) + 2.0 * i;
        f << 1000 + i << ",north," << (i % 3 == 0 ? "web" : "store") << ","
          << (i == 11 ? std::string("oops") : std::to_string(0.05 * (i % 4))) << "," << 1 + i % 9 << ","
          << (i == 20 || i == 33 ? std::string() : std::to_string(revenue)) << "\n";
    }
}

} // namespace

class TestRunLogLanguage : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        ui::test::prepareUiTest();
        QVERIFY(m_dir.isValid());
        const std::string path = m_dir.filePath(QStringLiteral("sales.csv")).toStdString();
        write_table(path);
        auto store = store::Store::open(m_dir.filePath(QStringLiteral("runs.db")).toStdString());
        search::RunSpec spec;
        spec.data_path = path;
        spec.target = "revenue";
        spec.budget_s = 30;
        spec.max_candidates = 3;
        spec.families = {"linear", "knn"};
        const auto outcome = search::Runner(store).run(spec, m_log);
        QCOMPARE(QString::fromStdString(outcome.status), QStringLiteral("finished"));
        for (const Message& line : m_log.lines)
            collect_patterns(line, m_patterns);
    }

    void everyPatternOfARunIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void everyPatternOfARunIsTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(language), QStringLiteral("tern"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        // What the table was made to draw, so that a lost note fails here rather than passing unchecked.
        for (const char* expected :
             {"validation: %1", "%1 x %2-fold", "set aside, not features: %1",
              "constant: one value in every training row",
              "id-like: a distinct integer in each of the %1 training rows",
              "%1: %2 cell is not a number and reads as missing (data row %3 holds '%4')",
              "%1 rows without a value of '%2' are left out of training", "#%1 ensemble of %2 candidates: %3=%4",
              "'%1': %2 value(s) lie beyond 20 interquartile ranges of the middle half (%3 to %4), the farthest %5; "
              "squared-error metrics (R², RMSE) are dominated by such rows: check them, or choose --metric mae"})
            QVERIFY2(m_patterns.count(expected), expected);
        QStringList missing;
        for (const std::string& pattern : m_patterns)
            if (translator.translate("EngineText", pattern.c_str()).isEmpty())
                missing << QString::fromStdString(pattern);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void aLineReadsInTheGuiLanguageWithItsArguments()
    {
        const Message missing_target("%1 rows without a value of '%2' are left out of training", 2, "revenue");
        bool validation = false;
        {
            ui::test::ScopedLanguage german(QStringLiteral("de"));
            QVERIFY(german.isLoaded());
            QCOMPARE(ui::engineText(missing_target),
                     QStringLiteral("2 Zeilen ohne Wert in 'revenue' bleiben beim Training außen vor"));
            for (const Message& line : m_log.lines)
                if (line.pattern() == "validation: %1")
                    validation = ui::engineText(line).startsWith(QStringLiteral("Validierung: "));
        }
        QVERIFY(validation);
        QCOMPARE(ui::engineText(missing_target),
                 QStringLiteral("2 rows without a value of 'revenue' are left out of training"));
    }

    // Families and metrics read as every other page names them, while tern-cli keeps the codes users type.
    void familiesAndMetricsReadAsThePagesNameThem()
    {
        QString started, knn;
        for (const Message& line : m_log.lines) {
            const QString shown = ui::engineText(line);
            if (shown.startsWith(QStringLiteral("run ")))
                started = shown;
            if (QString::fromStdString(line.text()).contains(QStringLiteral(" knn ok r2=")))
                knn = shown;
        }
        QVERIFY2(started.contains(QStringLiteral("metric R², ")) && started.endsWith(QStringLiteral("Linear,k-NN")),
                 qPrintable(started));
        QVERIFY2(knn.contains(QStringLiteral(" k-NN ")) && knn.contains(QStringLiteral("R²=")), qPrintable(knn));
    }

    // A run refused for its target says why in the GUI's language, the column's name in place.
    void aRefusedTargetReadsInTheGuiLanguage()
    {
        const std::string path = m_dir.filePath(QStringLiteral("one_class.csv")).toStdString();
        std::ofstream(path) << "x,label\n1,a\n2,a\n3,a\n";
        const data::Table table = data::read_table(path);
        ui::test::ScopedLanguage spanish(QStringLiteral("es"));
        QVERIFY(spanish.isLoaded());
        QString refusal;
        try {
            search::prepare_target(table, "label", "auto");
        } catch (const InputError& e) {
            refusal = ui::engineText(e.message());
        }
        QCOMPARE(refusal, QStringLiteral("el objetivo 'label' tiene una sola clase"));
    }

  private:
    QTemporaryDir m_dir;
    Recorder m_log;
    std::set<std::string> m_patterns;
};

QTEST_MAIN(TestRunLogLanguage)
#include "test_run_log_language.moc"
