#include "ui/plots/accuracy_latency_plot.h"

#include "ui/models/family_labels.h"
#include "ui/models/precision_variant.h"
#include "ui/plots/log_ticker.h"
#include "ui/plots/plot_palette.h"
#include "ui/plots/precision_symbols.h"

#include <algorithm>

namespace tern::ui {

AccuracyLatencyPlot::AccuracyLatencyPlot(QWidget* parent) : ExportablePlot(parent)
{
    setAxisTitle(xAxis, tr("One-row latency p50 (µs, log scale)"));
    setMetricName(QString());
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(QSharedPointer<LogTicker>(new LogTicker));
    // The legend sits in its own row below the axis rect, never over a point: inside, wherever it went, some run's
    // points would lie under it (scores cluster anywhere, latencies span decades). Its column count follows the
    // width (fitLegend), so it stays a short band. Keys are as small as the symbols they show: QCustomPlot's 32x18
    // made each row twice the text's height and each column 30 px wider; at 900 px the band took 2/5 of the plot.
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    legend->setIconSize(16, 14); // as tall as the 8 pt text with its descenders: each item clips to its own rect
    legend->setIconTextPadding(4);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    legend->setMargins(QMargins(4, 0, 4, 2));
    axisRect()->insetLayout()->take(legend);
    axisRect()->insetLayout()->simplify();
    plotLayout()->setRowSpacing(0);
    setMinimumHeight(220);
    connect(this, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* plottable, int index) {
        const QVariant ids = plottable->property("ids");
        const auto list = ids.toList();
        if (index >= 0 && index < list.size())
            emit candidateClicked(list[index].toLongLong());
    });
    rebuild();
}

void AccuracyLatencyPlot::setMetricName(const QString& name)
{
    setAxisTitle(yAxis, name.isEmpty() ? tr("Cross-validated score") : name); // short: a low plot clips a long title
    replot(QCustomPlot::rpQueuedReplot);
}

void AccuracyLatencyPlot::placeLegend(bool shown)
{
    const bool placed = plotLayout()->hasElement(1, 0);
    if (shown && !placed) {
        plotLayout()->addElement(1, 0, legend);
        plotLayout()->setRowStretchFactor(1, 0.001); // the legend row takes only the height it needs
    } else if (!shown && placed) {
        plotLayout()->take(legend);
        plotLayout()->simplify();
    }
    legend->setVisible(shown);
}

void AccuracyLatencyPlot::clearCandidates()
{
    m_points.clear();
    rebuild();
}

void AccuracyLatencyPlot::addCandidate(const search::CandidateResult& r)
{
    // An update (refit, test score, variants) replaces the candidate's points: one point per candidate and variant.
    std::erase_if(m_points, [&r](const Point& p) { return p.id == r.id; });
    if (r.status == "ok" && r.score && r.latency_us_p50 && *r.latency_us_p50 > 0) {
        m_points.push_back({*r.latency_us_p50, *r.score, r.id, r.family, QString()});
        for (const auto& v : storedVariants(r.details, false, r.score))
            if (v.score && v.latencyUs && *v.latencyUs > 0)
                m_points.push_back({*v.latencyUs, *v.score, r.id, r.family, v.precision});
    }
    rebuild();
}

int AccuracyLatencyPlot::pointCount() const
{
    return static_cast<int>(
        std::count_if(m_points.begin(), m_points.end(), [](auto& p) { return p.precision.isEmpty(); }));
}

int AccuracyLatencyPlot::variantPointCount() const
{
    return static_cast<int>(m_points.size()) - pointCount();
}

void AccuracyLatencyPlot::setLatencyBudget(double microseconds)
{
    m_latencyBudget = microseconds;
    rebuild();
}

void AccuracyLatencyPlot::setMaximize(bool maximize)
{
    m_maximize = maximize;
    rebuild();
}

void AccuracyLatencyPlot::rebuild()
{
    if (m_points.empty()) {
        placeLegend(false);
        showMessage(tr("No candidate with a score and a latency yet"));
        return;
    }
    clearPlot();
    placeLegend(true);
    std::map<std::string, int> families;
    for (const auto& p : m_points)
        families.emplace(p.family, 0);
    int colour = 0;
    for (auto& [name, index] : families)
        index = colour++;
    double minX = 1, maxX = 10, minY = 0, maxY = 1;
    bool first = true;
    for (const auto& [name, index] : families)
        addFamilyGraphs(name, seriesColour(index, palette()), minX, maxX, minY, maxY, first);
    // One legend entry per precision present: the symbol, in neutral grey, says which variant a point is.
    for (const QString& precision : variantPrecisions()) {
        if (std::none_of(m_points.begin(), m_points.end(), [&](auto& p) { return p.precision == precision; }))
            continue;
        QCPGraph* key = addGraph();
        key->setName(tr("%1 variant").arg(precision));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(QCPScatterStyle(precisionShape(precision), plotMuted(palette()), 8));
        key->setSelectable(QCP::stNone);
    }
    // Pareto front: walking from the fastest candidate, keep each one that beats every faster one (for RMSE, a
    // cost or another metric to minimise, beating is scoring lower).
    std::vector<Point> byLatency = m_points;
    std::sort(byLatency.begin(), byLatency.end(), [](const Point& a, const Point& b) { return a.latency < b.latency; });
    QVector<double> fx, fy;
    for (const auto& p : byLatency)
        if (fy.isEmpty() || (m_maximize ? p.score > fy.back() : p.score < fy.back())) {
            fx << p.latency;
            fy << p.score;
        }
    if (!fx.isEmpty()) {
        QCPGraph* front = addGraph();
        front->setName(tr("Pareto front"));
        front->setLineStyle(QCPGraph::lsStepLeft);
        front->setPen(QPen(plotInk(palette()), 1.5, Qt::DashLine));
        front->setData(fx, fy, true);
        front->setSelectable(QCP::stNone);
        // Under the points: a click goes to the topmost plottable, and the front runs through its candidates.
        front->setLayer(QStringLiteral("grid"));
    }
    if (m_latencyBudget > 0) {
        auto* line = new QCPItemStraightLine(this);
        line->point1->setCoords(m_latencyBudget, 0);
        line->point2->setCoords(m_latencyBudget, 1);
        line->setPen(QPen(plotAlert(palette()), 1.5, Qt::DotLine));
        QCPGraph* key = addGraph(); // the line is an item, which has no legend entry: an empty graph gives one
        key->setName(tr("Latency budget"));
        key->setPen(line->pen());
        key->setSelectable(QCP::stNone);
        maxX = std::max(maxX, m_latencyBudget);
        minX = std::min(minX, m_latencyBudget);
    }
    xAxis->setRange(minX / 1.5, maxX * 1.5);
    const double pad = std::max(0.01, (maxY - minY) * 0.1);
    yAxis->setRange(minY - pad, maxY + pad);
    fitLegend();
    replot(QCustomPlot::rpQueuedReplot);
}

