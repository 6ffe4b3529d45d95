#include "ui/plots/point_marker.h"

#include "ui/plots/plot_palette.h"

#include <qcustomplot.h>

namespace tern::ui {

PointMarker::PointMarker(QCustomPlot* plot) : QObject(plot), m_plot(plot)
{
    connect(plot, &QCustomPlot::beforeReplot, this, &PointMarker::place);
}

void PointMarker::setPoint(std::optional<QPointF> point)
{
    m_point = point;
    place();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool PointMarker::isDrawn() const
{
    return m_ring && m_plot->hasItem(m_ring);
}

void PointMarker::place()
{
    if (!m_point) {
        if (m_ring)
            m_plot->removeItem(m_ring);
        return;
    }
    if (!m_ring) { // first use, or the plot cleared its items since
        m_ring = new QCPItemTracer(m_plot);
        m_ring->setStyle(QCPItemTracer::tsCircle);
        m_ring->setSize(17);
        m_ring->setBrush(Qt::NoBrush);
        m_ring->setSelectable(false);
    }
    m_ring->setPen(QPen(plotInk(m_plot->palette()), 2.2)); // each time: the theme may have changed
    m_ring->position->setCoords(m_point->x(), m_point->y());
}

} // namespace tern::ui
