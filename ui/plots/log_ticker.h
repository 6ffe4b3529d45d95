// A log-scale axis labelled at 1, 2 and 5 times each power of ten while the range spans few decades: latencies of
// 0.3 to 40 µs had labels at 1 and 10 only, and a reader could not place the points between them. Wider ranges
// keep QCustomPlot's labels at the powers of ten.
#pragma once

#include <qcustomplot.h>

namespace tern::ui {

class LogTicker : public QCPAxisTickerLog {
  protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

  private:
    bool m_dense = false; // the range spans at most max_dense_decades: 1-2-5 ticks
};

} // namespace tern::ui
