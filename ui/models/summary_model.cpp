#include "ui/models/summary_model.h"

#include "engine/data/calendar.h"
#include "ui/models/column_labels.h"
#include "ui/models/display_units.h"
#include "ui/models/status_labels.h"
#include "ui/theme.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace tern::ui {
namespace {

// A cell's value (min, max) exactly, as the preview shows it; a statistic (mean, std) to five significant digits,
// or whole when large.
QString value(const std::optional<double>& v)
{
    return v ? formatCellNumber(*v) : QString();
}

QString statistic(const std::optional<double>& v)
{
    if (!v)
        return {};
    if (data::shown_whole(*v))
        return ungroupedLocale().toString(*v, 'f', 0);
    // Five significant digits, but never in exponent form where the min and max beside it are plain: the mean of
    // order numbers 100000 to 100399 read "1.002e+05".
    if (const double a = std::abs(*v); a >= 1e4 && a < 1e15)
        return ungroupedLocale().toString(*v, 'f', a >= 1e5 ? 0 : 1);
    return ungroupedLocale().toString(*v, 'g', 5);
}

} // namespace

SummaryModel::SummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void SummaryModel::setSummaries(std::vector<data::ColumnSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    endResetModel();
}

void SummaryModel::setRole(int row, data::ColumnRole role)
{
    if (row < 0 || row >= rowCount())
        return;
    m_summaries[std::size_t(row)].role = role;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int SummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SummaryModel::setSetAside(std::map<std::string, std::string> reasons)
{
    m_setAside = std::move(reasons);
    if (!m_summaries.empty())
        emit dataChanged(index(0, Role), index(rowCount() - 1, Role));
}

const std::string* SummaryModel::setAsideReason(const data::ColumnSummary& s) const
{
    if (s.role != data::ColumnRole::feature)
        return nullptr;
    const auto it = m_setAside.find(s.name);
    return it == m_setAside.end() ? nullptr : &it->second;
}

QVariant SummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::ColumnSummary& s = m_summaries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column());
    case Qt::ToolTipRole: // the most frequent levels are often wider than their column
        if (index.column() == Role)
            if (const std::string* reason = setAsideReason(s))
                return tr("A run sets this column aside: %1").arg(setAsideLabel(*reason));
        if (index.column() == Type && s.decimal_commas)
            return tr("Read with decimal commas, as quoted in the file (\"1,234\" is 1.234)");
        if ((index.column() == Missing || index.column() == MissingPercent) && s.not_numbers.count > 0)
            return tr("%n of these cell(s) held words among the numbers, read as missing; the first, data row %1: "
                      "'%2'",
                      nullptr, static_cast<int>(s.not_numbers.count))
                .arg(s.not_numbers.first_row + 1)
                .arg(QString::fromStdString(s.not_numbers.first_text));
        return index.column() == TopLevels ? display(s, index.column()) : QVariant();
    case SortRole: return sortValue(s, index.column());
    case Qt::ForegroundRole: // words read as missing: worth a look before a run
        if ((index.column() == Missing || index.column() == MissingPercent) && s.not_numbers.count > 0)
            return QBrush(warningColour(QGuiApplication::palette()));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Missing && index.column() <= Std ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (s.role != data::ColumnRole::target)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default: return {};
    }
}

QVariant SummaryModel::display(const data::ColumnSummary& s, int column) const
{
    switch (column) {
    case Name: return QString::fromStdString(s.name);
    case Type:
        if (!s.date)
            return columnTypeLabel(s.type);
        // Dates other than ISO's say how they are written, so that a misread 03/04 shows before a run.
        return s.date_format == data::DateFormat{}
                   ? tr("date")
                   : tr("date (%1)").arg(QString::fromLatin1(data::date_pattern(s.date_format)));
    case Role: return setAsideReason(s) ? tr("set aside") : columnRoleLabel(s.role);
    case Missing: return QLocale().toString(qulonglong(s.missing));
    case MissingPercent: return QLocale().toString(s.missing_pct, 'f', 1);
    case Unique: return QLocale().toString(qulonglong(s.unique));
    case Min: return s.date && s.min ? QString::fromStdString(data::format_date(*s.min)) : value(s.min);
    case Max: return s.date && s.max ? QString::fromStdString(data::format_date(*s.max)) : value(s.max);
    case Mean: return s.date && s.mean ? QString::fromStdString(data::format_date(*s.mean)) : statistic(s.mean);
    case Std: return s.date && s.std ? tr("%1 days").arg(statistic(s.std)) : statistic(s.std);
    case TopLevels: {
        QStringList parts;
        for (const auto& level : s.top_levels)
            parts << tr("%1 (%2)").arg(cellText(level.level, 100)).arg(level.count);
        return parts.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant SummaryModel::sortValue(const data::ColumnSummary& s, int column) const
{
    switch (column) {
    case Missing: return qulonglong(s.missing);
    case MissingPercent: return s.missing_pct;
    case Unique: return qulonglong(s.unique);
    case Min: return s.min ? QVariant(*s.min) : QVariant();
    case Max: return s.max ? QVariant(*s.max) : QVariant();
    case Mean: return s.mean ? QVariant(*s.mean) : QVariant();
    case Std: return s.std ? QVariant(*s.std) : QVariant();
    default: return display(s, column);
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Column");
    case Type: return tr("Type");
    case Role: return tr("Role");
    case Missing: return tr("Missing");
    case MissingPercent: return tr("Missing %");
    case Unique: return tr("Unique");
    case Min: return tr("Min");
    case Max: return tr("Max");
    case Mean: return tr("Mean");
    case Std: return tr("Std. dev.");
    case TopLevels: return tr("Most frequent");
    default: return {};
    }
}

} // namespace tern::ui
