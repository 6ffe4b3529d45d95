// The Predict dialog's result table: one row per input row (image file, for a model of images) with the prediction
// and, for classification, one probability column per class; when the table holds the target, its actual value
// beside the prediction. Saves itself as CSV with the columns `tern-cli predict` prints (file, prediction,
// p_<class>).
#pragma once

#include "engine/export/package.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tern::ui {

class PredictionTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PredictionTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `classNames` empty: regression (values); else labels and probabilities in that class order. `files`: the image
    // each row was predicted from (a first File column), or empty for a table's rows.
    // `actual`: the target of each row as the table wrote it ("" where missing), or empty when it has none.
    void setPredictions(exporting::Predictions predictions, const std::vector<std::string>& classNames,
                        std::vector<std::string> files = {}, std::vector<std::string> actual = {});
    void clear();
    // Empty on success, else a one-line reason.
    QString saveCsv(const QString& path) const;

  private:
    bool isClassification() const { return !m_classes.isEmpty(); }
    int fileColumn() const { return m_files.empty() ? -1 : 0; }
    int actualColumn() const { return m_actual.empty() ? -1 : (m_files.empty() ? 0 : 1); }
    int firstPredictionColumn() const { return (m_files.empty() ? 0 : 1) + (m_actual.empty() ? 0 : 1); }
    QVariant value(int row, int column) const;

    exporting::Predictions m_predictions;
    QStringList m_classes;
    std::vector<std::string> m_files;
    std::vector<std::string> m_actual;
};

} // namespace tern::ui
