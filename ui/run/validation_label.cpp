#include "ui/run/validation_label.h"

#include <QCoreApplication>

namespace tern::ui {

QString validationLabel(const QString& timeColumn)
{
    if (timeColumn.isEmpty())
        return QCoreApplication::translate("ValidationLabel", "Random folds");
    return QCoreApplication::translate("ValidationLabel", "Forward in time by %1").arg(timeColumn);
}

QString validationLabel(const nlohmann::json& spec)
{
    const std::string column = spec.is_object() ? spec.value("time_column", std::string{}) : std::string{};
    return validationLabel(QString::fromStdString(column));
}

} // namespace tern::ui
