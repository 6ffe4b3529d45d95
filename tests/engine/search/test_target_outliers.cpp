// Regression targets far outside the bulk of their values are found (one 1e7 among hundreds), while ordinary
// spread, a long but continuous tail, and targets with no spread to measure by raise nothing.
#include "engine/search/target_outliers.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace tern::search;

class TestTargetOutliers : public QObject {
    Q_OBJECT
private slots:
    void oneEntryErrorAmongHundreds()
    {
        std::vector<double> y;
        for (int i = 0; i < 400; ++i)
            y.push_back(150.0f + static_cast<float>(i % 97) * 6.5f);
        QVERIFY(!far_target_values(y));
        y[123] = 1e7f;
        const auto far = far_target_values(y);
        QVERIFY(far.has_value());
        QCOMPARE(far->count, std::size_t{1});
        QCOMPARE(far->farthest, 1e7);
        QVERIFY(far->q1 > 150 && far->q3 < 800);
    }

    void ordinarySpreadRaisesNothing()
    {
        std::vector<double> normalish, constant(50, 3.0), few{1, 2, 1e9};
        for (int i = 0; i < 1000; ++i)
            normalish.push_back(static_cast<float>(std::sin(i * 1.7) * 10.0 + std::cos(i * 0.3) * 5.0));
        QVERIFY(!far_target_values(normalish));
        QVERIFY(!far_target_values(constant)); // no spread: nothing to measure a distance by
        QVERIFY(!far_target_values(few));      // too few values to speak of a bulk
    }
};

QTEST_GUILESS_MAIN(TestTargetOutliers)
#include "test_target_outliers.moc"
