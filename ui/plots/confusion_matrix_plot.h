// The confusion matrix of a classification candidate as a heat map: actual classes down, predicted classes
// across, each cell coloured by its row-normalised share (so a rare class reads as clearly as a common one) and
// labelled with its count, its share of the row, or both. Class names too long for their room are elided with
// "…"; hovering a name or a cell shows the full names with the cell's count and share.
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
    // The tooltip at a point of the widget: over a cell, both classes' full names, the count and the share of the
    // actual class's rows; over a tick label, that class's full name and its rows; elsewhere empty.
    QString toolTipAt(const QPoint& pos) const;

  protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void recolourData() override { rebuild(); }

  private:
    void rebuild();
    void labelTicks();
    bool rotateAcross() const;
    int rowTotal(int actual) const;
    int columnTotal(int predicted) const;

    const ConfusionMatrixModel* m_model = nullptr;
    CellText m_cellText = CellText::Both;
    QMetaObject::Connection m_reset;
    QStringList m_xLabels, m_yLabels; // as drawn, elided to their room
    bool m_xRotated = false;
    std::vector<QCPItemText*> m_cellLabels; // row-major, actual by predicted
    void fitCellText();                     // full text, counts only, or none: what the cells' pixels hold
};

} // namespace tern::ui
