#include "ui/plots/importance_plot.h"

#include "ui/plots/plot_palette.h"

#include <QLocale>
#include <QToolTip>

namespace tern::ui {

ImportancePlot::ImportancePlot(QWidget* parent) : ExportablePlot(parent)
{
    setAxisTitle(xAxis, tr("Metric drop when shuffled"));
    spaceTicksByWidth(xAxis);      // the panel is narrow: five labels like "0.15" ran into each other
    setMouseTracking(true);        // the full name of an elided feature shows on hover
    yAxis->setRangeReversed(true); // the most important feature at the top
    yAxis->grid()->setVisible(false);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize()));
    plotLayout()->addElement(0, 0, m_title);
    applyPlotPalette(this); // the title is new
    setImportance({}, tr("No feature importance"));
}

void ImportancePlot::setImportance(const nlohmann::json& importance, const QString& emptyText)
{
    const auto all = importanceBars(importance);
    m_bars.assign(all.begin(), all.begin() + std::min<std::ptrdiff_t>(kMaxBars, std::ssize(all)));
    if (m_bars.empty()) {
        m_title->setText(QString());
        showMessage(emptyText);
        return;
    }
    clearPlot();
    auto* bars = new QCPBars(yAxis, xAxis);
    m_barsDrawn = bars;
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setSelectable(QCP::stNone);
    auto* errors = new QCPErrorBars(yAxis, xAxis);
    m_errors = errors;
    errors->setDataPlottable(bars);
    errors->setErrorType(QCPErrorBars::etValueError);
    errors->setSelectable(QCP::stNone);
    double lo = 0, hi = 0;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const auto& b = m_bars[i];
        bars->addData(static_cast<double>(i), b.importance);
        errors->addData(b.std);
        lo = std::min(lo, b.importance - b.std);
        hi = std::max(hi, b.importance + b.std);
    }
    recolourData();
    labelBars();
    yAxis->setRange(-0.6, static_cast<double>(m_bars.size()) - 0.4);
    const double pad = std::max(1e-6, (hi - lo) * 0.05);
    xAxis->setRange(lo - (lo < 0 ? pad : 0), hi + pad);
    m_title->setText(all.size() > m_bars.size() ? tr("Top %1 of %2 features").arg(m_bars.size()).arg(all.size())
                                                : tr("Permutation importance"));
    replot(QCustomPlot::rpQueuedReplot);
}

// Feature names take at most two fifths of the width, elided in the middle: on a narrow panel the names had squeezed
// the bars to slivers, and cut at the end, names sharing a prefix (sensor_measurement_07, _12) all read alike.
void ImportancePlot::labelBars()
{
    const QFontMetrics metrics(yAxis->tickLabelFont());
    const int room = std::max(60, width() * 2 / 5);
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (std::size_t i = 0; i < m_bars.size(); ++i)
        ticks->addTick(static_cast<double>(i), metrics.elidedText(m_bars[i].feature, Qt::ElideMiddle, room));
    yAxis->setTicker(ticks);
}

void ImportancePlot::resizeEvent(QResizeEvent* event)
{
    if (!m_bars.empty())
        labelBars(); // before the base class replots
    ExportablePlot::resizeEvent(event);
}

QString ImportancePlot::toolTipAt(const QPoint& pos) const
{
    const QRect rows = axisRect()->rect();
    if (m_bars.empty() || pos.y() < rows.top() || pos.y() > rows.bottom() || pos.x() > rows.right())
        return {};
    const long row = std::lround(yAxis->pixelToCoord(pos.y()));
    if (row < 0 || row >= std::ssize(m_bars))
        return {};
    const ImportanceBar& bar = m_bars[static_cast<std::size_t>(row)];
    return QStringLiteral("%1: %2 ± %3")
        .arg(bar.feature, QLocale().toString(bar.importance, 'g', 3), QLocale().toString(bar.std, 'g', 2));
}

void ImportancePlot::mouseMoveEvent(QMouseEvent* event)
{
    const QString tip = toolTipAt(event->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    ExportablePlot::mouseMoveEvent(event);
}

void ImportancePlot::recolourData()
{
    if (m_barsDrawn)
        m_barsDrawn->setBrush(seriesColour(0, palette()));
    if (m_errors)
        m_errors->setPen(QPen(plotInk(palette()), 1));
}

} // namespace tern::ui
