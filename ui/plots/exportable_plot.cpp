#include "ui/plots/exportable_plot.h"

#include "ui/plots/plot_palette.h"

#include <QHash>
#include <QFileDialog>
#include <QMenu>

namespace tern::ui {

ExportablePlot::ExportablePlot(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumSize(200, 160);
    applyPlotPalette(this);
    // Before a first layout, or after one that moved the axes, the room for each title is only known now: a title
    // that has to change is drawn right with the next frame.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (fitAxisTitles(0, 0))
            replot(QCustomPlot::rpQueuedReplot);
    });
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
    xAxis->setVisible(true);
    yAxis->setVisible(true);
}

void ExportablePlot::showMessage(const QString& text)
{
    clearPlot();
    m_message = text;
    if (!text.isEmpty()) {
        // Empty axes with ticks but no numbers look like a broken plot: the message stands alone.
        xAxis->setVisible(false);
        yAxis->setVisible(false);
        m_messageItem = new QCPItemText(this);
        m_messageItem->setClipToAxisRect(false);
        m_messageItem->position->setType(QCPItemPosition::ptViewportRatio);
        m_messageItem->position->setCoords(0.5, 0.5);
        m_messageItem->setTextAlignment(Qt::AlignCenter);
        m_messageItem->setColor(palette().color(QPalette::PlaceholderText));
        wrapMessage();
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QString ExportablePlot::shownMessage() const
{
    return m_message.isEmpty() || !m_messageItem ? QString() : m_messageItem->text();
}

void ExportablePlot::spaceTicksByWidth(QCPAxis* axis)
{
    axis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    if (!m_spacedAxes.contains(axis))
        m_spacedAxes << axis;
    spaceTicks();
}

void ExportablePlot::spaceTicks()
{
    // Room for a label like "0.125" and a gap across, for a line of text and a gap up the side. Axes that share a
    // ticker (the same ticks on both) take the fewer ticks either has room for.
    QHash<QCPAxisTicker*, int> counts;
    for (QCPAxis* axis : std::as_const(m_spacedAxes)) {
        const bool across = axis->orientation() == Qt::Horizontal;
        const int length = (across ? width() : height()) * 3 / 4;
        const int count = std::clamp(length / (across ? 60 : 40), 2, 8);
        QCPAxisTicker* ticker = axis->ticker().data();
        counts[ticker] = counts.contains(ticker) ? std::min(counts[ticker], count) : count;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        it.key()->setTickCount(it.value());
}

void ExportablePlot::setAxisTitle(QCPAxis* axis, const QString& title)
{
    m_axisTitles.insert(axis, title);
    fitAxisTitles(0, 0);
    replot(QCustomPlot::rpQueuedReplot);
}

// The axis rect of the last layout, grown or shrunk by the resize under way, is the room a title has.
bool ExportablePlot::fitAxisTitles(int widthChange, int heightChange)
{
    bool changed = false;
    for (auto it = m_axisTitles.cbegin(); it != m_axisTitles.cend(); ++it) {
        QCPAxis* axis = it.key();
        const QString& title = it.value();
        const bool across = axis->orientation() == Qt::Horizontal;
        const QRect rect = axis->axisRect()->rect();
        const int room = rect.isEmpty() ? (across ? width() : height()) * 2 / 3
                                        : (across ? rect.width() + widthChange : rect.height() + heightChange);
        const int middle = title.size() / 2;
        const int before = title.lastIndexOf(QLatin1Char(' '), middle), after = title.indexOf(QLatin1Char(' '), middle);
        const int cut = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
        const bool fits = QFontMetrics(axis->labelFont()).horizontalAdvance(title) <= room - 8 || cut < 0;
        const QString label = fits ? title : title.left(cut) + QLatin1Char('\n') + title.mid(cut + 1);
        changed = changed || label != axis->label();
        axis->setLabel(label);
    }
    return changed;
}

void ExportablePlot::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    applyPlotPalette(this);
    if (m_messageItem)
        m_messageItem->setColor(palette().color(QPalette::PlaceholderText));
    recolourData();
    replot(QCustomPlot::rpQueuedReplot);
}

void ExportablePlot::resizeEvent(QResizeEvent* event)
{
    spaceTicks(); // before the base class replots
    if (event->oldSize().isValid())
        fitAxisTitles(event->size().width() - event->oldSize().width(),
                      event->size().height() - event->oldSize().height());
    else
        fitAxisTitles(0, 0);
    QCustomPlot::resizeEvent(event);
    if (!m_message.isEmpty() && m_messageItem)
        wrapMessage();
}

// Word by word onto lines that fit the width (a narrow panel clipped a one-line message at both ends).
void ExportablePlot::wrapMessage()
{
    const QFontMetrics metrics(m_messageItem->font());
    const int room = std::max(80, width() - 16);
    QStringList lines;
    for (const QString& paragraph : m_message.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    m_messageItem->setText(lines.join(QLatin1Char('\n')));
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
