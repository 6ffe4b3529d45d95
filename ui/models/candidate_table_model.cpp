#include "ui/models/candidate_table_model.h"

#include "engine/metrics/metric.h"
#include "ui/engine_text.h"
#include "ui/models/display_units.h"
#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"
#include "ui/models/status_labels.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <limits>

namespace tern::ui {

namespace {

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString formatNumber(const QVariant& v, int precision)
{
    return v.isValid() ? QLocale().toString(v.toDouble(), 'f', precision) : QString();
}

} // namespace

// Candidate rows carry internal id 0; a variant row carries its candidate's row + 1.
QModelIndex CandidateTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CandidateTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_variants.at(static_cast<size_t>(parent.row())).size());
}

int CandidateTableModel::columnCount(const QModelIndex&) const
{
    return FixedCount + static_cast<int>(m_metrics.size());
}

int CandidateTableModel::candidateRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == 0 ? index.row() : static_cast<int>(index.internalId() - 1);
}

const PrecisionVariant* CandidateTableModel::variant(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const auto& children = m_variants.at(static_cast<size_t>(index.internalId() - 1));
    return index.row() < static_cast<int>(children.size()) ? &children[static_cast<size_t>(index.row())] : nullptr;
}

QVariant CandidateTableModel::variantValue(const PrecisionVariant& v, int column) const
{
    switch (column) {
    case Family: return variantLabel(v);
    case Score: return optional(v.score);
    case LatencyP50: return optional(v.latencyUs);
    case Throughput: return optional(v.throughput);
    case Size: return v.sizeBytes ? QVariant(static_cast<double>(*v.sizeBytes)) : QVariant();
    default: return {};
    }
}

