// A table whose columns are as wide as their contents while they fit, and whose long-text columns (a dataset name,
// a validation scheme) give up width, elided, when the window is too narrow for all of them: a table that merely
// sized every column to its contents pushed the key columns (the chosen model, the time) out of sight at 1024 px.
#pragma once

#include <QObject>
#include <vector>

class QTableView;

namespace tern::ui {

class ElasticColumns : public QObject {
    Q_OBJECT
  public:
    // `grow`: the column that takes the room left over; `elastic`: the columns that shrink when the contents do not
    // fit, the first down to its floor before the next.
    ElasticColumns(QTableView* view, int grow, std::vector<int> elastic);

    void fit(); // on a resize and when rows change; callable after the model changes in other ways

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QTableView* m_view;
    int m_grow;
    std::vector<int> m_elastic;
};

} // namespace tern::ui
