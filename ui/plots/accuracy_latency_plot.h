// The run's metric against one-row prediction latency (log x axis): one colour per model family with a legend,
// the Pareto front (best score for a given latency or less, in the metric's direction) as a step line and the latency
// budget as a vertical line. Precision variants (bf16, int8, ternary) appear in their candidate's colour with one
// symbol per precision, explained in the legend. The legend is a band below the axes, so it never hides a point, and a
// short one: as many entries per row as fit, in a smaller font on a narrow plot. The y axis names the run's metric.
// Clicking a point reports its candidate; the context menu saves the plot as PNG or PDF.
#pragma once

#include "engine/search/candidate.h"
#include "ui/plots/exportable_plot.h"

#include <map>
#include <vector>

namespace tern::ui {

class AccuracyLatencyPlot : public ExportablePlot {
    Q_OBJECT
  public:
    explicit AccuracyLatencyPlot(QWidget* parent = nullptr);

    void clearCandidates();
    void addCandidate(const search::CandidateResult& result); // ignored unless it has a score and a latency
    void setLatencyBudget(double microseconds);               // 0 = none
    void setMaximize(bool maximize);                          // the metric's direction (default: larger is better)
    void setMetricName(const QString& name);                  // the y axis title; empty says "Cross-validated score"
    int pointCount() const;                                   // candidates (fp32) only
    int variantPointCount() const;                            // precision variants only
    QRect legendRect() const; // where the last replot drew the legend (below dataRect, never on it)
    QRect dataRect() const;   // the axis rect, where the points are

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void recolourData() override { rebuild(); }

  signals:
    void candidateClicked(qint64 id);

  private:
    struct Point {
        double latency, score;
        qint64 id;
        std::string family;
        QString precision; // empty for the candidate itself, else the variant's label
    };
    void addFamilyGraphs(const std::string& family, const QColor& colour, double& minX, double& maxX, double& minY,
                         double& maxY, bool& first);
    void rebuild();
    void fitLegend();
    static int legendColumns(const std::vector<int>& widths, int room, int spacing);
    void placeLegend(bool shown); // an empty legend in the layout squeezed the axes to a sliver

    std::vector<Point> m_points;
    double m_latencyBudget = 0;
    bool m_maximize = true;
};

} // namespace tern::ui
