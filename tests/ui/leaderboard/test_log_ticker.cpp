// The latency axes' ticks: 1, 2 and 5 times each power of ten over a few decades, the powers alone over many.
#include "ui/plots/log_ticker.h"

#include <QtTest>
#include <cmath>

using namespace tern::ui;

namespace {

QVector<double> ticksFor(const QCPRange& range)
{
    LogTicker ticker;
    QVector<double> ticks, subTicks;
    QVector<QString> labels;
    ticker.generate(range, QLocale::c(), QLatin1Char('g'), 6, ticks, &subTicks, &labels);
    return ticks;
}

} // namespace

class TestLogTicker : public QObject {
    Q_OBJECT

  private slots:
    void fewDecadesGetOneTwoFive() { QCOMPARE(ticksFor(QCPRange(0.3, 40)), (QVector<double>{0.5, 1, 2, 5, 10, 20})); }

    // Within a factor of a few, 1-2-5 leaves one tick: every whole mantissa, then round linear steps.
    void aNarrowRangeStillHasSeveralTicks()
    {
        QCOMPARE(ticksFor(QCPRange(1.5, 9)), (QVector<double>{2, 3, 4, 5, 6, 7, 8, 9}));
        const QVector<double> narrow = ticksFor(QCPRange(1.04, 3.44));
        QCOMPARE(narrow.size(), 4);
        QCOMPARE(narrow.front(), 1.5);
        QCOMPARE(narrow.back(), 3.0);
        QVERIFY(ticksFor(QCPRange(1.6, 2.2)).size() >= 3);
    }

    void manyDecadesKeepThePowersOfTen()
    {
        const QVector<double> ticks = ticksFor(QCPRange(0.1, 1e6));
        QVERIFY(!ticks.isEmpty());
        for (double t : ticks) {
            const double exponent = std::log10(t);
            QVERIFY2(std::abs(exponent - std::round(exponent)) < 1e-9, qPrintable(QString::number(t)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogTicker)
#include "test_log_ticker.moc"
