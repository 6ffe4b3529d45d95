// The leaderboard's rows: one search::CandidateResult per row, appended live as each candidate finishes (and
// replaced when the search updates one later). Columns: ordinal, family, score ± std, fit time, latency p50/p99,
// throughput, size, status, then one column per cross-validated metric seen so far. A candidate's precision variants
// (bf16, int8, ternary; from its details) are child rows under it: a tree of depth one, so a proxy sorts and filters
// the candidates while each one's variants stay beneath it.
#pragma once

#include "engine/search/candidate.h"
#include "ui/models/precision_variant.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <utility>
#include <vector>

namespace tern::ui {

class CandidateTableModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column { Ordinal, Family, Score, Std, FitTime, LatencyP50, LatencyP99, Throughput, Size, Status, FixedCount };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as doubles, so that sorting is numeric
    // What the filter matches: the shown text, and a family's code too ("extra_trees" finds "Extra trees", as
    // tern-cli names it).
    static constexpr int FilterRole = Qt::UserRole + 2;

    explicit CandidateTableModel(QObject* parent = nullptr) : QAbstractItemModel(parent) {}

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void addCandidate(const search::CandidateResult& result); // replaces the row with the same id, if any
    void setCandidates(const std::vector<search::CandidateResult>& results);
    // The run's chosen model, marked with a star in its family cell (0: none, as during a run).
    void setChosen(std::int64_t id);
    // Why the chosen model is not the best-scored candidate, in a sentence; empty when it is (or none is chosen).
    QString choiceNote() const;
    // Whether the run's metric (the Score column) is better larger; true unless told otherwise.
    void setMaximize(bool maximize) { m_maximize = maximize; }
    // The order that puts the best values of a column first: descending scores (ascending errors), ascending
    // times and sizes, descending throughput.
    Qt::SortOrder bestFirst(int column) const;
    const search::CandidateResult& candidate(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    int rowOf(std::int64_t id) const; // -1 when absent
    // The candidate row of an index, its own or its parent's for a variant row (-1 when invalid).
    int candidateRow(const QModelIndex& index) const;
    // The variant behind a child row, nullptr for a candidate row.
    const PrecisionVariant* variant(const QModelIndex& index) const;

  private:
    static std::pair<int, int> foldsScored(const search::CandidateResult& r);
    QString headerToolTip(int section) const;
    void addMetricColumns(const search::CandidateResult& result);
    QVariant value(const search::CandidateResult& r, int column) const; // the number (or text) behind a cell
    void setVariants(int row, std::vector<PrecisionVariant> variants);  // replaces the child rows of `row`
    QVariant variantValue(const PrecisionVariant& v, int column) const;
    QVariant variantData(const PrecisionVariant& v, int column, int role) const;

    std::vector<search::CandidateResult> m_rows;
    std::vector<std::vector<PrecisionVariant>> m_variants; // per row, its child rows
    QStringList m_metrics;                                 // names of the metric columns, in order of first appearance
    std::int64_t m_chosen = 0;
    bool m_maximize = true;
};

// Why the run chose the model it did, for the places that show the choice (tooltips).
QString chosenModelRule();

} // namespace tern::ui