QVariant CandidateTableModel::variantData(const PrecisionVariant& v, int column, int role) const
{
    const QVariant value = variantValue(v, column);
    switch (role) {
    case SortRole: return value;
    case FilterRole: return variantData(v, column, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case Family: return value;
        case Score: return formatNumber(value, 4);
        case LatencyP50: return value.isValid() ? formatLatency(value.toDouble()) : QString();
        case Throughput: return formatNumber(value, 0);
        case Size: return value.isValid() ? formatBytes(value.toDouble()) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (v.heldOutScore && v.fp32OnThoseRows)
            return tr("%1 variant: the candidate's score moved by the change the variant showed against fp32 on "
                      "the held-out rows both were scored on (%2 against %3)")
                .arg(variantLabel(v), QLocale().toString(*v.heldOutScore, 'f', 4),
                     QLocale().toString(*v.fp32OnThoseRows, 'f', 4));
        return tr("%1 variant of this candidate, scored on its out-of-fold rows").arg(variantLabel(v));
    case Qt::ForegroundRole: return QBrush(mutedTextColour(QGuiApplication::palette()));
    case Qt::TextAlignmentRole:
        if (column == Family)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CandidateTableModel::value(const search::CandidateResult& r, int column) const
{
    switch (column) {
    case Ordinal: return QVariant::fromValue<qlonglong>(r.id);
    case Family: return familyLabel(r.family);
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

// The folds a candidate was scored on and the run's, when its time limit allowed fewer than all (run_candidate);
// {0, 0} otherwise.
std::pair<int, int> CandidateTableModel::foldsScored(const search::CandidateResult& r)
{
    if (!r.details.is_object())
        return {0, 0};
    const auto it = r.details.find("folds_scored");
    if (it == r.details.end() || !it->is_object())
        return {0, 0};
    return {it->value("scored", 0), it->value("of", 0)};
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const PrecisionVariant* v = variant(index))
        return variantData(*v, index.column(), role);
    const auto& r = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    const QVariant v = value(r, column);
    const auto [scored, folds] = column == Score ? foldsScored(r) : std::pair{0, 0};
    switch (role) {
    case SortRole:
        // A candidate without a score (failed, or still running) sorts below the worst one when best comes first.
        if (column == Score && !r.score)
            return m_maximize ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return v;
    case FilterRole:
        if (column == Family)
            return v.toString() + QLatin1Char(' ') + QString::fromStdString(r.family);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case Ordinal: return v;
        case Family: return r.id == m_chosen ? v.toString() + QStringLiteral(" ★") : v;
        case Status: return candidateStatusLabel(r.status);
        case Score:
            if (!r.score)
                return QString();
            // One fold (a holdout on large data) has no spread: "± 0.0000" would claim a perfectly stable score.
            return (r.score_std && r.fold_scores.size() != 1
                        ? formatNumber(v, metricDecimals(*r.score)) + QStringLiteral(" ± ") +
                              formatNumber(optional(r.score_std), metricDecimals(*r.score))
                        : formatNumber(v, metricDecimals(*r.score))) +
                   (folds > 0 ? QLatin1Char(' ') + tr("(%1 of %2 folds)").arg(scored).arg(folds) : QString());
        case FitTime: return v.isValid() ? formatDuration(v.toDouble()) : QString();
        case LatencyP50:
        case LatencyP99: return v.isValid() ? formatLatency(v.toDouble()) : QString();
        case Throughput: return formatNumber(v, 0);
        case Size: return v.isValid() ? formatBytes(v.toDouble()) : QString();
        default: return v.isValid() ? formatNumber(v, metricDecimals(v.toDouble())) : QString();
        }
    case Qt::ToolTipRole:
        if (!r.error.empty())
            return engineText(r.error);
        if (column == LatencyP50 && r.over_latency_budget)
            return tr("Slower than the run's latency budget");
        if (column == Family && r.id == m_chosen)
            return chosenModelRule();
        if (column == Score && folds > 0)
            return tr("Scored on %1 of the run's %2 validation folds: the rest would have exceeded its time limit, so "
                      "this score is noisier than those of candidates scored on every fold")
                .arg(scored)
                .arg(folds);
        return {};
    case Qt::FontRole:
        if (r.id == m_chosen) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status && r.status != "ok")
            return QBrush(errorColour(QGuiApplication::palette()));
        if (column == LatencyP50 && r.over_latency_budget)
            return QBrush(warningColour(QGuiApplication::palette()));
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Ordinal: return tr("#");
    case Family: return tr("Family");
    case Score: return tr("Score ± std");
    case Std: return tr("Std");
    case FitTime: return tr("Fit time");
    case LatencyP50: return tr("Latency p50");
    case LatencyP99: return tr("Latency p99");
    case Throughput: return tr("Rows/s");
    case Size: return tr("Size");
    case Status: return tr("Status");
    default: return metricLabel(m_metrics.value(section - FixedCount).toStdString());
    }
}

QString CandidateTableModel::headerToolTip(int section) const
{
    switch (section) {
    case Score:
        return tr("The run's metric on cross-validation: the mean over the folds (forward in time, weighted towards "
                  "the folds with more history) ± their standard deviation");
    case FitTime: return tr("Mean time to fit the candidate on one fold");
    case LatencyP50: return tr("Median time to predict one row, preprocessing included, on one thread");
    case LatencyP99: return tr("99th percentile of the time to predict one row");
    case Throughput: return tr("Rows predicted per second in batches of up to 1,000");
    case Size:
        return tr("Size of the fitted model with its preprocessing, serialised without compression (model.tern "
                  "compresses it, usually to less)");
    case Status: return tr("Failed and timed-out candidates show their error as a tooltip");
    default:
        // Why the run's metric here can differ from "Score": one number over all rows against a mean of per-fold ones.
        if (section >= FixedCount && section < columnCount())
            return tr("%1 over all out-of-fold predictions pooled (each row predicted by a model that did not "
                      "train on it); Score is the mean of the per-fold values, so the two can differ a little")
                .arg(metricLabel(m_metrics.value(section - FixedCount).toStdString()));
        return {};
    }
}

QString chosenModelRule()
{
    return CandidateTableModel::tr(
        "The run's chosen model. An ensemble of two or more members is chosen whenever the run has one: its score "
        "is measured on rows its weights were not chosen on, while a single candidate's is the best of many tries on "
        "the same folds, which flatters it. Without an ensemble, the best score. Within the latency budget, when "
        "there is one; when no candidate meets it, the best of the fastest. Any other candidate can be exported "
        "instead.");
}

QString CandidateTableModel::choiceNote() const
{
    const int chosenRow = rowOf(m_chosen);
    if (chosenRow < 0 || !m_rows[static_cast<size_t>(chosenRow)].score)
        return {};
    const search::CandidateResult& chosen = m_rows[static_cast<size_t>(chosenRow)];
    const auto better = [this](double a, double b) { return m_maximize ? a > b : a < b; };
    const search::CandidateResult* top = nullptr;
    for (const auto& r : m_rows)
        if (r.status == "ok" && r.score && (!top || better(*r.score, *top->score)))
            top = &r;
    if (!top || top->id == chosen.id || !better(*top->score, *chosen.score))
        return {};
    if (top->family == "ensemble") {
        const auto members = top->params.value("members", nlohmann::json::array());
        if (members.size() == 1 && members.front() == chosen.id)
            return tr("#%1 Ensemble holds #%2 alone: the run chose #%2 itself, which exports in every precision its "
                      "family has.")
                .arg(top->id)
                .arg(chosen.id);
        return {}; // an earlier ensemble of a resumed run: the newest one is the choice
    }
    const QString scores = tr("#%1 %2 scores %3 against %4")
                               .arg(top->id)
                               .arg(familyLabel(top->family))
                               .arg(formatNumber(*top->score, metricDecimals(*top->score)))
                               .arg(formatNumber(*chosen.score, metricDecimals(*chosen.score)));
    if (top->over_latency_budget && !chosen.over_latency_budget)
        return tr("%1, but it is slower than the run's latency budget.").arg(scores);
    if (top->over_latency_budget && chosen.over_latency_budget)
        return tr("%1, but no candidate meets the run's latency budget, so the run chose among the fastest.")
            .arg(scores);
    if (chosen.family == "ensemble")
        return tr("%1: a single candidate's score is the best of many tries on the same folds, which flatters it, "
                  "so the run chose the ensemble. Select #%2 and export it if you prefer it.")
            .arg(scores)
            .arg(top->id);
    return {};
}

void CandidateTableModel::setChosen(std::int64_t id)
{
    if (id == m_chosen)
        return;
    const int before = rowOf(m_chosen), after = rowOf(id);
    m_chosen = id;
    for (int row : {before, after})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

Qt::SortOrder CandidateTableModel::bestFirst(int column) const
{
    switch (column) {
    case Score: return m_maximize ? Qt::DescendingOrder : Qt::AscendingOrder;
    case Throughput: return Qt::DescendingOrder;
    case Ordinal:
    case Family:
    case Std:
    case FitTime:
    case LatencyP50:
    case LatencyP99:
    case Size:
    case Status: return Qt::AscendingOrder;
    default: break;
    }
    return metrics::builtin_direction(m_metrics.value(column - FixedCount).toStdString()) ==
                   metrics::Direction::minimize
               ? Qt::AscendingOrder
               : Qt::DescendingOrder;
}

void CandidateTableModel::clear()
{
    beginResetModel();
    m_chosen = 0;
    m_rows.clear();
    m_variants.clear();
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
        // Detail keys the update does not carry stay, as in the store: the run's refit and test updates know
        // nothing of an importance computed from this page while the run went on.
        search::CandidateResult merged = result;
        for (const auto& [key, value] : m_rows[static_cast<size_t>(row)].details.items())
            if (!merged.details.contains(key))
                merged.details[key] = value;
        m_rows[static_cast<size_t>(row)] = std::move(merged);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        setVariants(row, storedVariants(result.details, false, result.score));
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(result);
    m_variants.push_back(storedVariants(result.details, false, result.score));
    endInsertRows();
}

void CandidateTableModel::setCandidates(const std::vector<search::CandidateResult>& results)
{
    beginResetModel();
    m_rows = results;
    m_variants.clear();
    for (const auto& r : m_rows)
        m_variants.push_back(storedVariants(r.details, false, r.score));
    m_metrics.clear();
    for (const auto& r : m_rows)
        if (r.metrics.is_object())
            for (auto it = r.metrics.begin(); it != r.metrics.end(); ++it)
                if (!m_metrics.contains(QString::fromStdString(it.key())))
                    m_metrics.append(QString::fromStdString(it.key()));
    endResetModel();
}

void CandidateTableModel::setVariants(int row, std::vector<PrecisionVariant> variants)
{
    auto& children = m_variants[static_cast<size_t>(row)];
    const QModelIndex parent = index(row, 0);
    if (!children.empty()) {
        beginRemoveRows(parent, 0, static_cast<int>(children.size()) - 1);
        children.clear();
        endRemoveRows();
    }
    if (!variants.empty()) {
        beginInsertRows(parent, 0, static_cast<int>(variants.size()) - 1);
        children = std::move(variants);
        endInsertRows();
    }
}

int CandidateTableModel::rowOf(std::int64_t id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace tern::ui
