#include "ui/models/column_labels.h"

#include <QCoreApplication>

namespace tern::ui {

QString columnTypeLabel(data::ColumnType type)
{
    switch (type) {
    case data::ColumnType::numeric: return QCoreApplication::translate("ColumnLabels", "numeric");
    case data::ColumnType::categorical: return QCoreApplication::translate("ColumnLabels", "categorical");
    case data::ColumnType::text: return QCoreApplication::translate("ColumnLabels", "text");
    }
    return {};
}

QString columnRoleLabel(data::ColumnRole role)
{
    switch (role) {
    case data::ColumnRole::feature: return QCoreApplication::translate("ColumnLabels", "feature");
    case data::ColumnRole::target: return QCoreApplication::translate("ColumnLabels", "target");
    case data::ColumnRole::ignored: return QCoreApplication::translate("ColumnLabels", "ignored");
    }
    return {};
}

} // namespace tern::ui
