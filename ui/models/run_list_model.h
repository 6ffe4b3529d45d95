// The History page's rows: the runs of the store, newest first (date, dataset, target, metric, validation, status
// including "interrupted", best score, candidate count), read through a read-only connection.
#pragma once

#include "engine/store/records.h"

#include <QAbstractTableModel>
#include <vector>

namespace tern::ui {

class RunListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Started, Dataset, Target, Metric, Validation, Status, BestScore, Candidates, ColumnCount };

    explicit RunListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the store; returns the one-line error (and keeps no rows) when it cannot be read.
    QString reload(const QString& databasePath);
    qint64 runId(int row) const { return m_runs.at(static_cast<size_t>(row)).id; }

  private:
    std::vector<store::RunRecord> m_runs;
    std::vector<QVariant> m_best; // best candidate's score per run
};

} // namespace tern::ui
