// Cross-validation splits: every row validated exactly once, classes stratified, regression bins spread, the same
// seed gives the same folds, and subsampling keeps every class.
#include "engine/search/folds.h"

#include <QtTest>

#include <map>
#include <set>

using namespace tern;
using namespace tern::search;

class TestFolds : public QObject {
    Q_OBJECT
private slots:
    void everyRowValidatedOnceAndStratified()
    {
        std::vector<float> y;
        for (int i = 0; i < 103; ++i)
            y.push_back(i % 10 == 0 ? 1.0f : 0.0f);  // ~10 % minority
        const auto folds = make_folds(y, Task::binary, 5, 42, false);
        QCOMPARE(folds.size(), std::size_t{5});
        std::vector<int> seen(y.size(), 0);
        for (const auto& f : folds) {
            QCOMPARE(f.train.size() + f.valid.size(), y.size());
            int minority = 0;
            for (auto p : f.valid) {
                ++seen[p];
                minority += y[p] == 1.0f;
            }
            QVERIFY(minority >= 2 && minority <= 3);  // 11 minority rows over 5 folds
            std::set<std::size_t> train(f.train.begin(), f.train.end());
            for (auto p : f.valid)
                QVERIFY(!train.count(p));
        }
        for (int s : seen)
            QCOMPARE(s, 1);
    }

    void sameSeedSameFoldsOtherSeedOtherFolds()
    {
        std::vector<float> y(60);
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] = static_cast<float>(i % 3);
        const auto a = make_folds(y, Task::multiclass, 4, 7, false);
        const auto b = make_folds(y, Task::multiclass, 4, 7, false);
        const auto c = make_folds(y, Task::multiclass, 4, 8, false);
        QCOMPARE(a.front().valid, b.front().valid);
        QVERIFY(a.front().valid != c.front().valid);
    }

    void regressionFoldsSpanTheRange()
    {
        std::vector<float> y(100);
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] = static_cast<float>(i);
        for (const auto& f : make_folds(y, Task::regression, 5, 1, false)) {
            float lo = 1e9f, hi = -1e9f;
            for (auto p : f.valid) {
                lo = std::min(lo, y[p]);
                hi = std::max(hi, y[p]);
            }
            QVERIFY(lo < 5 && hi > 94);
        }
    }

    void holdoutIsOneEightyTwentySplit()
    {
        std::vector<float> y(1000, 0.0f);
        for (std::size_t i = 0; i < 300; ++i)
            y[i] = 1.0f;
        const auto folds = make_folds(y, Task::binary, 5, 0, true);
        QCOMPARE(folds.size(), std::size_t{1});
        QCOMPARE(folds.front().valid.size(), std::size_t{200});
        QCOMPARE(folds.front().train.size(), std::size_t{800});
    }

    void repeatedFoldsValidateEachRowOncePerRepeat()
    {
        std::vector<float> y(50);
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] = static_cast<float>(i % 2);
        const auto folds = make_folds(y, Task::binary, 5, 11, false, 3);
        QCOMPARE(folds.size(), std::size_t{15});
        std::vector<int> seen(y.size(), 0);
        for (const auto& f : folds)
            for (auto p : f.valid)
                ++seen[p];
        for (int s : seen)
            QCOMPARE(s, 3);
        QVERIFY(folds[0].valid != folds[5].valid);  // each repeat reshuffles
        QCOMPARE(repeats_for(200), 3);
        QCOMPARE(repeats_for(100'000), 1);
    }

    void subsampleKeepsEveryClassAndIsDeterministic()
    {
        std::vector<float> y(900, 0.0f);
        y[5] = 1.0f;  // a class with one row
        for (std::size_t i = 100; i < 400; ++i)
            y[i] = 2.0f;
        std::vector<std::size_t> all(y.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        const auto a = subsample(all, y, Task::multiclass, 1.0 / 3, 50, 3);
        const auto b = subsample(all, y, Task::multiclass, 1.0 / 3, 50, 3);
        QCOMPARE(a, b);
        QVERIFY(a.size() > 280 && a.size() < 320);
        std::map<float, int> classes;
        for (auto p : a)
            ++classes[y[p]];
        QCOMPARE(classes.size(), std::size_t{3});
        QCOMPARE(subsample(all, y, Task::multiclass, 1.0, 50, 3).size(), y.size());
    }
};

QTEST_GUILESS_MAIN(TestFolds)
#include "test_folds.moc"
