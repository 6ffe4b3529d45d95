#include "ui/plots/confusion_matrix_plot.h"

#include "ui/models/confusion_matrix_model.h"
#include "ui/theme.h"

#include <QLocale>
#include <cmath>

namespace tern::ui {

namespace {

constexpr int kMaxLabelChars = 14; // longer class names are elided on the axes (the tooltip of the table has them)

QString elided(const QString& name)
{
    return name.size() > kMaxLabelChars ? name.left(kMaxLabelChars - 1) + QChar(0x2026) : name;
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
    yAxis->setRangeReversed(true); // the first class at the top, as in a table
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
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

    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (int c = 0; c < k; ++c)
        ticks->addTick(c, elided(m_model->classNames()[c]));
    xAxis->setTicker(ticks);
    yAxis->setTicker(ticks);
    xAxis->setRange(-0.5, k - 0.5);
    yAxis->setRange(-0.5, k - 0.5);
    if (k > 4)
        xAxis->setTickLabelRotation(-40);

    // Cell labels only while they fit; past 12 classes the colours (and the tooltips of the table) tell.
    if (k <= 12) {
        QFont font = this->font();
        font.setPointSizeF(k <= 5 ? font.pointSizeF() : font.pointSizeF() * 0.8);
        for (int a = 0; a < k; ++a)
            for (int p = 0; p < k; ++p) {
                auto* label = new QCPItemText(this);
                label->position->setCoords(p, a);
                label->setText(cellLabel(a, p));
                label->setFont(font);
                label->setTextAlignment(Qt::AlignCenter);
                label->setColor(labelColourOn(gradient.color(m_model->rowFraction(a, p), QCPRange(0, 1))));
            }
    }
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tern::ui
