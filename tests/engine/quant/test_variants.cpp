// Precision variants in the search, end to end on a small real table (tests/data/search/penguins.train.csv): every
// mlp and linear candidate of a run carries bf16, int8 and ternary (1, 0.5, 0) variants scored out-of-fold with
// their costs; other families carry none; VariantLab reopens a stored candidate and answers the residual-fraction
// slider; it scores the ensemble with its mlp and linear members quantised; it refuses candidates that do not
// quantise.
#include "engine/core/error.h"
#include "engine/search/runner.h"
#include "engine/search/variants.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace tern;
using namespace tern::search;

class TestVariants : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void candidates_carry_variants();
    void lab_evaluates_fractions();
    void lab_scores_an_ensemble();
    void lab_refuses_other_families();

  private:
    QTemporaryDir m_dir;
    std::string m_db;
    std::int64_t m_run = 0;
    std::vector<store::CandidateRecord> m_candidates;
};

void TestVariants::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath("variants.db").toStdString();
    auto store = store::Store::open(m_db);
    RunSpec spec;
    spec.data_path = std::string(TERN_TEST_DATA) + "/search/penguins.train.csv";
    spec.target = "species";
    spec.budget_s = 60;
    spec.seed = 1;
    spec.max_candidates = 4;
    spec.families = {"linear", "mlp", "naive_bayes"};
    NullObserver observer;
    Runner runner(store);
    const auto outcome = runner.run(spec, observer);
    QCOMPARE(outcome.status, std::string("finished"));
    m_run = outcome.run_id;
    m_candidates = store.load_candidates(m_run);
    for (const auto& c : m_candidates)
        qInfo("candidate %lld %s %s", (long long)c.ordinal, c.family.c_str(), c.status.c_str());
}

void TestVariants::candidates_carry_variants()
{
    int with_variants = 0;
    for (const auto& c : m_candidates) {
        if (c.status != "ok" || c.family == "ensemble")
            continue;
        if (!has_variants(c.family)) {
            QVERIFY(!c.details.contains("variants"));
            continue;
        }
        ++with_variants;
        const auto& v = c.details["variants"];
        QCOMPARE(v.size(), std::size_t(5));
        const std::vector<std::string> names{"bf16", "int8", "ternary", "ternary", "ternary"};
        for (std::size_t i = 0; i < v.size(); ++i) {
            QCOMPARE(v[i]["precision"].get<std::string>(), names[i]);
            for (const char* key :
                 {"score", "latency_us_p50", "throughput_rows_s", "size_bytes", "multiplies", "drop_vs_fp32"})
                QVERIFY2(v[i].contains(key), key);
            QVERIFY(v[i]["latency_us_p50"].get<double>() > 0);
            QVERIFY(v[i]["score"].get<double>() > 0.5); // penguins: far above chance in every precision
        }
        QCOMPARE(v[2]["residual_fraction"].get<double>(), 1.0);
        QCOMPARE(v[4]["residual_fraction"].get<double>(), 0.0);
        QVERIFY(v[4]["multiplies"].get<std::int64_t>() <= v[2]["multiplies"].get<std::int64_t>());
        QVERIFY(v[2]["multiplies"].get<std::int64_t>() < v[1]["multiplies"].get<std::int64_t>());
        QVERIFY(v[1]["size_bytes"].get<std::int64_t>() < v[0]["size_bytes"].get<std::int64_t>() ||
                c.family == "linear"); // a linear model's few weights are dwarfed by its pipeline
        const auto& basis = c.details["variants_basis"];
        QVERIFY(basis["rows"].get<std::string>().find("out-of-fold") != std::string::npos);
        // Near-lossless precisions stay within a point of the float model on the same rows.
        QVERIFY(std::fabs(v[0]["drop_vs_fp32"].get<double>()) <= 0.01);
        QVERIFY(std::fabs(v[1]["drop_vs_fp32"].get<double>()) <= 0.02);
    }
    QVERIFY(with_variants >= 2);
}

void TestVariants::lab_evaluates_fractions()
{
    auto store = store::Store::open(m_db);
    std::int64_t mlp = 0;
    for (const auto& c : m_candidates)
        if (c.family == "mlp" && c.status == "ok")
            mlp = c.ordinal;
    QVERIFY(mlp > 0);
    auto lab = VariantLab::open(store, m_run, mlp);
    QVERIFY(lab.rows_note().find("validation rows") != std::string::npos);
    const auto fp32 = lab.evaluate(quant::Precision::fp32);
    QVERIFY(std::fabs(fp32.score - lab.fp32_score()) < 0.01); // the dense stack is the float model
    const auto full = lab.evaluate(quant::Precision::ternary, 1.0);
    const auto none = lab.evaluate(quant::Precision::ternary, 0.0);
    QVERIFY(none.multiplies < full.multiplies);
    QVERIFY(none.size_bytes < full.size_bytes);
    QVERIFY(full.residual_fraction && *full.residual_fraction == 1.0);
    const auto again = lab.evaluate(quant::Precision::ternary, 1.0);
    QCOMPARE(again.score, full.score); // the slider moves back to the same answer
    const auto i8 = lab.evaluate(quant::Precision::int8);
    QVERIFY(i8.score >= lab.fp32_score() - 0.03);
    QVERIFY_THROWS_EXCEPTION(InputError, lab.evaluate(quant::Precision::ternary, 1.5));
}

void TestVariants::lab_scores_an_ensemble()
{
    auto store = store::Store::open(m_db);
    const auto ensemble = std::find_if(m_candidates.begin(), m_candidates.end(),
                                       [](const auto& c) { return c.family == "ensemble" && c.status == "ok"; });
    QVERIFY2(ensemble != m_candidates.end(), "the run built no ensemble");
    const auto members = ensemble->params["members"].get<std::vector<std::int64_t>>();
    QVERIFY2(members.size() >= 2, ensemble->params.dump().c_str());
    auto lab = VariantLab::open(store, m_run, ensemble->ordinal);
    QVERIFY(lab.rows_note().find("of the members") != std::string::npos);
    const auto fp32 = lab.evaluate(quant::Precision::fp32);
    QVERIFY(std::fabs(fp32.score - lab.fp32_score()) < 0.01);
    const auto i8 = lab.evaluate(quant::Precision::int8);
    QVERIFY(i8.score >= lab.fp32_score() - 0.03);
    QVERIFY(i8.latency_us_p50 > 0 && i8.throughput_rows_s > 0 && i8.size_bytes > 0 && i8.multiplies > 0);
    // Ternary without its residual blocks does fewer multiplies in the quantised members.
    const auto ternary = lab.evaluate(quant::Precision::ternary, 0.0);
    QVERIFY(ternary.multiplies < i8.multiplies);
    QCOMPARE(*ternary.residual_fraction, 0.0);
}

void TestVariants::lab_refuses_other_families()
{
    auto store = store::Store::open(m_db);
    for (const auto& c : m_candidates)
        if (c.family == "naive_bayes")
            QVERIFY_THROWS_EXCEPTION(InputError, VariantLab::open(store, m_run, c.ordinal));
    QVERIFY_THROWS_EXCEPTION(InputError, VariantLab::open(store, m_run, 999));
}

QTEST_GUILESS_MAIN(TestVariants)
#include "test_variants.moc"
