// The Data page's view of a loaded table: the target chooser, the cell preview, the per-column summary and the
// missing-values chart.
#pragma once

#include <QWidget>
#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace tern::data {
class Table;
struct ColumnSummary;
} // namespace tern::data

namespace tern::ui {

class MissingValuesPlot;
class SummaryModel;
class TableModel;

class TablePanel : public QWidget {
    Q_OBJECT
  public:
    explicit TablePanel(QWidget* parent = nullptr);

    // setAside: columns a run would set aside, with the engine's reason (Dataset::setAside).
    void setTable(std::shared_ptr<data::Table> table, std::vector<data::ColumnSummary> summaries,
                  std::size_t duplicateRows = 0, std::map<std::string, std::string> setAside = {});
    void clear();

    TableModel* tableModel() const { return m_tableModel; }
    SummaryModel* summaryModel() const { return m_summaryModel; }
    MissingValuesPlot* missingPlot() const { return m_plot; }
    QComboBox* targetChooser() const { return m_target; }
    QTableView* preview() const { return m_preview; }

  public slots:
    void setTarget(const QString& column); // "" = no target

  signals:
    void targetChanged(const QString& column);

  private:
    void onTargetIndexChanged(int index);

    std::shared_ptr<data::Table> m_table;
    TableModel* m_tableModel;
    SummaryModel* m_summaryModel;
    QComboBox* m_target;
    QLabel* m_shape;
    QTableView* m_preview;
    QTableView* m_summaryView;
    MissingValuesPlot* m_plot;
};

} // namespace tern::ui
