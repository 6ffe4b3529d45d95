// Strategies: defaults first (cheap families first), proposals a pure function of seed and history (so a run is
// reproducible and resumable), successive-halving promotions of the top third, TPE drawn toward good regions.
#include "engine/models/registry.h"
#include "engine/search/strategy.h"

#include <QtTest>

#include <functional>
#include <set>

using namespace tern;
using namespace tern::search;

namespace {

SearchContext context(std::vector<std::string> families, std::uint64_t seed)
{
    SearchContext ctx;
    ctx.task = Task::binary;
    ctx.n_classes = 2;
    ctx.n_rows = 1000;
    ctx.has_missing = true;
    ctx.has_categorical = true;
    ctx.families = std::move(families);
    ctx.seed = seed;
    return ctx;
}

// A made-up but deterministic score for a configuration.
double fake_score(const CandidateConfig& c)
{
    return static_cast<double>(std::hash<std::string>{}(c.key()) % 1000) / 1000.0;
}

std::vector<std::string> sequence(const SearchContext& ctx, int n)
{
    auto strategy = make_strategy(ctx);
    std::vector<Trial> history;
    std::vector<std::string> keys;
    for (int i = 0; i < n; ++i) {
        auto c = strategy->next(history);
        if (!c)
            break;
        keys.push_back(c->key());
        history.push_back({*c, "ok", fake_score(*c)});
    }
    return keys;
}

std::vector<std::string> available(std::initializer_list<const char*> wanted)
{
    std::vector<std::string> out;
    for (const auto& f : models::families())
        for (const char* w : wanted)
            if (f.name == w)
                out.push_back(f.name);
    return out;
}

}  // namespace

class TestStrategy : public QObject {
    Q_OBJECT
private slots:
    void defaultsComeFirst()
    {
        const auto families = available({"linear", "xgboost"});
        if (families.size() < 2)
            QSKIP("needs the linear and xgboost families");
        auto ctx = context(families, 1);
        auto strategy = make_strategy(ctx);
        std::vector<Trial> history;
        for (const auto& f : families) {
            auto c = strategy->next(history);
            QVERIFY(c);
            QCOMPARE(c->family, f);
            QCOMPARE(c->origin, std::string("default"));
            history.push_back({*c, "ok", 0.5});
        }
        auto c = strategy->next(history);
        QVERIFY(c);
        QVERIFY(c->origin != "default");
        // xgboost takes missing values natively; linear gets imputation and scaling.
        QCOMPARE(default_config("xgboost", ctx).pipeline.imputer, std::string("none"));
        QCOMPARE(default_config("linear", ctx).pipeline.scaler, std::string("standard"));
    }

    void sameSeedSameProposalsOtherSeedOthers()
    {
        std::vector<std::string> families;
        for (const auto& f : models::families())
            families.push_back(f.name);
        const auto a = sequence(context(families, 5), 40);
        const auto b = sequence(context(families, 5), 40);
        const auto c = sequence(context(families, 6), 40);
        QCOMPARE(a.size(), std::size_t{40});
        QCOMPARE(a, b);
        QVERIFY(a != c);
        // Never the same configuration twice.
        std::set<std::string> distinct(a.begin(), a.end());
        QCOMPARE(distinct.size(), a.size());
    }

    void halvingPromotesTheTopThird()
    {
        const auto families = available({"xgboost"});
        if (families.empty())
            QSKIP("needs the xgboost family");
        auto ctx = context(families, 3);
        ctx.fidelities = {1.0 / 3, 1.0};
        auto halving = make_halving_strategy(ctx);
        auto fresh = make_model_based_strategy(ctx);
        std::vector<Trial> history;
        for (int i = 0; i < 6; ++i) {
            auto c = fresh->next(history);
            QVERIFY(c);
            QCOMPARE(c->fidelity, 1.0 / 3);
            history.push_back({*c, "ok", 0.1 * i});
        }
        // Six results at rung 0: the best two (scores 0.5 and 0.4) are promoted, best first.
        auto p = halving->next(history);
        QVERIFY(p);
        QCOMPARE(p->fidelity, 1.0);
        QCOMPARE(p->origin, std::string("promoted"));
        CandidateConfig best = history[5].config;
        best.fidelity = 1.0;
        QCOMPARE(p->key(), best.key());
        history.push_back({*p, "ok", 0.6});
        auto q = halving->next(history);
        QVERIFY(q);
        CandidateConfig second = history[4].config;
        second.fidelity = 1.0;
        QCOMPARE(q->key(), second.key());
        history.push_back({*q, "ok", 0.5});
        QVERIFY(!halving->next(history));
    }

    void tpeProposesNearGoodResults()
    {
        std::vector<Dimension> dims(1);
        dims[0].name = "x";
        std::vector<Point> points;
        std::vector<double> scores;
        for (int i = 0; i <= 20; ++i) {
            const double x = i / 20.0;
            points.push_back({x});
            scores.push_back(-std::abs(x - 0.8));
        }
        std::mt19937_64 rng(1);
        double mean = 0;
        for (int k = 0; k < 20; ++k)
            mean += propose_tpe(dims, points, scores, rng)[0] / 20;
        QVERIFY2(std::abs(mean - 0.8) < 0.12, qPrintable(QString::number(mean)));
    }
};

QTEST_GUILESS_MAIN(TestStrategy)
#include "test_strategy.moc"
