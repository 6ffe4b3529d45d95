// A candidate's permutation feature importance as horizontal bars, most important at the top, with the spread
// over folds and repeats as error bars. A negative bar means shuffling the feature helped: it carries noise.
// An image model's features are pixels (px_ROW_COL): those show as a heat map on the image grid instead, where a
// list of pixel names would say nothing.
#pragma once

#include "ui/models/feature_importance.h"
#include "ui/plots/exportable_plot.h"

#include <vector>

namespace tern::ui {

class ImportancePlot : public ExportablePlot {
    Q_OBJECT
  public:
    static constexpr int kMaxBars = 15; // the rest are left out (the title says how many)

    explicit ImportancePlot(QWidget* parent = nullptr);

    // `importance`: a candidate's details["importance"]; an empty or malformed value shows `emptyText`.
    void setImportance(const nlohmann::json& importance, const QString& emptyText);
    const std::vector<ImportanceBar>& bars() const { return m_bars; } // as drawn, top to bottom (none for pixels)
    bool showsPixelMap() const { return m_pixelRows > 0; }
    // The tooltip at a point of the widget: over a bar's row (its label or the bar), the full feature name and its
    // importance with the spread; elsewhere empty.
    QString toolTipAt(const QPoint& pos) const;

  protected:
    void recolourData() override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

  private:
    void labelBars();
    bool drawPixelMap(const std::vector<ImportanceBar>& all); // false unless every feature is a pixel
    void dropPixelMap();
    void keepSquarePixels();

    std::vector<ImportanceBar> m_bars;
    QCPTextElement* m_title;
    QPointer<QCPBars> m_barsDrawn;
    QPointer<QCPErrorBars> m_errors;
    QPointer<QCPColorMap> m_pixelMap;
    QPointer<QCPColorScale> m_pixelScale;
    QPointer<QCPMarginGroup> m_pixelMargins;
    int m_pixelRows = 0, m_pixelCols = 0;
    QMargins m_barMargins; // the axis rect's minimum margins for bars; the pixel map widens them to stay square
    std::vector<ImportanceBar> m_pixels; // row-major, m_pixelRows x m_pixelCols
};

} // namespace tern::ui
