#include "ui/models/run_list_model.h"

#include "engine/store/store.h"
#include "ui/models/display_units.h"
#include "ui/models/status_labels.h"
#include "ui/run/validation_label.h"
#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QGuiApplication>

namespace tern::ui {

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto& run = m_runs[static_cast<size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Status && run.status != "finished")
        return QBrush(run.status == "failed" ? errorColour(QGuiApplication::palette())
                                             : warningColour(QGuiApplication::palette()));
    if (role == Qt::ToolTipRole && index.column() == Status && !run.error.empty())
        return QString::fromStdString(run.error);
    if (role == Qt::ToolTipRole && index.column() == Started)
        return QString::fromStdString(run.started_at);
    if (role == Qt::ToolTipRole && index.column() == Dataset)
        return QString::fromStdString(run.dataset_path);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started: return localTimeText(run.started_at);
    case Dataset: return QFileInfo(QString::fromStdString(run.dataset_path)).fileName();
    case Target: return QString::fromStdString(run.target);
    case Metric: return QString::fromStdString(run.metric_expr.empty() ? run.metric : run.metric_expr);
    case Validation: return validationLabel(run.spec);
    case Status: return runStatusLabel(run.status);
    case BestScore: {
        const QVariant& best = m_best[static_cast<size_t>(index.row())];
        return best.isValid() ? QString::number(best.toDouble(), 'f', 4) : QString();
    }
    case Candidates: return QVariant::fromValue<qlonglong>(run.candidate_count);
    default: return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started: return tr("Started");
    case Dataset: return tr("Dataset");
    case Target: return tr("Target");
    case Metric: return tr("Metric");
    case Validation: return tr("Validation");
    case Status: return tr("Status");
    case BestScore: return tr("Best score");
    case Candidates: return tr("Candidates");
    default: return {};
    }
}

QString RunListModel::reload(const QString& databasePath)
{
    beginResetModel();
    m_runs.clear();
    m_best.clear();
    QString error;
    try {
        if (QFileInfo::exists(databasePath)) {
            const auto store = store::Store::open(databasePath.toStdString(), store::OpenMode::read_only);
            m_runs = store.list_runs();
            for (const auto& run : m_runs) {
                QVariant best;
                if (run.best_candidate)
                    for (const auto& c : store.load_candidates(run.id))
                        if (c.ordinal == *run.best_candidate && c.score)
                            best = *c.score;
                m_best.push_back(best);
            }
        }
    } catch (const std::exception& e) {
        m_runs.clear();
        m_best.clear();
        error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
    }
    endResetModel();
    return error;
}

} // namespace tern::ui
