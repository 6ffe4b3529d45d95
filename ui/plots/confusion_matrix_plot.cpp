#include "ui/plots/confusion_matrix_plot.h"

#include "ui/models/confusion_matrix_model.h"
#include "ui/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QSet>
#include <QToolTip>
#include <cmath>
#include <numbers>

namespace tern::ui {

namespace {

constexpr double kXLabelRotation = -40; // degrees, past four classes: the names run up to their tick

// Each name elided to `room`, at its end unless that makes two names look alike ("Pygoscelis…" twice), then in
// the middle, which keeps the part that tells them apart more often (a shared genus, a different colony).
QStringList elidedNames(const QStringList& names, const QFontMetrics& metrics, int room)
{
    QStringList out;
    for (const Qt::TextElideMode mode : {Qt::ElideRight, Qt::ElideMiddle}) {
        out.clear();
        for (const QString& name : names)
            out << metrics.elidedText(name, mode, room);
        if (QSet<QString>(out.begin(), out.end()).size() == out.size())
            break;
    }
    return out;
}

QString percent(double fraction)
{
    return QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %");
}

// Blues from the background up: an empty cell is near the page's own colour on either theme, and a full one
// stands out most (dark blue on light, pale blue on dark).
QCPColorGradient shareGradient(const QPalette& palette)
{
    QCPColorGradient gradient;
    if (isDark(palette)) {
        gradient.setColorStopAt(0, QColor(0x24, 0x2c, 0x36));
        gradient.setColorStopAt(0.5, QColor(0x2f, 0x6f, 0xb0));
        gradient.setColorStopAt(1, QColor(0xc6, 0xdb, 0xef));
    } else {
        gradient.setColorStopAt(0, QColor(0xf7, 0xfb, 0xff));
        gradient.setColorStopAt(0.5, QColor(0x6b, 0xae, 0xd6));
        gradient.setColorStopAt(1, QColor(0x08, 0x30, 0x6b));
    }
    return gradient;
}

// Near-black or white, whichever has the higher contrast against the cell (WCAG relative luminance).
QColor labelColourOn(QRgb cell)
{
    auto luminance = [](QRgb c) {
        auto linear = [](int channel) {
            const double v = channel / 255.0;
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(qRed(c)) + 0.7152 * linear(qGreen(c)) + 0.0722 * linear(qBlue(c));
    };
    const QColor dark(0x1a, 0x1a, 0x1a);
    const double l = luminance(cell);
    const double onDark = (l + 0.05) / (luminance(dark.rgb()) + 0.05), onWhite = 1.05 / (l + 0.05);
    return onDark > onWhite ? dark : QColor(Qt::white);
}

} // namespace

ConfusionMatrixPlot::ConfusionMatrixPlot(QWidget* parent) : ExportablePlot(parent)
{
    xAxis->setLabel(tr("Predicted class"));
    yAxis->setLabel(tr("Actual class"));
    // The cells' pixels are known once the layout is: every replot fits their text before drawing it.
    connect(this, &QCustomPlot::afterLayout, this, &ConfusionMatrixPlot::fitCellText);
    yAxis->setRangeReversed(true); // the first class at the top, as in a table
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    // Whether the names across fit upright is known once a layout has sized the columns. Turning them changes only
    // the height below the axes, not the columns' width, so the choice settles with the next frame.
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (m_model && m_model->classCount() > 0 && rotateAcross() != m_xRotated) {
            m_xRotated = !m_xRotated;
            labelTicks();
            replot(QCustomPlot::rpQueuedReplot);
        }
    });
    rebuild();
}

void ConfusionMatrixPlot::setModel(const ConfusionMatrixModel* model)
{
    disconnect(m_reset);
    m_model = model;
    if (m_model)
        m_reset = connect(m_model, &QAbstractItemModel::modelReset, this, &ConfusionMatrixPlot::rebuild);
    rebuild();
}

void ConfusionMatrixPlot::setCellText(CellText text)
{
    m_cellText = text;
    rebuild();
}

QString ConfusionMatrixPlot::cellLabel(int actual, int predicted) const
{
    if (!m_model)
        return {};
    const QString count = QLocale().toString(m_model->count(actual, predicted));
    const QString percent =
        QLocale().toString(100.0 * m_model->rowFraction(actual, predicted), 'f', 0) + QStringLiteral(" %");
    switch (m_cellText) {
    case CellText::Counts: return count;
    case CellText::RowPercent: return percent;
    case CellText::Both: return count + QLatin1Char('\n') + percent;
    }
    return count;
}

