#include "ui/models/class_counts_model.h"

#include "engine/data/summary.h"

#include <QLocale>

namespace tern::ui {

ClassCountsModel::ClassCountsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClassCountsModel::setSummary(const data::ImageFolderSummary* summary)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (summary) {
        for (const auto& [name, count] : summary->classes)
            m_rows.push_back({QString::fromStdString(name), int(count)});
        m_total = int(summary->images);
    }
    endResetModel();
}

int ClassCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ClassCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Class ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Class)
        return row.name; // the whole name of an elided one
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Class: return row.name;
    case Images: return row.count;
    case Share: return m_total ? QLocale().toString(100.0 * row.count / m_total, 'f', 1) : QString();
    default: return {};
    }
}

QVariant ClassCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Class: return tr("Class");
    case Images: return tr("Images");
    case Share: return tr("Share %");
    default: return {};
    }
}

} // namespace tern::ui
