#include "ui/plots/variant_tradeoff_plot.h"

#include "ui/models/variant_table_model.h"
#include "ui/plots/log_ticker.h"
#include "ui/plots/plot_palette.h"
#include "ui/plots/precision_symbols.h"

#include <QLocale>
#include <algorithm>
#include <map>

namespace tern::ui {

namespace {

// Blue, green, orange and purple of the series colours.
QColor precisionColour(const QString& precision, const QPalette& palette)
{
    if (precision == QLatin1String("fp32"))
        return seriesColour(0, palette);
    if (precision == QLatin1String("bf16"))
        return seriesColour(2, palette);
    if (precision == QLatin1String("int8"))
        return seriesColour(1, palette);
    return seriesColour(4, palette);
}

bool drawable(const PrecisionVariant& v)
{
    return v.score && v.latencyUs && *v.latencyUs > 0;
}

} // namespace

VariantTradeoffPlot::VariantTradeoffPlot(VariantTableModel* model, QWidget* parent)
    : ExportablePlot(parent), m_model(model)
{
    xAxis->setLabel(tr("One-row latency p50 (µs, log scale)"));
    yAxis->setLabel(tr("Score change vs fp32 (points)"));
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(QSharedPointer<LogTicker>(new LogTicker));
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    // The legend sits right of the axes, where it hides no point, at the top of a column whose empty rest
    // absorbs the height (a legend alone in a layout cell spreads its entries over it).
    axisRect()->insetLayout()->take(legend);
    auto* side = new QCPLayoutGrid;
    plotLayout()->addElement(0, 1, side);
    plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this));
    side->setRowStretchFactor(0, 0.001);
    side->setRowStretchFactor(1, 1);
    side->setMargins(QMargins(0, 0, 8, 0)); // room for the legend's right border
    legend->setMargins(QMargins(6, 4, 6, 4));
    setMinimumHeight(200);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VariantTradeoffPlot::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VariantTradeoffPlot::rebuild);
    rebuild();
}

void VariantTradeoffPlot::rebuild()
{
    clearPlot();
    m_points = 0;
    struct Point {
        double latency, change;
    };
    // The table's rows (ternary at the slider's fraction) and the other stored ternary fractions as a curve; the
    // y axis is the change against fp32, which stays comparable when a live evaluation scores other rows.
    std::map<QString, std::vector<std::pair<Point, QString>>> byPrecision;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PrecisionVariant& v = m_model->variant(row);
        const auto change = row == 0 ? std::optional<double>(0.0) : m_model->change(row);
        if (drawable(v) && change)
            byPrecision[v.precision].push_back({{*v.latencyUs, *change}, variantLabel(v)});
    }
    std::vector<std::pair<double, Point>> curve; // residual fraction -> point
    if (m_model->rowCount() > 0 && m_model->variant(0).score) {
        const double fp32 = *m_model->variant(0).score;
        for (const auto& v : m_model->stored())
            if (v.precision == QLatin1String("ternary") && v.residualFraction && drawable(v))
                curve.push_back({*v.residualFraction, {*v.latencyUs, (*v.score - fp32) * 100.0}});
    }
    if (byPrecision.empty()) {
        showMessage(tr("No measured precision to draw yet"));
        legend->setVisible(false); // its empty frame sat in the corner of the message
        return;
    }
    double minX = 1e300, maxX = 0, minY = 0, maxY = 0;
    auto extend = [&](const Point& p) {
        minX = std::min(minX, p.latency);
        maxX = std::max(maxX, p.latency);
        minY = std::min(minY, p.change);
        maxY = std::max(maxY, p.change);
    };
    if (curve.size() > 1) {
        std::sort(curve.begin(), curve.end(), [](auto& a, auto& b) { return a.first < b.first; });
        auto* line = new QCPCurve(xAxis, yAxis);
        line->setName(tr("ternary, stored fractions"));
        const QColor ternary = precisionColour(QStringLiteral("ternary"), palette());
        line->setPen(QPen(ternary, 1.2, Qt::DashLine));
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, ternary, palette().color(QPalette::Base), 7));
        bool below = true; // neighbouring fractions often land on the same spot: their labels take turns
        for (const auto& [fraction, p] : curve) {
            line->addData(p.latency, p.change);
            extend(p);
            auto* label = new QCPItemText(this);
            label->position->setCoords(p.latency, p.change);
            label->setPositionAlignment(Qt::AlignLeft | (below ? Qt::AlignTop : Qt::AlignBottom));
            label->setPadding(below ? QMargins(6, 2, 0, 0) : QMargins(6, 0, 0, 2));
            below = !below;
            label->setFont(QFont(font().family(), 7));
            label->setColor(plotMuted(palette()));
            label->setText(QStringLiteral("r=") + QLocale().toString(fraction, 'g', 2));
        }
    }
    for (const QString& precision : QStringList{QStringLiteral("fp32")} + variantPrecisions()) {
        const auto it = byPrecision.find(precision);
        if (it == byPrecision.end())
            continue;
        QCPGraph* graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(precisionShape(precision), precisionColour(precision, palette()), 11));
        for (const auto& [p, label] : it->second) {
            graph->addData(p.latency, p.change);
            graph->setName(label);
            extend(p);
            ++m_points;
        }
    }
    const double pad = std::max(0.2, (maxY - minY) * 0.15);
    xAxis->setRange(minX / 1.6, maxX * 1.6);
    yAxis->setRange(minY - pad, maxY + pad);
    legend->setVisible(legend->itemCount() > 0); // an empty frame would sit in the corner of an empty plot
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tern::ui
