// A regression candidate's out-of-fold predictions against the actual values: one dot per row, the diagonal where
// a perfect model would put them, and the RMSE in the title. The vertical distance to the diagonal is the residual.
// Both axes show the same range, so the diagonal runs corner to corner and the dots use the whole plot (equal units
// on a tall panel left half of it empty above the largest prediction).
#pragma once

#include "ui/plots/exportable_plot.h"

#include <span>

namespace tern::ui {

class ResidualPlot : public ExportablePlot {
    Q_OBJECT
  public:
    explicit ResidualPlot(QWidget* parent = nullptr);

    // `predicted` and `actual` pair up row by row; rows with a non-finite value are left out.
    void setPredictions(std::span<const float> actual, std::span<const float> predicted);
    void setTargetName(const QString& name); // names the axes ("Actual Ozone"); empty: "Actual value"
    int pointCount() const { return m_points; }
    double rmse() const { return m_rmse; }

  protected:
    void recolourData() override;

  private:
    QCPTextElement* m_title;
    QPointer<QCPGraph> m_dots;
    QPointer<QCPItemStraightLine> m_diagonal;
    int m_points = 0;
    double m_rmse = 0;
};

} // namespace tern::ui