void AccuracyLatencyPlot::resizeEvent(QResizeEvent* event)
{
    fitLegend(); // first: the base class replots at once, with the columns the new width allows
    ExportablePlot::resizeEvent(event);
}

// The legend as a band of as few rows as the width allows, in 8 pt; where that band would take more than a quarter
// of the plot's height (a narrow panel with many families), in 7 pt, which packs more entries per row.
void AccuracyLatencyPlot::fitLegend()
{
    if (legend->elementCount() == 0)
        return;
    const QMargins m = legend->margins();
    const int room = width() - m.left() - m.right();
    int columns = 1;
    for (const qreal points : {8.0, 7.0}) {
        if (legend->font().pointSizeF() != points)
            legend->setFont(QFont(font().family(), points)); // the entries' fonts too
        int rowHeight = 0;
        std::vector<int> widths;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto* item = legend->item(i)) {
                const QSize hint = item->minimumOuterSizeHint();
                widths.push_back(hint.width());
                rowHeight = std::max(rowHeight, hint.height());
            }
        columns = legendColumns(widths, room, legend->columnSpacing());
        const int rows = (static_cast<int>(widths.size()) + columns - 1) / columns;
        if (rows * (rowHeight + legend->rowSpacing()) + m.top() + m.bottom() <= height() / 4)
            break;
    }
    if (columns != legend->wrap() || legend->columnCount() > columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the entries
    }
}

// The most columns that fit `room`, each as wide as its own widest entry (not the widest of all: a short family name
// beside "random_forest" wasted a column's worth of room per row). Entries fill row by row, so with n columns column
// c holds entries c, c + n, c + 2n, ...
int AccuracyLatencyPlot::legendColumns(const std::vector<int>& widths, int room, int spacing)
{
    const int entries = static_cast<int>(widths.size());
    for (int n = entries; n > 1; --n) {
        int needed = (n - 1) * spacing;
        for (int c = 0; c < n; ++c) {
            int widest = 0;
            for (int i = c; i < entries; i += n)
                widest = std::max(widest, widths[static_cast<std::size_t>(i)]);
            needed += widest;
        }
        if (needed <= room)
            return n;
    }
    return 1;
}

QRect AccuracyLatencyPlot::legendRect() const
{
    return legend->outerRect();
}

QRect AccuracyLatencyPlot::dataRect() const
{
    return axisRect()->rect();
}

// One graph per (family, precision): the family's colour, the precision's symbol; only the fp32 graph has a legend
// entry (the precision symbols have theirs). Each graph remembers its points' candidate ids for clicks.
void AccuracyLatencyPlot::addFamilyGraphs(const std::string& family, const QColor& colour, double& minX, double& maxX,
                                          double& minY, double& maxY, bool& first)
{
    std::map<QString, std::vector<const Point*>> byPrecision;
    for (const auto& p : m_points)
        if (p.family == family)
            byPrecision[p.precision].push_back(&p);
    byPrecision.try_emplace(QString()); // the family keeps its legend entry
    for (auto& [precision, points] : byPrecision) {
        QCPGraph* graph = addGraph();
        graph->setName(familyLabel(family));
        graph->setLineStyle(QCPGraph::lsNone);
        const auto shape = precisionShape(precision.isEmpty() ? QStringLiteral("fp32") : precision);
        graph->setScatterStyle(QCPScatterStyle(shape, colour, precision.isEmpty() ? 8 : 9));
        if (!precision.isEmpty())
            graph->removeFromLegend();
        std::stable_sort(points.begin(), points.end(), [](auto* a, auto* b) { return a->latency < b->latency; });
        QVariantList ordered; // graph data is sorted by key: the ids follow the same order
        for (const Point* p : points) {
            graph->addData(p->latency, p->score);
            ordered << p->id;
            minX = first ? p->latency : std::min(minX, p->latency);
            maxX = first ? p->latency : std::max(maxX, p->latency);
            minY = first ? p->score : std::min(minY, p->score);
            maxY = first ? p->score : std::max(maxY, p->score);
            first = false;
        }
        graph->setProperty("ids", ordered);
    }
}

} // namespace tern::ui
