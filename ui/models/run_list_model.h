// The History page's rows: the runs of the store, newest first (run id, date, dataset, target, metric, validation,
// status including "interrupted", best score and model, candidate count, time taken of the budget), read through a
// read-only connection. SortRole gives each column's value in the order it sorts by (times as stored, scores as
// numbers), not as displayed.
#pragma once

#include "engine/store/records.h"

#include <QAbstractTableModel>
#include <vector>

namespace tern::ui {

class RunListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Run,
        Started,
        Dataset,
        Target,
        Metric,
        Validation,
        Status,
        BestScore,
        BestModel,
        Candidates,
        Elapsed,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit RunListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the store; returns the one-line error (and keeps no rows) when it cannot be read.
    QString reload(const QString& databasePath);
    qint64 runId(int row) const { return m_runs.at(static_cast<size_t>(row)).id; }
    const store::RunRecord& run(int row) const { return m_runs.at(static_cast<size_t>(row)); }

  private:
    QVariant sortValue(int row, int column) const;

    std::vector<store::RunRecord> m_runs;
};

} // namespace tern::ui
