#include "ui/models/candidate_table_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tern::ui {

namespace {

QVariant optional(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); }

QString formatNumber(const QVariant& v, int precision)
{
    return v.isValid() ? QLocale().toString(v.toDouble(), 'f', precision) : QString();
}

} // namespace

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedCount + static_cast<int>(m_metrics.size());
}

QVariant CandidateTableModel::value(const search::CandidateResult& r, int column) const
{
    switch (column) {
    case Ordinal: return QVariant::fromValue<qlonglong>(r.id);
    case Family: return QString::fromStdString(r.family);
    case Score: return optional(r.score);
    case Std: return optional(r.score_std);
    case FitTime: return optional(r.fit_s);
    case LatencyP50: return optional(r.latency_us_p50);
    case LatencyP99: return optional(r.latency_us_p99);
    case Throughput: return optional(r.throughput_rows_s);
    case Size: return r.size_bytes ? QVariant(static_cast<double>(*r.size_bytes)) : QVariant();
    case Status: return QString::fromStdString(r.status);
    default: break;
    }
    const std::string name = m_metrics.value(column - FixedCount).toStdString();
    if (r.metrics.is_object() && r.metrics.contains(name) && r.metrics[name].is_number())
        return r.metrics[name].get<double>();
    return {};
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto& r = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    const QVariant v = value(r, column);
    switch (role) {
    case SortRole: return v;
    case Qt::DisplayRole:
        switch (column) {
        case Ordinal:
        case Family:
        case Status: return v;
        case Score: return r.score ? formatNumber(v, 4) + (r.score_std ? QStringLiteral(" ± ") + formatNumber(optional(r.score_std), 4) : QString()) : QString();
        case FitTime: return formatNumber(v, 2);
        case LatencyP50:
        case LatencyP99: return formatNumber(v, 1);
        case Throughput:
        case Size: return v.isValid() ? QLocale().toString(v.toDouble(), 'f', 0) : QString();
        default: return formatNumber(v, 4);
        }
    case Qt::ToolTipRole:
        if (!r.error.empty())
            return QString::fromStdString(r.error);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && r.status != "ok")
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == LatencyP50 && r.over_latency_budget)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Family || column == Status)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ordinal: return tr("#");
    case Family: return tr("Family");
    case Score: return tr("Score ± std");
    case Std: return tr("Std");
    case FitTime: return tr("Fit (s)");
    case LatencyP50: return tr("Latency p50 (µs)");
    case LatencyP99: return tr("Latency p99 (µs)");
    case Throughput: return tr("Rows/s");
    case Size: return tr("Size (bytes)");
    case Status: return tr("Status");
    default: return m_metrics.value(section - FixedCount);
    }
}

void CandidateTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_metrics.clear();
    endResetModel();
}

void CandidateTableModel::addMetricColumns(const search::CandidateResult& result)
{
    if (!result.metrics.is_object())
        return;
    for (auto it = result.metrics.begin(); it != result.metrics.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (m_metrics.contains(name))
            continue;
        const int column = FixedCount + static_cast<int>(m_metrics.size());
        beginInsertColumns({}, column, column);
        m_metrics.append(name);
        endInsertColumns();
    }
}

void CandidateTableModel::addCandidate(const search::CandidateResult& result)
{
    addMetricColumns(result);
    if (const int row = rowOf(result.id); row >= 0) {
        m_rows[static_cast<size_t>(row)] = result;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(result);
    endInsertRows();
}

void CandidateTableModel::setCandidates(const std::vector<search::CandidateResult>& results)
{
    beginResetModel();
    m_rows = results;
    m_metrics.clear();
    for (const auto& r : m_rows)
        if (r.metrics.is_object())
            for (auto it = r.metrics.begin(); it != r.metrics.end(); ++it)
                if (!m_metrics.contains(QString::fromStdString(it.key())))
                    m_metrics.append(QString::fromStdString(it.key()));
    endResetModel();
}

int CandidateTableModel::rowOf(std::int64_t id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace tern::ui
