// Durations, latencies and sizes as the leaderboard shows them: the unit keeps the number short, the raw value
// stays the sort key (a 2 KB model sorts before a 1.5 MB one even though "2" > "1"), and status codes read as words.
#include "tests/ui/ui_test_support.h"
#include "ui/models/candidate_table_model.h"
#include "ui/models/display_units.h"
#include "ui/models/status_labels.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace tern;
using namespace tern::ui;

namespace {

search::CandidateResult candidate(std::int64_t id, double latencyUs, double bytes, std::string status = "ok")
{
    search::CandidateResult r;
    r.id = id;
    r.family = "knn";
    r.status = std::move(status);
    r.score = 0.5 + 0.01 * static_cast<double>(id);
    r.score_std = 0.02;
    r.fit_s = 0.004 * static_cast<double>(id);
    r.latency_us_p50 = latencyUs;
    r.latency_us_p99 = latencyUs * 2;
    r.size_bytes = static_cast<std::int64_t>(bytes);
    return r;
}

} // namespace

class TestDisplayUnits : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        test::prepareUiTest();
        QLocale::setDefault(QLocale::c()); // the expected strings below use '.' and ','
    }

    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("µs") << 0.0000123 << QStringLiteral("12.3 µs");
        QTest::newRow("sub-µs") << 0.00000042 << QStringLiteral("0.42 µs");
        QTest::newRow("ms") << 0.0451 << QStringLiteral("45.1 ms");
        QTest::newRow("almost 1 ms") << 0.0009996 << QStringLiteral("1.00 ms");
        QTest::newRow("s") << 3.214 << QStringLiteral("3.21 s");
        QTest::newRow("minutes") << 125.2 << QStringLiteral("2 min 05 s");
        QTest::newRow("hours") << 7384.0 << QStringLiteral("2 h 03 min");
        QTest::newRow("NaN") << std::nan("") << QString();
        QTest::newRow("negative") << -1.0 << QString();
    }

    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }

    // Metric values keep four decimals below 10 and five significant digits above (an RMSE of 15.873, not 15.8728).
    void metricDecimalsFollowTheMagnitude()
    {
        QCOMPARE(metricDecimals(0.98674), 4);
        QCOMPARE(metricDecimals(-1.2345), 4);
        QCOMPARE(metricDecimals(9.99), 4);
        QCOMPARE(metricDecimals(15.8728), 3);
        QCOMPARE(metricDecimals(1234.567), 1);
        QCOMPARE(metricDecimals(-98765.4), 0);
        QCOMPARE(metricDecimals(1e9), 0);
    }

    void latencyIsInMicroseconds() { QCOMPARE(formatLatency(2500), QStringLiteral("2.50 ms")); }

    // A long cell is shown cut to its first characters and an ellipsis, whole characters only (a 10 MB cell froze
    // the Data page while the view measured it).
    void longCellsAreCut()
    {
        QCOMPARE(cellText("short"), QStringLiteral("short"));
        QCOMPARE(cellText(std::string(200, 'a')), QString(200, QLatin1Char('a')));
        QCOMPARE(cellText(std::string(10'000'000, 'a')), QString(200, QLatin1Char('a')) + QChar(0x2026));
        std::string umlauts;
        for (int i = 0; i < 300; ++i)
            umlauts += "\xC3\xBC"; // ü, two bytes each
        QCOMPARE(cellText(umlauts, 250), QString(250, QChar(0xFC)) + QChar(0x2026));
        std::string emoji;
        for (int i = 0; i < 10; ++i)
            emoji += "\xF0\x9F\x8D\x8E"; // one character, two UTF-16 units
        const QString cut = cellText(emoji, 5);
        QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate()); // no half character before the ellipsis
        QCOMPARE(cut.size(), 5);
    }

    void sizes_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << 900.0 << QStringLiteral("900 B");
        QTest::newRow("KB") << 2048.0 << QStringLiteral("2.00 KB");
        QTest::newRow("hundreds of KB") << 770.4 * 1024 << QStringLiteral("770 KB");
        QTest::newRow("almost 1 MB") << 1000.0 * 1024 << QStringLiteral("0.98 MB");
        QTest::newRow("MB") << 1.5 * 1024 * 1024 << QStringLiteral("1.50 MB");
        QTest::newRow("GB") << 3.25 * 1024 * 1024 * 1024 << QStringLiteral("3.25 GB");
    }

    void sizes()
    {
        QFETCH(double, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytes(bytes), text);
    }

    void tableShowsUnitsAndSortsByValue()
    {
        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addCandidate(candidate(1, 1500, 1.5 * 1024 * 1024));
        model.addCandidate(candidate(2, 80, 2048));
        model.addCandidate(candidate(3, 9, 900));
        QCOMPARE(model.index(0, CandidateTableModel::LatencyP50).data().toString(), QStringLiteral("1.50 ms"));
        QCOMPARE(model.index(1, CandidateTableModel::Size).data().toString(), QStringLiteral("2.00 KB"));
        QCOMPARE(model.index(2, CandidateTableModel::FitTime).data().toString(), QStringLiteral("12.0 ms"));
        QCOMPARE(model.index(0, CandidateTableModel::Score).data().toString(), QStringLiteral("0.5100 ± 0.0200"));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CandidateTableModel::SortRole);
        for (int column : {int(CandidateTableModel::Size), int(CandidateTableModel::LatencyP50)}) {
            proxy.sort(column, Qt::AscendingOrder);
            QStringList ids;
            for (int row = 0; row < proxy.rowCount(); ++row)
                ids << proxy.index(row, CandidateTableModel::Ordinal).data().toString();
            QCOMPARE(ids, (QStringList{"3", "2", "1"}));
        }

        // One fold (a holdout) has no spread to show.
        auto holdout = candidate(4, 10, 10);
        holdout.score_std = 0;
        holdout.fold_scores = {0.54};
        model.addCandidate(holdout);
        QCOMPARE(model.index(3, CandidateTableModel::Score).data().toString(), QStringLiteral("0.5400"));
    }

    void statusesReadAsWords()
    {
        CandidateTableModel model;
        auto late = candidate(1, 10, 10, "timeout");
        late.error = Message::verbatim("the candidate's time ran out");
        model.addCandidate(late);
        QCOMPARE(model.index(0, CandidateTableModel::Status).data().toString(), QStringLiteral("timed out"));
        QCOMPARE(model.index(0, CandidateTableModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("the candidate's time ran out"));
        QCOMPARE(candidateStatusLabel("ok"), QStringLiteral("ok"));
        QCOMPARE(runStatusLabel("interrupted"), QStringLiteral("interrupted"));
        QCOMPARE(runStatusLabel("something new"), QStringLiteral("something new"));
        QCOMPARE(setAsideLabel("id-like: a distinct 10-digit code in each of the 400 training rows"),
                 QStringLiteral("a key: a different value in every row"));
        QCOMPARE(setAsideLabel("constant: every training value is missing"), QStringLiteral("missing in every row"));
        QCOMPARE(setAsideLabel("constant: one value in every training row"), QStringLiteral("one value in every row"));
    }

    void statusesAreTranslated()
    {
        QString candidate, run, key, latency;
        {
            const test::ScopedLanguage german(QStringLiteral("de"));
            QVERIFY(german.isLoaded());
            candidate = candidateStatusLabel("timeout"), run = runStatusLabel("interrupted");
            key = setAsideLabel("id-like: a distinct value in each of the 80 training rows");
            latency = formatLatency(2500);
        }
        QCOMPARE(candidate, QStringLiteral("Zeit überschritten"));
        QCOMPARE(run, QStringLiteral("unterbrochen"));
        QCOMPARE(key, QStringLiteral("ein Schlüssel: in jeder Zeile ein anderer Wert"));
        QCOMPARE(latency, QStringLiteral("2.50 ms"));
    }

    // The engine's own words for a failure are kept translatable in the store; a library's text stays as it is.
    void aStoredCandidatesErrorReadsInTheGuisLanguage()
    {
        auto late = candidate(1, 10, 10, "timeout");
        late.error = Message("the candidate exceeded its time limit");
        auto broken = candidate(2, 10, 10, "failed");
        broken.error = Message::verbatim("XGBoost: bad_malloc");
        CandidateTableModel model;
        model.addCandidate(search::CandidateResult::from_record(late.to_record(1)));
        model.addCandidate(search::CandidateResult::from_record(broken.to_record(1)));
        const test::ScopedLanguage german(QStringLiteral("de"));
        QCOMPARE(model.index(0, CandidateTableModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("der Kandidat hat sein Zeitlimit überschritten"));
        QCOMPARE(model.index(1, CandidateTableModel::Status).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("XGBoost: bad_malloc"));
    }

    void headersExplainTheCosts()
    {
        CandidateTableModel model;
        QCOMPARE(model.headerData(CandidateTableModel::Size, Qt::Horizontal).toString(), QStringLiteral("Size"));
        QVERIFY(model.headerData(CandidateTableModel::LatencyP50, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("one row")));
    }
};

QTEST_MAIN(TestDisplayUnits)
#include "test_display_units.moc"
