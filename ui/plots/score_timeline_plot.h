// The search's best score over time: every scored candidate as a dot at the moment it finished, the best score so
// far as a step line. Clicking a dot reports its candidate; the context menu saves the plot as PNG or PDF.
#pragma once

#include "ui/models/score_timeline.h"
#include "ui/plots/exportable_plot.h"

namespace tern::ui {

class ScoreTimelinePlot : public ExportablePlot {
    Q_OBJECT
  public:
    explicit ScoreTimelinePlot(QWidget* parent = nullptr);

    void setMaximize(bool maximize);         // the run's metric direction (default: larger is better)
    void setMetricName(const QString& name); // the y axis title; empty says "Cross-validated score"
    void clearCandidates();
    void addCandidate(const search::CandidateResult& result); // replaces the candidate with the same id
    const ScoreTimeline& timeline() const { return m_timeline; }

  signals:
    void candidateClicked(qint64 id);

  protected:
    void recolourData() override { rebuild(); }

  private:
    void rebuild();

    std::vector<search::CandidateResult> m_candidates;
    ScoreTimeline m_timeline;
    bool m_maximize = true;
};

} // namespace tern::ui
