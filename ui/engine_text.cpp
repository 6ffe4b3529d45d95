#include "ui/engine_text.h"

#include <QCoreApplication>

namespace tern::ui {

QString engineText(const Message& message)
{
    return QString::fromStdString(message.text([](const std::string& pattern) {
        return QCoreApplication::translate("EngineText", pattern.c_str()).toStdString();
    }));
}

} // namespace tern::ui
