#include "ui/plots/log_ticker.h"

#include <cmath>

namespace tern::ui {

namespace {

constexpr double max_dense_decades = 3;

} // namespace

double LogTicker::getTickStep(const QCPRange& range)
{
    m_dense =
        range.lower > 0 && range.upper > range.lower && std::log10(range.upper / range.lower) <= max_dense_decades;
    return QCPAxisTickerLog::getTickStep(range);
}

int LogTicker::getSubTickCount(double tickStep)
{
    return m_dense ? 0 : QCPAxisTickerLog::getSubTickCount(tickStep);
}

QVector<double> LogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    if (!m_dense)
        return QCPAxisTickerLog::createTickVector(tickStep, range);
    const int first = int(std::floor(std::log10(range.lower)));
    const int last = int(std::ceil(std::log10(range.upper)));
    const auto at = [&](std::initializer_list<double> mantissas) {
        QVector<double> ticks;
        for (int decade = first; decade <= last; ++decade)
            for (const double mantissa : mantissas) {
                const double tick = mantissa * std::pow(10.0, decade);
                if (tick >= range.lower && tick <= range.upper)
                    ticks << tick;
            }
        return ticks;
    };
    // A narrow range (1.6 to 2.2 µs) holds one of 1, 2 and 5 at most: then every whole mantissa, and failing that
    // round steps of about a quarter of the range, so that a reader can still place the points.
    if (QVector<double> ticks = at({1.0, 2.0, 5.0}); ticks.size() >= 3)
        return ticks;
    if (QVector<double> ticks = at({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0}); ticks.size() >= 3)
        return ticks;
    const double raw = (range.upper - range.lower) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = (raw / magnitude >= 5 ? 5 : raw / magnitude >= 2 ? 2 : 1) * magnitude;
    QVector<double> ticks;
    for (double tick = std::ceil(range.lower / step) * step; tick <= range.upper; tick += step)
        ticks << tick;
    return ticks;
}

} // namespace tern::ui
