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
    QVector<double> ticks;
    const int first = int(std::floor(std::log10(range.lower)));
    const int last = int(std::ceil(std::log10(range.upper)));
    for (int decade = first; decade <= last; ++decade)
        for (const double mantissa : {1.0, 2.0, 5.0}) {
            const double tick = mantissa * std::pow(10.0, decade);
            if (tick >= range.lower && tick <= range.upper)
                ticks << tick;
        }
    return ticks;
}

} // namespace tern::ui
