#include "ui/plots/residual_plot.h"

#include "ui/plots/plot_palette.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace tern::ui {

namespace {

// Beyond this many rows the dots are drawn from an even sample: the cloud looks the same and stays responsive.
constexpr std::size_t kMaxDots = 5000;

} // namespace

ResidualPlot::ResidualPlot(QWidget* parent) : ExportablePlot(parent)
{
    setTargetName(QString());
    // One ticker for both axes: over the same range they tick at the same values (60 across, 25 up read as two
    // scales).
    yAxis->setTicker(xAxis->ticker());
    spaceTicksByWidth(xAxis);
    spaceTicksByWidth(yAxis);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize()));
    plotLayout()->addElement(0, 0, m_title);
    applyPlotPalette(this); // the title is new
    showMessage(tr("No predictions"));
}

void ResidualPlot::setTargetName(const QString& name)
{
    setAxisTitle(xAxis, name.isEmpty() ? tr("Actual value") : tr("Actual %1").arg(name));
    setAxisTitle(yAxis,
                 name.isEmpty() ? tr("Predicted value (out of fold)") : tr("Predicted %1 (out of fold)").arg(name));
}

void ResidualPlot::setPredictions(std::span<const float> actual, std::span<const float> predicted)
{
    clearPlot();
    const std::size_t n = std::min(actual.size(), predicted.size());
    QVector<double> xs, ys;
    double squares = 0, lo = 0, hi = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = actual[i], p = predicted[i];
        if (!std::isfinite(a) || !std::isfinite(p))
            continue;
        squares += (p - a) * (p - a);
        lo = xs.isEmpty() ? std::min(a, p) : std::min({lo, a, p});
        hi = xs.isEmpty() ? std::max(a, p) : std::max({hi, a, p});
        xs << a;
        ys << p;
    }
    m_points = static_cast<int>(xs.size());
    m_rmse = xs.isEmpty() ? 0 : std::sqrt(squares / xs.size());
    if (xs.isEmpty()) {
        m_title->setText(QString());
        showMessage(tr("No predictions"));
        return;
    }
    QCPGraph* dots = addGraph();
    m_dots = dots;
    dots->setLineStyle(QCPGraph::lsNone);
    const std::size_t step = std::max<std::size_t>(1, static_cast<std::size_t>(xs.size()) / kMaxDots);
    QVector<double> sx, sy;
    for (qsizetype i = 0; i < xs.size(); i += static_cast<qsizetype>(step)) {
        sx << xs[i];
        sy << ys[i];
    }
    dots->setData(sx, sy);
    dots->setSelectable(QCP::stNone);
    auto* diagonal = new QCPItemStraightLine(this);
    m_diagonal = diagonal;
    diagonal->point1->setCoords(lo, lo);
    diagonal->point2->setCoords(hi, hi);
    recolourData();
    const double pad = std::max(1e-9, (hi - lo) * 0.05);
    xAxis->setRange(lo - pad, hi + pad);
    yAxis->setRange(lo - pad, hi + pad);
    m_title->setText(tr("%1 rows, RMSE %2").arg(QLocale().toString(m_points)).arg(QLocale().toString(m_rmse, 'g', 4)));
    replot(QCustomPlot::rpQueuedReplot);
}

void ResidualPlot::recolourData()
{
    if (m_dots) {
        QColor dot = seriesColour(0, palette());
        dot.setAlpha(150);
        m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, dot, 5));
    }
    if (m_diagonal)
        m_diagonal->setPen(QPen(plotAlert(palette()), 1.2, Qt::DashLine));
}

} // namespace tern::ui
