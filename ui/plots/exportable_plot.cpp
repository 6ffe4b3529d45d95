#include "ui/plots/exportable_plot.h"

#include <QFileDialog>
#include <QMenu>

namespace tern::ui {

ExportablePlot::ExportablePlot(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumSize(200, 160);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QCustomPlot::customContextMenuRequested, this, &ExportablePlot::showContextMenu);
}

bool ExportablePlot::saveTo(const QString& path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return savePdf(path, width(), height());
    return savePng(path, width(), height(), 2.0);
}

void ExportablePlot::clearPlot()
{
    clearPlottables();
    clearItems();
    m_message.clear();
    xAxis->setTickLabels(true);
    yAxis->setTickLabels(true);
}

void ExportablePlot::showMessage(const QString& text)
{
    clearPlot();
    m_message = text;
    if (!text.isEmpty()) {
        auto* label = new QCPItemText(this);
        label->setClipToAxisRect(false);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.5, 0.5);
        label->setText(text);
        label->setColor(palette().color(QPalette::PlaceholderText));
        xAxis->setTickLabels(false);
        yAxis->setTickLabels(false);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void ExportablePlot::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), QString(), tr("PNG image (*.png)"));
        if (!path.isEmpty())
            saveTo(path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".png"));
    });
    menu.addAction(tr("Save as PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), QString(), tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            saveTo(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
    });
    menu.exec(mapToGlobal(pos));
}

} // namespace tern::ui
