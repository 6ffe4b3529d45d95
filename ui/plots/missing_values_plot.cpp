#include "ui/plots/missing_values_plot.h"

#include "ui/plots/plot_palette.h"

#include <QFileDialog>
#include <QMenu>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace tern::ui {

MissingValuesPlot::MissingValuesPlot(QWidget* parent) : QCustomPlot(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &MissingValuesPlot::showContextMenu);
    setMinimumHeight(160);
    setMinimumWidth(220);

    // Columns along the vertical axis so long names stay readable; share of missing rows horizontally.
    m_bars = new QCPBars(yAxis, xAxis);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0xe0, 0x8e, 0x2b));
    m_bars->setWidth(0.65);
    xAxis->setLabel(tr("% of rows")); // under the "Missing values" title
    xAxis->setRange(0, 100);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setRangeReversed(true); // first column on top, as in the table
    yAxis->grid()->setVisible(false);
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->setSubTickPen(Qt::NoPen);
    applyPlotPalette(this);
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom | QCP::msTop);
    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("No missing values"));
    m_empty->setColor(palette().color(QPalette::WindowText));
    m_empty->setVisible(false);
    setToolTip(tr("Right-click to save the chart as PNG or PDF"));
}

void MissingValuesPlot::setSummaries(const std::vector<data::ColumnSummary>& summaries)
{
    m_summaries = summaries;
    // A wide table shows the columns with the most missing values only: a bar per column made a 60-column table's
    // chart 1,400 px tall, and the window with it.
    constexpr std::size_t most_bars = 15;
    std::vector<std::size_t> shown(summaries.size());
    std::iota(shown.begin(), shown.end(), 0);
    if (shown.size() > most_bars) {
        std::erase_if(shown, [&](std::size_t i) { return summaries[i].missing_pct <= 0; });
        std::stable_sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
            return summaries[a].missing_pct > summaries[b].missing_pct;
        });
        if (shown.size() > most_bars)
            shown.resize(most_bars);
    }
    QVector<double> keys, values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0;
    for (std::size_t k = 0; k < shown.size(); ++k) {
        const auto& s = summaries[shown[k]];
        keys << double(k);
        values << s.missing_pct;
        highest = std::max(highest, s.missing_pct);
        // Long names would squeeze the bars out of view; the middle goes, as the ends tell columns apart more often.
        ticker->addTick(double(k), fontMetrics().elidedText(QString::fromStdString(s.name), Qt::ElideMiddle, 170));
    }
    m_bars->setData(keys, values, true);
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, std::max(1.0, double(shown.size())) - 0.4);
    // Zoom onto small shares (0.7 % would be an invisible sliver on a 0..100 axis), but never past 100 %.
    xAxis->setRange(0, highest > 0 ? std::min(100.0, highest * 1.25) : 1.0);
    // Nothing missing: the sentence alone, not over an empty axis (nor a "top 0" of a wide table).
    const bool none = highest <= 0;
    xAxis->setVisible(!none);
    yAxis->setVisible(!none);
    xAxis->setLabel(!none && shown.size() < summaries.size() ? tr("% of rows (top %n)", nullptr, int(shown.size()))
                                                             : tr("% of rows"));
    m_empty->setVisible(!summaries.empty() && none);
    setMinimumHeight(none ? 60 : std::max(160, int(shown.size()) * 16 + 60));
    replot();
}

void MissingValuesPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPlotPalette(this); // the orange bars read on both themes
        m_empty->setColor(palette().color(QPalette::WindowText));
        replot(QCustomPlot::rpQueuedReplot);
    }
}

int MissingValuesPlot::barCount() const
{
    return m_bars->data()->size();
}

bool MissingValuesPlot::noMissingValuesShown() const
{
    return m_empty->visible();
}

bool MissingValuesPlot::saveTo(const QString& path)
{
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return savePdf(path, width(), height());
    return savePng(path, width(), height(), 2.0);
}

void MissingValuesPlot::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG..."), this,
                   [this] { saveWithDialog(tr("PNG images (*.png)"), QStringLiteral(".png")); });
    menu.addAction(tr("Save as PDF..."), this,
                   [this] { saveWithDialog(tr("PDF documents (*.pdf)"), QStringLiteral(".pdf")); });
    menu.exec(mapToGlobal(pos));
}

void MissingValuesPlot::saveWithDialog(const QString& filter, const QString& suffix)
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), QStringLiteral("missing-values") + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!saveTo(path))
        QToolTip::showText(mapToGlobal(rect().center()), tr("Could not write %1").arg(path), this);
}

} // namespace tern::ui
