// A read-only Qt view of a data::Table. Cells are formatted on demand (data::Column::display) for the rows the
// view paints: nothing is copied, so a million-row table opens instantly and scrolls smoothly.
#pragma once

#include <QAbstractTableModel>
#include <memory>

namespace tern::data {
class Table;
}

namespace tern::ui {

class TableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    explicit TableModel(QObject* parent = nullptr);

    // Shares ownership so the table outlives any view still painting it.
    void setTable(std::shared_ptr<const data::Table> table);
    const data::Table* table() const { return m_table.get(); }
    // Call after a column's role changed (the header shows the target).
    void refreshHeaders();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::shared_ptr<const data::Table> m_table;
};

} // namespace tern::ui
