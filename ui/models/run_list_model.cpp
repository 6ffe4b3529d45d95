#include "ui/models/run_list_model.h"

#include "engine/core/message_json.h"
#include "engine/store/store.h"
#include "ui/engine_text.h"
#include "ui/models/display_units.h"
#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"
#include "ui/models/status_labels.h"
#include "ui/run/validation_label.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <limits>

namespace tern::ui {

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& run = m_runs[static_cast<size_t>(index.row())];
    if (role == SortRole)
        return sortValue(index.row(), index.column());
    if (role == Qt::ForegroundRole && index.column() == Status && run.status != "finished")
        return QBrush(run.status == "failed" ? errorColour(QGuiApplication::palette())
                                             : warningColour(QGuiApplication::palette()));
    if (role == Qt::TextAlignmentRole && (index.column() == Run || index.column() == BestScore ||
                                          index.column() == Candidates || index.column() == Elapsed))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Status && !run.error.empty()) {
        const auto words = run.report.is_object() ? run.report.find("error_message") : run.report.end();
        return engineText(words != run.report.end() ? message_from_json(*words) : Message::verbatim(run.error));
    }
    if (role == Qt::ToolTipRole && index.column() == Started)
        return QString::fromStdString(run.started_at);
    if (role == Qt::ToolTipRole && (index.column() == BestScore || index.column() == BestModel))
        return tr("The model the run chose (its best within the latency budget) and its cross-validated score");
    if (role == Qt::ToolTipRole && index.column() == Elapsed && run.budget_s > 0)
        return tr("Budget %1").arg(formatDuration(run.budget_s));
    if (role == Qt::ToolTipRole && index.column() == Dataset)
        return QString::fromStdString(run.dataset_path);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Run: return QVariant::fromValue<qlonglong>(run.id);
    case Started: return localTimeText(run.started_at);
    case Dataset: return QFileInfo(QString::fromStdString(run.dataset_path)).fileName();
    case Target: return QString::fromStdString(run.target);
    case Metric: return run.metric_expr.empty() ? metricLabel(run.metric) : QString::fromStdString(run.metric_expr);
    case Validation: return validationLabel(run.spec);
    case Status: return runStatusLabel(run.status);
    case BestScore:
        return run.best_score ? QLocale().toString(*run.best_score, 'f', metricDecimals(*run.best_score)) : QString();
    case BestModel:
        return run.best_candidate && !run.best_family.empty()
                   ? QStringLiteral("#%1 %2").arg(*run.best_candidate).arg(familyLabel(run.best_family))
                   : QString();
    case Candidates: return QVariant::fromValue<qlonglong>(run.candidate_count);
    case Elapsed: return run.status == "running" ? QString() : formatDuration(run.elapsed_s); // not known yet
    default: return {};
    }
}

QVariant RunListModel::sortValue(int row, int column) const
{
    const auto& run = m_runs[static_cast<size_t>(row)];
    switch (column) {
    case Run: return QVariant::fromValue<qlonglong>(run.id);
    case Started: return QString::fromStdString(run.started_at); // ISO 8601 UTC sorts as text
    case BestScore: return run.best_score.value_or(-std::numeric_limits<double>::infinity());
    case Candidates: return QVariant::fromValue<qlonglong>(run.candidate_count);
    case Elapsed: return run.elapsed_s;
    default: return data(index(row, column), Qt::DisplayRole);
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Run: return tr("Run");
    case Started: return tr("Started");
    case Dataset: return tr("Dataset");
    case Target: return tr("Target");
    case Metric: return tr("Metric");
    case Validation: return tr("Validation");
    case Status: return tr("Status");
    case BestScore: return tr("Score");
    case BestModel: return tr("Chosen model");
    case Candidates: return tr("Candidates");
    case Elapsed: return tr("Time");
    default: return {};
    }
}

QString RunListModel::reload(const QString& databasePath)
{
    beginResetModel();
    m_runs.clear();
    QString error;
    try {
        if (QFileInfo::exists(databasePath)) {
            const auto store = store::Store::open(databasePath.toStdString(), store::OpenMode::read_only);
            m_runs = store.list_runs();
        }
    } catch (const std::exception& e) {
        m_runs.clear();
        error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
    }
    endResetModel();
    return error;
}

} // namespace tern::ui
