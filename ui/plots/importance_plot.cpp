#include "ui/plots/importance_plot.h"

#include "ui/plots/plot_palette.h"

#include <QLocale>
#include <QRegularExpression>
#include <QToolTip>

#include <limits>

namespace tern::ui {

ImportancePlot::ImportancePlot(QWidget* parent) : ExportablePlot(parent)
{
    setAxisTitle(xAxis, tr("Metric drop when shuffled"));
    spaceTicksByWidth(xAxis);      // the panel is narrow: five labels like "0.15" ran into each other
    setMouseTracking(true);        // the full name of an elided feature shows on hover
    yAxis->setRangeReversed(true); // the most important feature at the top
    yAxis->grid()->setVisible(false);
    m_barMargins = axisRect()->minimumMargins();
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize()));
    plotLayout()->addElement(0, 0, m_title);
    applyPlotPalette(this); // the title is new
    setImportance({}, tr("No feature importance"));
}

void ImportancePlot::setImportance(const nlohmann::json& importance, const QString& emptyText)
{
    dropPixelMap();
    const auto all = importanceBars(importance);
    if (drawPixelMap(all))
        return;
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

// Feature names take at most half the width, elided in the middle: on a narrow panel the names had squeezed the bars
// to slivers, and cut at the end, names sharing a prefix (sensor_measurement_07, _12) all read alike. Two fifths cut
// iris's petal_length_cm to "petal_…gth_cm" in the leaderboard's panel at 1200 px.
void ImportancePlot::labelBars()
{
    const QFontMetrics metrics(yAxis->tickLabelFont());
    const int room = std::max(100, width() / 2);
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
    if (showsPixelMap())
        keepSquarePixels();
}

// An image's pixels are square: the room the image's shape leaves goes to the axis rect's margins, so the map fills
// its frame and the axes span the image alone (a widened range left rows -6 to 21 around a 16-row image).
void ImportancePlot::keepSquarePixels()
{
    axisRect()->setMinimumMargins(m_barMargins); // from the bars' margins each time, else the room only grows
    updateLayout(); // the axis rect's size for the widget's new size
    xAxis->setRange(-0.5, m_pixelCols - 0.5);
    yAxis->setRange(-0.5, m_pixelRows - 0.5);
    const QRect r = axisRect()->rect();
    if (r.width() > 0 && r.height() > 0) {
        QMargins m = axisRect()->margins();
        const int fitWidth = r.height() * m_pixelCols / m_pixelRows;
        if (fitWidth < r.width()) {
            const int spare = r.width() - fitWidth;
            m.setLeft(m.left() + spare / 2);
            m.setRight(m.right() + spare - spare / 2);
        } else {
            const int spare = r.height() - r.width() * m_pixelRows / m_pixelCols;
            m.setTop(m.top() + spare / 2);
            m.setBottom(m.bottom() + spare - spare / 2);
        }
        axisRect()->setMinimumMargins(m); // the margin group gives the colour scale the same top and bottom
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void ImportancePlot::dropPixelMap()
{
    if (m_pixelScale) {
        plotLayout()->remove(m_pixelScale);
        plotLayout()->simplify();
    }
    if (m_pixelMargins) {
        axisRect()->setMarginGroup(QCP::msAll, nullptr);
        delete m_pixelMargins;
    }
    axisRect()->setMinimumMargins(m_barMargins);
    if (m_pixelRows > 0) { // the pixel grid's whole-number ticks give way to the bars' spaced ones
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        spaceTicksByWidth(xAxis);
    }
    m_pixelRows = m_pixelCols = 0;
    m_pixels.clear();
    setAxisTitle(xAxis, tr("Metric drop when shuffled"));
    setAxisTitle(yAxis, QString());
    yAxis->grid()->setVisible(false);
}

bool ImportancePlot::drawPixelMap(const std::vector<ImportanceBar>& all)
{
    static const QRegularExpression pixel(QStringLiteral("^px_(\\d+)_(\\d+)$"));
    // An image model's inputs are its gray pixels and a few colour cells (search/image_table.h): the map shows the
    // pixels; a table whose columns merely include some px_ names keeps its bars.
    std::vector<std::pair<int, int>> cells;
    std::vector<ImportanceBar> pixels;
    static const QRegularExpression colour(QStringLiteral("^(red|green|blue)_\\d+_\\d+$"));
    int others = 0; // the colour cells beside the gray pixels: counted under the map, not drawn
    double othersTop = -std::numeric_limits<double>::infinity();
    for (const ImportanceBar& b : all) {
        const auto m = pixel.match(b.feature);
        if (!m.hasMatch()) {
            if (colour.match(b.feature).hasMatch()) {
                ++others;
                othersTop = std::max(othersTop, b.importance);
            }
            continue;
        }
        cells.emplace_back(m.captured(1).toInt(), m.captured(2).toInt());
        pixels.push_back(b);
    }
    if (cells.empty() || cells.size() * 4 < all.size() * 3)
        return false;
    // With hundreds of redundant pixels, shuffling any one of them often changes nothing: a map of zeros and noise
    // below zero, whose darkest cells (the most negative) read as the most important, explains nothing.
    double hi = 0;
    for (const ImportanceBar& p : pixels)
        hi = std::max(hi, p.importance);
    if (!(hi > 0)) {
        m_bars.clear();
        m_title->setText(QString());
        showMessage(tr("No single pixel lowers the score when shuffled: the models read the image as a whole"));
        return true;
    }
    for (const auto& [r, c] : cells) {
        m_pixelRows = std::max(m_pixelRows, r + 1);
        m_pixelCols = std::max(m_pixelCols, c + 1);
    }
    m_bars.clear();
    m_pixels.assign(std::size_t(m_pixelRows) * std::size_t(m_pixelCols), ImportanceBar{});
    clearPlot();
    auto* map = new QCPColorMap(xAxis, yAxis);
    m_pixelMap = map;
    map->data()->setSize(m_pixelCols, m_pixelRows);
    map->data()->setRange(QCPRange(0, m_pixelCols - 1), QCPRange(0, m_pixelRows - 1));
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        const auto [r, c] = cells[i];
        map->data()->setCell(c, r, pixels[i].importance);
        m_pixels[std::size_t(r) * std::size_t(m_pixelCols) + std::size_t(c)] = pixels[i];
    }
    auto* scale = new QCPColorScale(this);
    m_pixelScale = scale;
    plotLayout()->addElement(1, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(10);
    map->setColorScale(scale);
    map->setGradient(QCPColorGradient::gpThermal);
    // From no drop up: a pixel whose shuffling raised the score (noise) shows as one that does not matter.
    map->setDataRange(QCPRange(0, hi));
    map->setInterpolate(false);
    scale->axis()->setLabel(tr("Metric drop"));
    m_pixelMargins = new QCPMarginGroup(this); // the scale's ends level with the image's rows
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, m_pixelMargins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, m_pixelMargins);
    // Whole pixels of the image only: "2.5" is no row, and the room beside a square image holds none.
    for (QCPAxis* axis : {xAxis, yAxis}) {
        const int cells = axis == xAxis ? m_pixelCols : m_pixelRows;
        auto whole = QSharedPointer<QCPAxisTickerText>::create();
        for (int i = 0; i < cells; i += std::max(1, cells / 4))
            whole->addTick(i, QString::number(i));
        axis->setTicker(whole);
    }
    // Under the map, not in the title: a wider title widens its layout column and squeezes the colour scale.
    setAxisTitle(xAxis, others == 0 ? tr("Pixel column")
                                    : tr("Pixel column") + QLatin1Char('\n') +
                                          tr("+ %n colour input(s), top drop %1", nullptr, others)
                                              .arg(QLocale().toString(othersTop, 'g', 3)));
    setAxisTitle(yAxis, tr("Pixel row"));
    // The models see a downscaled image (16 x 16 for any photo size): its pixels, not the files' own.
    m_title->setText(tr("Importance per pixel\n(%1 × %2 input image)").arg(m_pixelCols).arg(m_pixelRows));
    applyPlotPalette(this); // the scale is new
    keepSquarePixels();
    return true;
}

QString ImportancePlot::toolTipAt(const QPoint& pos) const
{
    if (m_pixelRows > 0) {
        if (!axisRect()->rect().contains(pos))
            return {};
        const long c = std::lround(xAxis->pixelToCoord(pos.x())), r = std::lround(yAxis->pixelToCoord(pos.y()));
        if (r < 0 || c < 0 || r >= m_pixelRows || c >= m_pixelCols)
            return {};
        const ImportanceBar& px = m_pixels[std::size_t(r) * std::size_t(m_pixelCols) + std::size_t(c)];
        return tr("Pixel row %1, column %2: %3 ± %4")
            .arg(r)
            .arg(c)
            .arg(QLocale().toString(px.importance, 'g', 3), QLocale().toString(px.std, 'g', 2));
    }
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
