// The confusion matrix of a classification candidate as a heat map: actual classes down, predicted classes
// across, each cell coloured by its row-normalised share (so a rare class reads as clearly as a common one) and
// labelled with its count, its share of the row, or both.
#pragma once

#include "ui/plots/exportable_plot.h"

namespace tern::ui {

class ConfusionMatrixModel;

class ConfusionMatrixPlot : public ExportablePlot {
    Q_OBJECT
  public:
    enum class CellText { Counts, RowPercent, Both };

    explicit ConfusionMatrixPlot(QWidget* parent = nullptr);

    // Follows the model (redrawn on every reset); the model must outlive the plot or be unset first.
    void setModel(const ConfusionMatrixModel* model);
    void setCellText(CellText text);
    CellText cellText() const { return m_cellText; }
    QString cellLabel(int actual, int predicted) const; // the text drawn in a cell

  protected:
    void recolourData() override { rebuild(); }

  private:
    void rebuild();

    const ConfusionMatrixModel* m_model = nullptr;
    CellText m_cellText = CellText::Both;
    QMetaObject::Connection m_reset;
};

} // namespace tern::ui
