#include "ui/plots/missing_values_plot.h"

#include "ui/plots/plot_palette.h"

#include <QFileDialog>
#include <QMenu>
#include <QToolTip>

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
    xAxis->setLabel(tr("Missing values (% of rows)"));
    xAxis->setRange(0, 100);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setRangeReversed(true); // first column on top, as in the table
    yAxis->grid()->setVisible(false);
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->setSubTickPen(Qt::NoPen);
    applyPlotPalette(this);
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom | QCP::msTop);
    setToolTip(tr("Right-click to save the chart as PNG or PDF"));
}

void MissingValuesPlot::setSummaries(const std::vector<data::ColumnSummary>& summaries)
{
    m_summaries = summaries;
    QVector<double> keys, values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0;
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        const auto& s = summaries[i];
        const double share = s.missing_pct;
        keys << double(i);
        values << share;
        highest = std::max(highest, share);
        ticker->addTick(double(i), QString::fromStdString(s.name));
    }
    m_bars->setData(keys, values, true);
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, double(summaries.size()) - 0.4);
    // Zoom onto small shares (0.7 % would be an invisible sliver on a 0..100 axis), but never past 100 %.
    xAxis->setRange(0, highest > 0 ? std::min(100.0, highest * 1.25) : 1.0);
    setMinimumHeight(std::max(160, int(summaries.size()) * 22 + 60));
    replot();
}

void MissingValuesPlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPlotPalette(this); // the orange bars read on both themes
        replot(QCustomPlot::rpQueuedReplot);
    }
}

int MissingValuesPlot::barCount() const
{
    return m_bars->data()->size();
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