void ConfusionMatrixPlot::rebuild()
{
    const int k = m_model ? m_model->classCount() : 0;
    if (k == 0) {
        m_cellLabels.clear();
        showMessage(tr("No confusion matrix"));
        return;
    }
    clearPlot();
    auto* map = new QCPColorMap(xAxis, yAxis);
    map->data()->setSize(k, k);
    map->data()->setRange(QCPRange(0, k - 1), QCPRange(0, k - 1));
    for (int a = 0; a < k; ++a)
        for (int p = 0; p < k; ++p)
            map->data()->setCell(p, a, m_model->rowFraction(a, p));
    QCPColorGradient gradient = shareGradient(palette());
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, 1));
    map->setInterpolate(false);
    map->setSelectable(QCP::stNone);

    m_xRotated = rotateAcross();
    labelTicks();
    xAxis->setRange(-0.5, k - 0.5);
    yAxis->setRange(-0.5, k - 0.5);

    // Cell labels only while they fit (fitCellText); past 12 classes the colours (and the tooltips) tell.
    m_cellLabels.clear();
    if (k <= 12) {
        QFont font = this->font();
        font.setPointSizeF(k <= 5 ? font.pointSizeF() : font.pointSizeF() * 0.8);
        for (int a = 0; a < k; ++a)
            for (int p = 0; p < k; ++p) {
                auto* label = new QCPItemText(this);
                label->position->setCoords(p, a);
                label->setFont(font);
                label->setTextAlignment(Qt::AlignCenter);
                label->setColor(labelColourOn(gradient.color(m_model->rowFraction(a, p), QCPRange(0, 1))));
                m_cellLabels.push_back(label);
            }
    }
    replot(QCustomPlot::rpQueuedReplot); // afterLayout fits the cell text to the cells' new pixels
}

// Class names elided to the room they have, by width rather than by letters: a fixed 14 letters cut short names on a
// wide plot and still ran long ones into each other on a narrow one. Names down take at most a third of the plot's
// width; names across, when rotated, a quarter of its height.
void ConfusionMatrixPlot::labelTicks()
{
    const int k = m_model ? m_model->classCount() : 0;
    m_xLabels.clear();
    m_yLabels.clear();
    if (k == 0)
        return;
    const QFontMetrics metrics(xAxis->tickLabelFont());
    const QStringList& names = m_model->classNames();
    m_yLabels = elidedNames(names, metrics, std::clamp(width() / 3, 60, 220));
    m_xLabels = m_xRotated ? elidedNames(names, metrics, std::clamp(height() / 4, 60, 220)) : names;
    xAxis->setTickLabelRotation(m_xRotated ? kXLabelRotation : 0);
    QSharedPointer<QCPAxisTickerText> across(new QCPAxisTickerText), down(new QCPAxisTickerText);
    for (int c = 0; c < k; ++c) {
        across->addTick(c, m_xLabels[c]);
        down->addTick(c, m_yLabels[c]);
    }
    xAxis->setTicker(across);
    yAxis->setTicker(down);
}

// Names across stand upright while each pair of neighbours, centred under their columns as the last layout sized
// them, keeps a gap (and there are at most four classes); else they are rotated.
bool ConfusionMatrixPlot::rotateAcross() const
{
    const int k = m_model ? m_model->classCount() : 0;
    if (k > 4)
        return true;
    const QFontMetrics metrics(xAxis->tickLabelFont());
    const QStringList& names = m_model->classNames();
    const int column = axisRect()->width() / std::max(1, k);
    for (int c = 0; c + 1 < k; ++c)
        if ((metrics.horizontalAdvance(names[c]) + metrics.horizontalAdvance(names[c + 1])) / 2 + 6 > column)
            return true;
    return false;
}

int ConfusionMatrixPlot::rowTotal(int actual) const
{
    int total = 0;
    for (int p = 0; p < m_model->classCount(); ++p)
        total += m_model->count(actual, p);
    return total;
}

int ConfusionMatrixPlot::columnTotal(int predicted) const
{
    int total = 0;
    for (int a = 0; a < m_model->classCount(); ++a)
        total += m_model->count(a, predicted);
    return total;
}

