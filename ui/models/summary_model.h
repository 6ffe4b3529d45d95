// One row per column of the loaded table: type, role, missing count and share, distinct values, numeric
// min/max/mean/std or the most frequent levels. Holds the engine's precomputed data::ColumnSummary list.
#pragma once

#include "engine/data/summary.h"

#include <QAbstractTableModel>
#include <map>
#include <string>
#include <vector>

namespace tern::ui {

class SummaryModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Name, Type, Role, Missing, MissingPercent, Unique, Min, Max, Mean, Std, TopLevels, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // raw numbers, so that sorting by "Missing %" is numeric

    explicit SummaryModel(QObject* parent = nullptr);

    void setSummaries(std::vector<data::ColumnSummary> summaries);
    const std::vector<data::ColumnSummary>& summaries() const { return m_summaries; }
    void setRole(int row, data::ColumnRole role); // keeps the Role column in step with the target chooser
    // Columns a run would set aside, by name, with the engine's reason (Dataset::setAside): their role reads
    // "set aside" and the reason is its tooltip.
    void setSetAside(std::map<std::string, std::string> reasons);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QVariant display(const data::ColumnSummary& s, int column) const;
    QVariant sortValue(const data::ColumnSummary& s, int column) const;

    const std::string* setAsideReason(const data::ColumnSummary& s) const; // null unless a feature set aside

    std::vector<data::ColumnSummary> m_summaries;
    std::map<std::string, std::string> m_setAside;
};

} // namespace tern::ui
