// A classification candidate's confusion matrix as a table model: one row per actual class, one column per
// predicted class (the most probable one of each out-of-fold row). Cells show the count; FractionRole gives the
// share of the actual class's rows (row-normalised, so every row sums to 1), which the heat map colours by.
#pragma once

#include "engine/search/stored_predictions.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace tern::ui {

class ConfusionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int CountRole = Qt::UserRole + 1;    // int
    static constexpr int FractionRole = Qt::UserRole + 2; // double in [0, 1]

    explicit ConfusionMatrixModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Classification predictions only (a regression block leaves the model empty). Truth values outside the
    // class range are skipped rather than trusted.
    void setPredictions(const search::StoredPredictions& predictions);

    int classCount() const { return static_cast<int>(m_classes.size()); }
    const QStringList& classNames() const { return m_classes; }
    int count(int actual, int predicted) const;
    double rowFraction(int actual, int predicted) const; // 0 for a class with no rows
    int total() const { return m_total; }
    double accuracy() const; // the diagonal's share of all rows

  private:
    QStringList m_classes;
    std::vector<int> m_counts; // classCount x classCount, row-major: [actual][predicted]
    int m_total = 0;
};

} // namespace tern::ui
