// Horizontal bar chart of the missing cells per column (share of rows, count in the tooltip): every column of a
// table of up to 15, else the 15 with most missing values; "No missing values" when there are none. The context
// menu saves it as PNG or PDF.
#pragma once

#include "engine/data/summary.h"

#include <qcustomplot.h>
#include <vector>

namespace tern::ui {

class MissingValuesPlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit MissingValuesPlot(QWidget* parent = nullptr);

    void setSummaries(const std::vector<data::ColumnSummary>& summaries);
    int barCount() const;
    bool noMissingValuesShown() const;
    // Picks the format from the extension (.pdf, else PNG at twice the screen size); false when writing failed.
    bool saveTo(const QString& path);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void showContextMenu(const QPoint& pos);
    void saveWithDialog(const QString& filter, const QString& suffix);

    QCPBars* m_bars;
    QCPItemText* m_empty; // "No missing values"
    std::vector<data::ColumnSummary> m_summaries;
};

} // namespace tern::ui
