#include "ui/plots/plot_palette.h"

#include "ui/theme.h"

#include <qcustomplot.h>

namespace tern::ui {
namespace {

QPen recoloured(QPen pen, const QColor& colour)
{
    if (pen.style() != Qt::NoPen)
        pen.setColor(colour);
    return pen;
}

const QColor kLightSeries[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                               QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                               QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22)};
const QColor kDarkSeries[] = {QColor(0x4e, 0x9e, 0xe8), QColor(0xff, 0x9a, 0x3c), QColor(0x4c, 0xc2, 0x55),
                              QColor(0xf0, 0x60, 0x5d), QColor(0xb6, 0x92, 0xe0), QColor(0xc4, 0x9a, 0x80),
                              QColor(0xf2, 0x8b, 0xd0), QColor(0xa9, 0xad, 0xb3), QColor(0xd4, 0xd4, 0x4a)};
static_assert(std::size(kLightSeries) == std::size(kDarkSeries));

} // namespace

void applyPlotPalette(QCustomPlot* plot)
{
    const QPalette p = plot->palette();
    const QColor base = p.color(QPalette::Base), text = p.color(QPalette::Text);
    const QColor axis = blend(base, text, 0.45), grid = blend(base, text, 0.18), zero = blend(base, text, 0.32);
    plot->setBackground(base);
    auto paintAxis = [&](QCPAxis* a) {
        a->setBasePen(recoloured(a->basePen(), axis));
        a->setTickPen(recoloured(a->tickPen(), axis));
        a->setSubTickPen(recoloured(a->subTickPen(), axis));
        a->setTickLabelColor(text);
        a->setLabelColor(text);
    };
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* a : rect->axes()) {
            paintAxis(a);
            a->grid()->setPen(recoloured(a->grid()->pen(), grid));
            a->grid()->setSubGridPen(recoloured(a->grid()->subGridPen(), grid));
            a->grid()->setZeroLinePen(recoloured(a->grid()->zeroLinePen(), zero));
        }
    // The plot's own legend may be out of every layout for now (a plot hides it by taking it out); axis rects'
    // inset layouts are among the elements, so a legend inside the axes is found as well.
    QSet<QCPLegend*> legends{plot->legend};
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        if (auto* title = qobject_cast<QCPTextElement*>(element))
            title->setTextColor(text);
        else if (auto* legend = qobject_cast<QCPLegend*>(element))
            legends.insert(legend);
        else if (auto* scale = qobject_cast<QCPColorScale*>(element))
            paintAxis(scale->axis()); // a colour scale's axis lives in the scale's own rect, outside axisRects()
    }
    for (QCPLegend* legend : std::as_const(legends)) {
        if (!legend)
            continue;
        legend->setTextColor(text);
        legend->setBorderPen(recoloured(legend->borderPen(), axis));
        if (legend->brush().style() != Qt::NoBrush)
            legend->setBrush(base);
        for (int i = 0; i < legend->itemCount(); ++i)
            if (QCPAbstractLegendItem* item = legend->item(i))
                item->setTextColor(text); // items copied the legend's colour when they were made
    }
}

QColor seriesColour(int index, const QPalette& palette)
{
    const int i = index % seriesColourCount();
    return isDark(palette) ? kDarkSeries[i] : kLightSeries[i];
}

int seriesColourCount()
{
    return static_cast<int>(std::size(kLightSeries));
}

QColor plotInk(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.85);
}

QColor plotMuted(const QPalette& palette)
{
    return mutedTextColour(palette);
}

QColor plotAlert(const QPalette& palette)
{
    return errorColour(palette);
}

} // namespace tern::ui
