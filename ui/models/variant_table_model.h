// The Export page's table: one row per deployment precision of one candidate (fp32, bf16, int8, ternary) with its
// score, the change against fp32, latency p50, throughput, size and multiplies per row. fp32 comes from the
// candidate itself, the others from its stored variants; the ternary row follows the residual-fraction slider and
// is replaced by a live evaluation when the slider leaves the fractions the search stored.
#pragma once

#include "engine/store/records.h"
#include "ui/models/precision_variant.h"

#include <QAbstractTableModel>
#include <QSet>
#include <vector>

namespace tern::ui {

class VariantTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Precision, Score, Change, LatencyP50, Throughput, Size, Multiplies, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit VariantTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // fp32 only unless `quantisable` (mlp and linear candidates); variants the search did not store show empty.
    // `metric`: the run's, whose range bounds the variants' scores on the candidate's scale.
    void setCandidate(const store::CandidateRecord& candidate, bool quantisable, const std::string& metric = {});
    void clear();

    // The stored ternary variant at this residual fraction, if the search measured it.
    std::optional<PrecisionVariant> storedTernary(double residualFraction) const;
    // Replaces the ternary row; `pending` greys it while a newer fraction is being evaluated. A live evaluation
    // scores other rows than the search did: `fp32Reference` is fp32 on those rows, which puts the variant on the
    // candidate's scale (placeOnCandidateScale) like the stored ones.
    void setTernary(const PrecisionVariant& variant, bool pending, std::optional<double> fp32Reference = {},
                    const QString& note = {});
    void setTernaryPending(bool pending);
    // Replaces the row of variant.precision with a live measurement (or, without a note, a stored variant).
    void setMeasured(const PrecisionVariant& variant, std::optional<double> fp32Reference, const QString& note);
    // Whether the row of this precision shows a live measurement.
    bool isLive(const QString& precision) const { return m_live.contains(precision); }
    int rowOf(const QString& precision) const; // -1 when absent
    const PrecisionVariant& variant(int row) const { return m_rows.at(static_cast<size_t>(row)); }
    // Every stored variant (ternary at each fraction the search measured), fp32 included when stored.
    const std::vector<PrecisionVariant>& stored() const { return m_stored; }
    // The score change of a row against fp32 in points (a live ternary row: against fp32 on its own rows).
    std::optional<double> change(int row) const;
    // Empty unless a row shows a live evaluation: which rows it was measured on.
    QString liveNote() const { return m_liveNote; }

  private:
    QVariant value(const PrecisionVariant& v, int column) const;

    std::vector<PrecisionVariant> m_rows;
    std::vector<PrecisionVariant> m_stored; // every stored variant, ternary fractions included
    bool m_ternaryPending = false;
    QSet<QString> m_live; // precisions whose rows were measured now, on m_liveNote's rows
    QString m_liveNote;
    std::string m_metric;
};

} // namespace tern::ui
