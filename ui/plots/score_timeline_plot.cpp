#include "ui/plots/score_timeline_plot.h"

#include "ui/plots/plot_palette.h"

#include <algorithm>

namespace tern::ui {

ScoreTimelinePlot::ScoreTimelinePlot(QWidget* parent) : ExportablePlot(parent)
{
    setAxisTitle(xAxis, tr("Seconds since the run started"));
    setMetricName(QString());
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    connect(this, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* plottable, int index) {
        const auto ids = plottable->property("ids").toList();
        if (index >= 0 && index < ids.size())
            emit candidateClicked(ids[index].toLongLong());
    });
    rebuild();
}

void ScoreTimelinePlot::setMaximize(bool maximize)
{
    m_maximize = maximize;
    rebuild();
}

void ScoreTimelinePlot::setMetricName(const QString& name)
{
    setAxisTitle(yAxis, name.isEmpty() ? tr("Cross-validated score") : name); // short: a low plot clips a long title
    replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimelinePlot::clearCandidates()
{
    m_candidates.clear();
    rebuild();
}

void ScoreTimelinePlot::addCandidate(const search::CandidateResult& result)
{
    const auto same =
        std::find_if(m_candidates.begin(), m_candidates.end(), [&](const auto& c) { return c.id == result.id; });
    if (same != m_candidates.end())
        *same = result;
    else
        m_candidates.push_back(result);
    rebuild();
}

void ScoreTimelinePlot::rebuild()
{
    m_timeline = scoreTimeline(m_candidates, m_maximize);
    if (m_timeline.points.empty()) {
        legend->setVisible(false);
        showMessage(tr("No scored candidate yet"));
        return;
    }
    clearPlot();
    QCPGraph* best = addGraph();
    best->setName(tr("best so far"));
    best->setLineStyle(QCPGraph::lsStepLeft);
    best->setPen(QPen(seriesColour(3, palette()), 2)); // red, as in the family colours
    best->setSelectable(QCP::stNone);
    QVector<double> bx(m_timeline.bestSeconds.begin(), m_timeline.bestSeconds.end());
    QVector<double> by(m_timeline.bestScores.begin(), m_timeline.bestScores.end());
    best->setData(bx, by, true);

    // The dots come last: the plot hands a click to the topmost plottable, and the line runs through them.
    QCPGraph* dots = addGraph();
    dots->setName(tr("candidate"));
    dots->setLineStyle(QCPGraph::lsNone);
    QColor dot = seriesColour(0, palette());
    dot.setAlpha(170);
    dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, dot, 7));
    QVariantList ids; // the points are in time order already: given as sorted, the graph keeps the ids' order
    QVector<double> xs, ys;
    double lo = m_timeline.points.front().score, hi = lo;
    for (const auto& p : m_timeline.points) {
        xs << p.seconds;
        ys << p.score;
        ids << p.id;
        lo = std::min(lo, p.score);
        hi = std::max(hi, p.score);
    }
    dots->setData(xs, ys, true);
    dots->setProperty("ids", ids);

    // A margin before 0 too: the first candidate finishes within a moment, and its dot sat half under the axis.
    const double span = std::max(1.0, m_timeline.points.back().seconds * 1.05);
    xAxis->setRange(-0.03 * span, span);
    const double pad = std::max(0.01, (hi - lo) * 0.08);
    yAxis->setRange(lo - pad, hi + pad);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, m_maximize ? Qt::AlignBottom | Qt::AlignRight
                                                               : Qt::AlignTop | Qt::AlignRight);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tern::ui
