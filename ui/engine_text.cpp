#include "ui/engine_text.h"

#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"

#include <QCoreApplication>

namespace tern::ui {

QString engineText(const Message& message)
{
    const auto translate = [](const std::string& pattern) {
        return QCoreApplication::translate("EngineText", pattern.c_str()).toStdString();
    };
    // The engine's codes in the words every page uses for them.
    const auto nameTerm = [](const std::string& kind, const std::string& code) {
        if (kind == "family")
            return familyLabel(code).toStdString();
        if (kind == "metric")
            return metricLabel(code).toStdString();
        return code;
    };
    return QString::fromStdString(message.text(translate, nameTerm));
}

} // namespace tern::ui
