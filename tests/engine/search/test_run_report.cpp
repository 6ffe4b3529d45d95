// The text leaderboard of `tern-cli show`: best first, the chosen candidate marked, and precision variants on an
// indented line that gives each variant's change against fp32 on the same rows (its own score is on a sample of the
// validation rows, so it does not compare with the candidate's score); runs stored before drops show scores; test
// rows that could not be scored are counted with the reason.
#include "engine/search/run_report.h"

#include <QtTest>

using namespace tern::search;

namespace {

nlohmann::json candidate(int id, double score, nlohmann::json variants = nlohmann::json::array())
{
    return {{"id", id},         {"family", "linear"}, {"score", score},           {"score_std", 0.01},
            {"fit_s", 0.01},    {"latency_us_p50", 1.0}, {"throughput_rows_s", 1e6}, {"size_bytes", 1000},
            {"status", "ok"},   {"params", nlohmann::json::object()}, {"variants", std::move(variants)}};
}

}  // namespace

class TestRunReport : public QObject {
    Q_OBJECT
private slots:
    void bestFirstAndMarked()
    {
        const nlohmann::json run = {{"run_id", 3}, {"metric", "balanced_accuracy"}, {"best_id", 2},
                                    {"candidates", {candidate(1, 0.70), candidate(2, 0.80)}}};
        const auto text = QString::fromStdString(leaderboard_text(run));
        QVERIFY(text.indexOf("   2 *  linear") >= 0);
        QVERIFY(text.indexOf("   2 *  linear") < text.indexOf("   1    linear"));
    }

    // A custom expression that is better low lists its lowest score first, and the header says which way is better.
    void customMinimisedMetricIsLowestFirst()
    {
        const nlohmann::json run = {{"run_id", 4}, {"metric", "custom"}, {"metric_expr", "sqrt(mse)"},
                                    {"metric_direction", "min"}, {"best_id", 1},
                                    {"candidates", {candidate(1, 12.5), candidate(2, 30.0)}}};
        const auto text = QString::fromStdString(leaderboard_text(run));
        QVERIFY(text.indexOf("   1 *  linear") < text.indexOf("   2    linear"));
        QVERIFY2(text.contains("sqrt(mse) (custom, lower is better)"), qPrintable(text));
    }

    // The legend explains the star: a run whose candidates all failed chose none and has no star to explain.
    void theChoiceIsExplainedOnlyWhenThereIsOne()
    {
        nlohmann::json run = {{"run_id", 5}, {"metric", "accuracy"}, {"candidates", {candidate(1, 0.8)}}};
        QVERIFY(!QString::fromStdString(leaderboard_text(run)).contains("* chosen:"));
        run["best_id"] = 1;
        QVERIFY(QString::fromStdString(leaderboard_text(run)).contains("* chosen:"));
    }

    void variantsShowTheirDropAgainstFp32()
    {
        const nlohmann::json variants = {{{"precision", "int8"}, {"score", 0.79}, {"drop_vs_fp32", -0.0018},
                                          {"latency_us_p50", 0.4}},
                                         {{"precision", "ternary"}, {"residual_fraction", 0.5}, {"score", 0.77},
                                          {"drop_vs_fp32", 0.0186}, {"latency_us_p50", 0.9}}};
        const nlohmann::json run = {{"run_id", 1}, {"metric", "accuracy"}, {"candidates", {candidate(1, 0.76, variants)}}};
        const auto text = QString::fromStdString(leaderboard_text(run));
        QVERIFY2(text.contains("variants, drop against fp32 (positive is worse): int8 -0.0018 (0.4 us) ternary@0.5 "
                               "+0.0186 (0.9 us)"),
                 qPrintable(text));
        QVERIFY(!text.contains("0.7900"));
    }

    // With fp32's score on the variants' rows recorded, the line gives each variant's change as the Export page does:
    // variant minus fp32, so a lower score reads negative.
    void variantsShowTheirChangeAgainstFp32()
    {
        const nlohmann::json variants = {{{"precision", "int8"}, {"score", 0.7918}, {"drop_vs_fp32", -0.0018},
                                          {"latency_us_p50", 0.4}},
                                         {{"precision", "ternary"}, {"residual_fraction", 0.5}, {"score", 0.7714},
                                          {"drop_vs_fp32", 0.0186}, {"latency_us_p50", 0.9}}};
        auto c = candidate(1, 0.76, variants);
        c["details"] = {{"variants_basis", {{"fp32_score", 0.79}, {"scored_rows", 200}}}};
        const nlohmann::json run = {{"run_id", 1}, {"metric", "accuracy"}, {"candidates", {c}}};
        const auto text = QString::fromStdString(leaderboard_text(run));
        QVERIFY2(text.contains("variants, score change against fp32: int8 +0.0018 (0.4 us) ternary@0.5 -0.0186 (0.9 us)"),
                 qPrintable(text));
    }

    void olderVariantsWithoutDropsShowScores()
    {
        const nlohmann::json variants = {{{"precision", "bf16"}, {"score", 0.79}, {"latency_us_p50", 0.4}}};
        const nlohmann::json run = {{"run_id", 1}, {"metric", "accuracy"}, {"candidates", {candidate(1, 0.76, variants)}}};
        QVERIFY(QString::fromStdString(leaderboard_text(run)).contains("variants: bf16 0.7900 (0.4 us)"));
    }

    void testRowsLeftOutAreCountedWithTheirReason()
    {
        nlohmann::json run = {{"run_id", 1}, {"metric", "accuracy"}, {"candidates", {candidate(1, 0.76)}}};
        run["report"] = {{"test_rows", 10}, {"test_rows_left_out", 11}, {"test_rows_missing_target", 1},
                         {"test_rows_unknown_class", 10}, {"test_unknown_classes", {"maybe"}}};
        const auto text = QString::fromStdString(leaderboard_text(run));
        QVERIFY2(text.contains("test: 10 rows scored; 11 left out: 1 without a target; 10 of a class the training "
                               "rows lack (maybe)"),
                 qPrintable(text));
        run["report"] = {{"test_rows", 10}, {"test_rows_left_out", 0}};
        QVERIFY(!QString::fromStdString(leaderboard_text(run)).contains("test:"));
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "test_run_report.moc"
