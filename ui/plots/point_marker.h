// A ring around one point of a QCustomPlot: the leaderboard's selected candidate on its plots. The plots rebuild
// themselves (clearing their items) whenever a candidate arrives, so the marker re-adds its ring before each replot
// instead of relying on the plot to keep it; the plot class needs no knowledge of it.
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <optional>

class QCustomPlot;
class QCPItemTracer;

namespace tern::ui {

class PointMarker : public QObject {
    Q_OBJECT
  public:
    explicit PointMarker(QCustomPlot* plot);

    void setPoint(std::optional<QPointF> point); // plot coordinates (key, value); nullopt removes the ring
    std::optional<QPointF> point() const { return m_point; }
    bool isDrawn() const; // the ring is among the plot's items

  private:
    void place();

    QCustomPlot* m_plot;
    QPointer<QCPItemTracer> m_ring;
    std::optional<QPointF> m_point;
};

} // namespace tern::ui
