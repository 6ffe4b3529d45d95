#include "ui/models/variant_table_model.h"

#include "ui/models/display_units.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <cmath>

namespace tern::ui {

namespace {

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(static_cast<double>(*v)) : QVariant();
}

bool sameFraction(std::optional<double> a, double b)
{
    return a && std::abs(*a - b) < 1e-6;
}

} // namespace

int VariantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantTableModel::value(const PrecisionVariant& v, int column) const
{
    switch (column) {
    case Precision: return variantLabel(v);
    case Score: return optional(v.score);
    case Change:
        if (&v == &m_rows.front() || !v.score)
            return {};
        if (m_rows.front().score) // both on the candidate's scale (PrecisionVariant::score)
            return (*v.score - *m_rows.front().score) * 100.0; // in points, as the issue states its targets
        return {};
    case LatencyP50: return optional(v.latencyUs);
    case Throughput: return optional(v.throughput);
    case Size: return optional(v.sizeBytes);
    case Multiplies: return optional(v.multiplies);
    default: return {};
    }
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& v = m_rows[static_cast<size_t>(index.row())];
    const QVariant x = value(v, index.column());
    const bool pending = m_ternaryPending && v.precision == QLatin1String("ternary");
    const QLocale locale;
    switch (role) {
    case SortRole: return x;
    case Qt::DisplayRole:
        if (!x.isValid())
            return index.column() == Precision ? x : QVariant(QStringLiteral("–"));
        switch (index.column()) {
        case Precision: return x;
        case Score: return locale.toString(x.toDouble(), 'f', 4);
        case Change: {
            // A change that rounds to 0.00 reads as 0.00, without a sign it does not have at this precision.
            const double points = std::round(x.toDouble() * 100.0) / 100.0;
            return (points > 0 ? QStringLiteral("+") : QString()) + locale.toString(points == 0 ? 0.0 : points, 'f', 2);
        }
        case LatencyP50: return formatLatency(x.toDouble()); // 0.18 µs and 105 µs, as the Leaderboard writes them
        case Throughput:
        case Multiplies: return locale.toString(x.toDouble(), 'f', 0);
        case Size: return formatBytes(x.toDouble()); // as the Leaderboard writes sizes
        default: return x;
        }
    case Qt::ToolTipRole:
        if (pending)
            return tr("Evaluating the newest residual fraction…");
        if (index.column() == Change)
            return tr("Score change against fp32, in points (hundredths)");
        if (index.column() == Score && &v != &m_rows.front() && v.heldOutScore && v.fp32OnThoseRows)
            return tr("fp32's score plus this variant's change against fp32 on the held-out rows both were scored on "
                      "(%1 against %2)")
                .arg(locale.toString(*v.heldOutScore, 'f', 4), locale.toString(*v.fp32OnThoseRows, 'f', 4));
        if (m_live.contains(v.precision))
            return tr("Measured now on %1; the change is against fp32 on the same rows").arg(m_liveNote);
        if (v.precision == QLatin1String("ternary"))
            return tr("Ternary weights; the slider sets the fraction of residual blocks kept");
        return {};
    case Qt::ForegroundRole:
        if (pending)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        if (index.column() == Change && x.isValid() && x.toDouble() < -1.0)
            return QBrush(warningColour(QGuiApplication::palette())); // more than one point lost
        return {};
    case Qt::FontRole:
        if (index.column() == Precision) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Precision)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Precision: return tr("Precision");
    case Score: return tr("Score");
    case Change: return tr("vs fp32 (pts)");
    case LatencyP50: return tr("Latency p50");
    case Throughput: return tr("Rows/s");
    case Size: return tr("Size");
    case Multiplies: return tr("Multiplies/row");
    default: return {};
    }
}

void VariantTableModel::setCandidate(const store::CandidateRecord& candidate, bool quantisable,
                                     const std::string& metric)
{
    m_metric = metric;
    beginResetModel();
    m_rows.clear();
    m_ternaryPending = false;
    m_live.clear();
    m_liveNote.clear();
    m_stored = quantisable ? storedVariants(candidate.details, true, candidate.score, metric)
                           : std::vector<PrecisionVariant>{};
    PrecisionVariant fp32;
    fp32.precision = QStringLiteral("fp32");
    fp32.score = candidate.score;
    fp32.latencyUs = candidate.latency_us_p50;
    fp32.throughput = candidate.throughput_rows_s;
    fp32.sizeBytes = candidate.size_bytes;
    for (const auto& s : m_stored) // the search may have measured fp32's multiplies beside its variants
        if (s.precision == QLatin1String("fp32"))
            fp32.multiplies = s.multiplies;
    if (quantisable) {
        for (const char* name : {"bf16", "int8"}) {
            PrecisionVariant row;
            row.precision = QString::fromLatin1(name);
            for (const auto& s : m_stored)
                if (s.precision == row.precision)
                    row = s;
            m_rows.push_back(row);
        }
        PrecisionVariant ternary;
        ternary.precision = QStringLiteral("ternary");
        ternary.residualFraction = 1.0;
        m_rows.push_back(storedTernary(1.0).value_or(ternary));
        // fp32 and bf16 run the same dense layers: the same multiplies per row.
        if (!fp32.multiplies)
            fp32.multiplies = m_rows.front().multiplies;
    }
    m_rows.insert(m_rows.begin(), fp32);
    endResetModel();
}

void VariantTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_stored.clear();
    m_ternaryPending = false;
    m_live.clear();
    m_liveNote.clear();
    endResetModel();
}

std::optional<PrecisionVariant> VariantTableModel::storedTernary(double residualFraction) const
{
    for (const auto& s : m_stored)
        if (s.precision == QLatin1String("ternary") && sameFraction(s.residualFraction, residualFraction))
            return s;
    return std::nullopt;
}

void VariantTableModel::setTernary(const PrecisionVariant& variant, bool pending, std::optional<double> fp32Reference,
                                   const QString& note)
{
    if (rowOf(QStringLiteral("ternary")) < 0)
        return;
    m_ternaryPending = pending;
    setMeasured(variant, fp32Reference, note);
}

void VariantTableModel::setMeasured(const PrecisionVariant& variant, std::optional<double> fp32Reference,
                                    const QString& note)
{
    const int row = rowOf(variant.precision);
    if (row < 0)
        return;
    PrecisionVariant placed = variant;
    if (fp32Reference) // measured now: put on the candidate's scale like the stored ones
        placeOnCandidateScale(placed, m_rows.front().score, fp32Reference, m_metric);
    m_rows[static_cast<size_t>(row)] = placed;
    // fp32 and bf16 run the same dense layers: the same multiplies per row.
    if (placed.precision == QLatin1String("bf16") && !m_rows.front().multiplies && placed.multiplies) {
        m_rows.front().multiplies = placed.multiplies;
        emit dataChanged(index(0, Multiplies), index(0, Multiplies));
    }
    if (note.isEmpty())
        m_live.remove(variant.precision);
    else
        m_live.insert(variant.precision);
    m_liveNote = m_live.isEmpty() ? QString() : note;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void VariantTableModel::setTernaryPending(bool pending)
{
    const int row = rowOf(QStringLiteral("ternary"));
    if (row < 0 || m_ternaryPending == pending)
        return;
    m_ternaryPending = pending;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<double> VariantTableModel::change(int row) const
{
    const QVariant v = value(m_rows.at(static_cast<size_t>(row)), Change);
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

int VariantTableModel::rowOf(const QString& precision) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].precision == precision)
            return static_cast<int>(i);
    return -1;
}

} // namespace tern::ui