QString ConfusionMatrixPlot::toolTipAt(const QPoint& pos) const
{
    const int k = m_model ? m_model->classCount() : 0;
    if (k == 0 || m_xLabels.size() != k)
        return {};
    auto classAt = [k](double coord) {
        const long c = std::lround(coord);
        return c >= 0 && c < k ? static_cast<int>(c) : -1;
    };
    const QStringList& names = m_model->classNames();
    const QRect cells = axisRect()->rect();
    const QFontMetrics metrics(xAxis->tickLabelFont());
    if (cells.contains(pos)) {
        const int a = classAt(yAxis->pixelToCoord(pos.y())), p = classAt(xAxis->pixelToCoord(pos.x()));
        if (a < 0 || p < 0)
            return {};
        // No plural forms: without an English translation a %n would show "row(s)".
        return tr("Actual: %1\nPredicted: %2\nCount: %3 of %4 (%5)")
            .arg(names[a], names[p], QLocale().toString(m_model->count(a, p)), QLocale().toString(rowTotal(a)),
                 percent(m_model->rowFraction(a, p)));
    }
    // A name down the left: between its label's left end and the axis, within its row.
    const int downGap = yAxis->offset() + yAxis->tickLengthOut() + yAxis->tickLabelPadding();
    if (pos.y() >= cells.top() && pos.y() <= cells.bottom() && pos.x() < cells.left()) {
        const int a = classAt(yAxis->pixelToCoord(pos.y()));
        if (a >= 0 && pos.x() >= cells.left() - downGap - metrics.horizontalAdvance(m_yLabels[a]) - 2)
            return tr("Actual class: %1\nRows: %2").arg(names[a], QLocale().toString(rowTotal(a)));
        return {};
    }
    // A name across the bottom: upright under its column, or rotated, running down to the left from its tick, so
    // the tick it belongs to lies up the slope from the pointer.
    if (pos.y() <= cells.bottom())
        return {};
    const double below = pos.y() - cells.bottom() - xAxis->offset() - xAxis->tickLengthOut() -
                         xAxis->tickLabelPadding(); // from the labels' top edge
    int p = -1;
    if (m_xRotated) {
        const double angle = -kXLabelRotation * std::numbers::pi / 180, down = std::max(0.0, below);
        p = classAt(xAxis->pixelToCoord(pos.x() + down / std::tan(angle)));
        if (p >= 0 && down / std::sin(angle) > metrics.horizontalAdvance(m_xLabels[p]) + metrics.height())
            p = -1; // past the end of the name
    } else if (below <= metrics.height()) {
        p = classAt(xAxis->pixelToCoord(pos.x()));
    }
    if (p < 0)
        return {};
    return tr("Predicted class: %1\nRows predicted: %2").arg(names[p], QLocale().toString(columnTotal(p)));
}

bool ConfusionMatrixPlot::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return ExportablePlot::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QString tip = toolTipAt(help->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

// Counts and percentages ran into each other in the small cells of 12 classes: a cell shows its full text, else its
// count alone, else nothing, whichever its pixels hold (the widest label decides for all, so that the grid reads
// alike).
void ConfusionMatrixPlot::fitCellText()
{
    const int k = m_model ? m_model->classCount() : 0;
    if (m_cellLabels.empty() || k == 0 || int(m_cellLabels.size()) != k * k)
        return;
    const QFontMetrics metrics(m_cellLabels.front()->font());
    const double cellWidth = double(axisRect()->width()) / k, cellHeight = double(axisRect()->height()) / k;
    const auto fits = [&](bool full) {
        for (int a = 0; a < k; ++a)
            for (int p = 0; p < k; ++p) {
                const QString text = full ? cellLabel(a, p) : QLocale().toString(m_model->count(a, p));
                const QRect box = metrics.boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignCenter, text);
                if (box.width() + 4 > cellWidth || box.height() + 2 > cellHeight)
                    return false;
            }
        return true;
    };
    const bool full = fits(true), counts = !full && m_cellText == CellText::Both && fits(false);
    for (int a = 0; a < k; ++a)
        for (int p = 0; p < k; ++p) {
            QCPItemText* label = m_cellLabels[std::size_t(a * k + p)];
            label->setVisible(full || counts);
            label->setText(full ? cellLabel(a, p) : QLocale().toString(m_model->count(a, p)));
        }
}

void ConfusionMatrixPlot::resizeEvent(QResizeEvent* event)
{
    labelTicks(); // before the base class replots, for the new room
    ExportablePlot::resizeEvent(event);
}

} // namespace tern::ui
