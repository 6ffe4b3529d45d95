// The leaderboard's rows: one search::CandidateResult per row, appended live as each candidate finishes (and
// replaced when the search updates one later). Columns: ordinal, family, score ± std, fit time, latency p50/p99,
// throughput, size, status, then one column per cross-validated metric seen so far.
#pragma once

#include "engine/search/candidate.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace tern::ui {

class CandidateTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Ordinal, Family, Score, Std, FitTime, LatencyP50, LatencyP99, Throughput, Size, Status, FixedCount };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as doubles, so that sorting is numeric

    explicit CandidateTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void addCandidate(const search::CandidateResult& result); // replaces the row with the same id, if any
    void setCandidates(const std::vector<search::CandidateResult>& results);
    const search::CandidateResult& candidate(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    int rowOf(std::int64_t id) const; // -1 when absent

  private:
    void addMetricColumns(const search::CandidateResult& result);
    QVariant value(const search::CandidateResult& r, int column) const; // the number (or text) behind a cell

    std::vector<search::CandidateResult> m_rows;
    QStringList m_metrics; // names of the metric columns, in order of first appearance
};

} // namespace tern::ui
