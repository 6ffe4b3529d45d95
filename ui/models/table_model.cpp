#include "ui/models/table_model.h"

#include "engine/data/table.h"
#include "ui/models/column_labels.h"
#include "ui/models/display_units.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <limits>

namespace tern::ui {

TableModel::TableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TableModel::setTable(std::shared_ptr<const data::Table> table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void TableModel::refreshHeaders()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    // Qt views address rows with int; larger tables are shown up to that limit.
    return int(std::min<std::size_t>(m_table->rows(), std::numeric_limits<int>::max()));
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->cols());
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::Column& column = m_table->column(std::size_t(index.column()));
    const auto row = std::size_t(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (column.is_missing(row))
            return {};
        if (column.type() == data::ColumnType::numeric && !column.is_date())
            return formatCellNumber(column.numbers()[row]);
        return cellText(column.display(row));
    case Qt::ToolTipRole: return column.is_missing(row) ? tr("Missing value") : QVariant();
    case Qt::TextAlignmentRole:
        return column.type() == data::ColumnType::numeric ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // Missing cells get a faint tint so the holes the imputer will fill are visible at a glance.
        return column.is_missing(row) ? QVariant(QBrush(QColor(255, 196, 0, 40))) : QVariant();
    default: return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < rowCount())
            return section + 1;
        return {};
    }
    if (section >= columnCount())
        return {};
    const data::Column& column = m_table->column(std::size_t(section));
    const bool target = column.role() == data::ColumnRole::target;
    switch (role) {
    case Qt::DisplayRole:
        return target ? tr("%1 (target)").arg(QString::fromStdString(column.name()))
                      : QString::fromStdString(column.name());
    case Qt::ToolTipRole:
        return tr("%1: %2 column")
            .arg(QString::fromStdString(column.name()), column.is_date() ? tr("date") : columnTypeLabel(column.type()));
    case Qt::FontRole: {
        if (!target)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default: return {};
    }
}

} // namespace tern::ui
