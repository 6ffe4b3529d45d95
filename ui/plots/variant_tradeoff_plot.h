// The Export page's picture of one candidate's precisions: score against one-row latency, one symbol per precision
// (as on the leaderboard), the ternary variants the search stored at several residual fractions joined by a line
// labelled with their fractions, and the slider's live ternary point ringed. It redraws from the page's
// VariantTableModel whenever that changes.
#pragma once

#include "ui/plots/exportable_plot.h"

namespace tern::ui {

class VariantTableModel;

class VariantTradeoffPlot : public ExportablePlot {
    Q_OBJECT
  public:
    explicit VariantTradeoffPlot(VariantTableModel* model, QWidget* parent = nullptr);

    int pointCount() const { return m_points; } // points drawn, for tests

  protected:
    void recolourData() override { rebuild(); }

  private:
    void rebuild();

    VariantTableModel* m_model;
    int m_points = 0;
};

} // namespace tern::ui
